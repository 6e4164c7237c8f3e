/**
 * Line layout the way Black 23 leaves it, for the few expression shapes the
 * target emits. A line that fits in 88 columns stays whole. A longer one is
 * split at its last bracket: a call's arguments go one per line with a
 * trailing comma, which Black's "magic trailing comma" then keeps exploded.
 */
export const LINE_LENGTH = 88;

/**
 * `callee(args)`, or a tuple when the callee is ''. The callee is itself a
 * call when a converter is applied curried: `list_of(Leaf.from_dict)(data["leaves"])`.
 */
export interface Bracketed {
  readonly callee: Expr;
  readonly args: readonly Expr[];
  /** A list display `[a, b]` rather than a call or tuple. */
  readonly square?: boolean;
}

export type Expr = string | Bracketed;

export function call(callee: Expr, ...args: Expr[]): Bracketed {
  return { callee, args };
}

/** A tuple literal of two or more items (a one-item tuple would need its own trailing comma). */
export function tuple(...items: Expr[]): Bracketed {
  return { callee: '', args: items };
}

/** A list display; unlike a one-item tuple, a one-item list needs no comma of its own. */
export function list(...items: Expr[]): Bracketed {
  return { callee: '', args: items, square: true };
}

const brackets = (expr: Bracketed) => (expr.square ? ['[', ']'] : ['(', ')']);

export function exprText(expr: Expr): string {
  if (typeof expr === 'string') return expr;
  const [open, close] = brackets(expr);
  return `${exprText(expr.callee)}${open}${expr.args.map(exprText).join(', ')}${close}`;
}

const fits = (indent: number, line: string) => indent + line.length <= LINE_LENGTH;

/**
 * `prefix + expr + suffix` at `indent` columns: one line when it fits, else
 * exploded at the expression's own brackets, recursively. Lines come without
 * the base indentation (the template writes it); nested lines carry theirs.
 */
export function fitLines(indent: number, prefix: string, expr: Expr, suffix: string): string[] {
  const line = `${prefix}${exprText(expr)}${suffix}`;
  if (fits(indent, line) || typeof expr === 'string') return [line];
  const body = bodyLines(indent, expr);
  const callee = exprText(expr.callee);
  const [open, close] = brackets(expr);
  if (fits(indent, `${prefix}${callee}${open}`) || typeof expr.callee === 'string') return [`${prefix}${callee}${open}`, ...body, `${close}${suffix}`];
  // The head is too long: Black splits the curried converter's own bracket first, its one argument kept whole when it fits.
  const inner = expr.callee;
  const innerBody = inner.args.length === 1 ? fitLines(indent + 4, '', inner.args[0], '').map((l) => `    ${l}`) : bodyLines(indent, inner);
  return [`${prefix}${exprText(inner.callee)}(`, ...innerBody, `)${open}`, ...body, `${close}${suffix}`];
}

/**
 * The lines between a split bracket's ends: one per item with a trailing
 * comma, which Black then keeps exploded; but a subscript of one item, whose
 * trailing comma Black does not count as magic, keeps that item alone.
 */
function bodyLines(indent: number, expr: Bracketed): string[] {
  const single = expr.square === true && expr.args.length === 1;
  return expr.args.flatMap((arg) => fitLines(indent + 4, '', arg, single ? '' : ',').map((l) => `    ${l}`));
}

/** `from module import a, b`; exploded one name per line when too long, as Black does for imports. */
export function importLines(module: string, names: readonly string[], indent = 0): string[] {
  const line = `from ${module} import ${names.join(', ')}`;
  if (fits(indent, line)) return [line];
  return [`from ${module} import (`, ...names.map((name) => `    ${name},`), ')'];
}

/**
 * `def name(params) -> returns:` at `indent`, as Black 23 lays it out: one
 * line when it fits; else the parameters on one line of their own, where
 * Black adds a trailing comma when there is only one; else one per line.
 */
export function defLines(indent: number, name: string, params: readonly string[], returns: string): string[] {
  const line = `def ${name}(${params.join(', ')}) -> ${returns}:`;
  if (fits(indent, line)) return [line];
  const hugged = `    ${params.join(', ')}${params.length === 1 ? ',' : ''}`;
  const body = fits(indent, hugged) ? [hugged] : params.map((p) => `    ${p},`);
  return [`def ${name}(`, ...body, `) -> ${returns}:`];
}

/**
 * Reads the expressions the target writes as text (type hints such as
 * `Union[List[X], None]`, converters such as `list_of(read_model(X.from_dict))`)
 * into an Expr, so `fitLines` can split them at their brackets as Black does.
 * String literals are kept whole; nothing else the target emits has brackets.
 */
export function parseExpr(text: string): Expr {
  let expr: Expr = '';
  let i = 0;
  while (i < text.length && !'([,'.includes(text[i])) i = skipAtom(text, i);
  expr = text.slice(0, i);
  while (i < text.length && (text[i] === '(' || text[i] === '[')) {
    const close = matching(text, i);
    const square = text[i] === '[';
    const args = splitTopLevel(text.slice(i + 1, close)).map(parseExpr);
    expr = { callee: expr, args, ...(square ? { square } : {}) };
    i = close + 1;
  }
  if (i !== text.length) throw new Error(`internal error: the python target cannot lay out \`${text}\``);
  return expr;
}

function skipAtom(text: string, i: number): number {
  if (text[i] !== '"' && text[i] !== "'") return i + 1;
  const quote = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== quote) j += text[j] === '\\' ? 2 : 1;
  return j + 1;
}

function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i = skipAtom(text, i)) {
    if ('(['.includes(text[i])) depth++;
    if (')]'.includes(text[i]) && --depth === 0) return i;
  }
  throw new Error(`internal error: unbalanced \`${text}\``);
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i = skipAtom(text, i)) {
    if ('(['.includes(text[i])) depth++;
    if (')]'.includes(text[i])) depth--;
    if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  return last === '' && parts.length === 0 ? [] : [...parts, last];
}
