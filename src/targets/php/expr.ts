/**
 * PHP expressions as small trees of calls, laid out to PSR-12: on one line
 * when that fits, else the outermost call breaks with one argument per line.
 * Readers and writers of nested types compose helper calls
 * (`self::listOf(self::listOf(self::readInt(...)))`), so calls are all the
 * shapes this needs.
 */

/** phpcs (PSR-12) warns past this many columns. */
export const MAX_LINE = 120;

/** Spaces per indentation level. */
export const INDENT = 4;

export type Expr = string | CallExpr;

export interface CallExpr {
  /** A name (`self::field`) or an expression whose value is called (`self::listEach(...)`). */
  readonly callee: Expr;
  readonly args: readonly Expr[];
}

export function call(callee: Expr, ...args: Expr[]): CallExpr {
  return { callee, args };
}

/** The expression on one line. */
export function flat(expr: Expr): string {
  if (typeof expr === 'string') return expr;
  return `${flat(expr.callee)}(${expr.args.map(flat).join(', ')})`;
}

/**
 * The lines of `lead + expr + trail` when the first line starts at column
 * `column`; later lines are indented relative to the first one.
 */
export function layout(expr: Expr, column: number, lead = '', trail = ''): string[] {
  const one = `${lead}${flat(expr)}${trail}`;
  if (typeof expr === 'string' || column + width(one) <= MAX_LINE || expr.args.length === 0) return [one];
  const pad = ' '.repeat(INDENT);
  const head = layout(expr.callee, column, lead, '(');
  const args = expr.args.flatMap((arg) => layout(arg, column + INDENT, '', ',').map((line) => pad + line));
  return [...head, ...args, `)${trail}`];
}

/** Columns as phpcs counts them: code points. */
function width(text: string): number {
  return [...text].length;
}
