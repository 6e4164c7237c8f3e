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
}

export type Expr = string | Bracketed;

export function call(callee: Expr, ...args: Expr[]): Bracketed {
  return { callee, args };
}

/** A tuple literal of two or more items (a one-item tuple would need its own trailing comma). */
export function tuple(...items: Expr[]): Bracketed {
  return { callee: '', args: items };
}

export function exprText(expr: Expr): string {
  if (typeof expr === 'string') return expr;
  return `${exprText(expr.callee)}(${expr.args.map(exprText).join(', ')})`;
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
  const body = expr.args.flatMap((arg) => fitLines(indent + 4, '', arg, ',').map((l) => `    ${l}`));
  const callee = exprText(expr.callee);
  if (fits(indent, `${prefix}${callee}(`)) return [`${prefix}${callee}(`, ...body, `)${suffix}`];
  // The head is too long: Black splits the curried converter's own bracket first, else it leaves the head as it is.
  if (typeof expr.callee !== 'string') {
    const inner = expr.callee.args.map((arg) => `    ${exprText(arg)}`);
    return [`${prefix}${exprText(expr.callee.callee)}(`, ...inner, `)(`, ...body, `)${suffix}`];
  }
  return [`${prefix}${callee}(`, ...body, `)${suffix}`];
}

/** `from module import a, b`; exploded one name per line when too long, as Black does for imports. */
export function importLines(module: string, names: readonly string[], indent = 0): string[] {
  const line = `from ${module} import ${names.join(', ')}`;
  if (fits(indent, line)) return [line];
  return [`from ${module} import (`, ...names.map((name) => `    ${name},`), ')'];
}
