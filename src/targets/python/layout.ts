/**
 * Line layout the way Black 23 leaves it, for the few expression shapes the
 * target emits. A line that fits in 88 columns stays whole. A longer one is
 * split at its last bracket: a call's arguments go one per line with a
 * trailing comma, which Black's "magic trailing comma" then keeps exploded;
 * a subscript's index goes on its own line, as Black's right-hand split puts it.
 */
export const LINE_LENGTH = 88;

/**
 * `callee(args)`, or `callee[args]` for a subscript (which takes no trailing
 * comma). The callee is itself a call when a converter is applied curried:
 * `list_of(Leaf.from_dict)(data["leaves"])`.
 */
export interface Bracketed {
  readonly callee: Expr;
  readonly args: readonly Expr[];
  readonly subscript?: boolean;
}

export type Expr = string | Bracketed;

export function call(callee: Expr, ...args: Expr[]): Bracketed {
  return { callee, args };
}

export function subscript(target: string, index: string): Bracketed {
  return { callee: target, args: [index], subscript: true };
}

export function exprText(expr: Expr): string {
  if (typeof expr === 'string') return expr;
  const [open, close] = expr.subscript ? ['[', ']'] : ['(', ')'];
  return `${exprText(expr.callee)}${open}${expr.args.map(exprText).join(', ')}${close}`;
}

const fits = (indent: number, line: string) => indent + line.length <= LINE_LENGTH;

/**
 * `prefix + expr + suffix` at `indent` columns: one line when it fits, else
 * exploded at the expression's own brackets, recursively. Lines come without
 * the base indentation (the template writes it); nested lines carry theirs.
 * `splitPrefix` is how Black breaks the prefix when nothing after it can give
 * (`data[`, `"key"`, `] = `); without it the prefix stays whole.
 */
export function fitLines(indent: number, prefix: string, expr: Expr, suffix: string, splitPrefix?: readonly string[]): string[] {
  const line = `${prefix}${exprText(expr)}${suffix}`;
  if (fits(indent, line)) return [line];
  if (typeof expr === 'string') return splitPrefix ? [...splitPrefix.slice(0, -1), `${splitPrefix[splitPrefix.length - 1]}${expr}${suffix}`] : [line];
  const [open, close] = expr.subscript ? ['[', ']'] : ['(', ')'];
  const comma = expr.subscript ? '' : ',';
  const body = expr.args.flatMap((arg) => fitLines(indent + 4, '', arg, comma).map((l) => `    ${l}`));
  const callee = exprText(expr.callee);
  if (fits(indent, `${prefix}${callee}${open}`)) return [`${prefix}${callee}${open}`, ...body, `${close}${suffix}`];
  // The head is too long: Black splits the curried converter's own bracket first,
  if (typeof expr.callee !== 'string' && !expr.callee.subscript) {
    const inner = expr.callee.args.map((arg) => `    ${exprText(arg)}`);
    return [`${prefix}${exprText(expr.callee.callee)}(`, ...inner, `)${open}`, ...body, `${close}${suffix}`];
  }
  // else the prefix when it can, else it leaves the long head as it is.
  const head = splitPrefix ?? [prefix];
  return [...head.slice(0, -1), `${head[head.length - 1]}${callee}${open}`, ...body, `${close}${suffix}`];
}

/** `from module import a, b`; exploded one name per line when too long, as Black does for imports. */
export function importLines(module: string, names: readonly string[]): string[] {
  const line = `from ${module} import ${names.join(', ')}`;
  if (line.length <= LINE_LENGTH) return [line];
  return [`from ${module} import (`, ...names.map((name) => `    ${name},`), ')'];
}
