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

export type Expr = string | CallExpr | ArrayExpr;

/** A list literal: `['a', 'b']`, or one item a line when it does not fit. */
export interface ArrayExpr {
  readonly items: readonly Expr[];
}

export function array(...items: Expr[]): ArrayExpr {
  return { items };
}

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
  if ('items' in expr) return `[${expr.items.map(flat).join(', ')}]`;
  return `${flat(expr.callee)}(${expr.args.map(flat).join(', ')})`;
}

/**
 * The lines of `lead + expr + trail` when the first line starts at column
 * `column`; later lines are indented relative to the first one.
 */
export function layout(expr: Expr, column: number, lead = '', trail = ''): string[] {
  const one = `${lead}${flat(expr)}${trail}`;
  if (typeof expr === 'string' || column + width(one) <= MAX_LINE) return [one];
  const pad = ' '.repeat(INDENT);
  if ('items' in expr) {
    if (expr.items.length === 0) return [one];
    return [`${lead}[`, ...expr.items.flatMap((item) => layout(item, column + INDENT, '', ',').map((line) => pad + line)), `]${trail}`];
  }
  if (expr.args.length === 0) return [one];
  const head = layout(expr.callee, column, lead, '(');
  const args = expr.args.flatMap((arg) => layout(arg, column + INDENT, '', ',').map((line) => pad + line));
  return [...head, ...args, `)${trail}`];
}

/** Columns as phpcs counts them: code points. */
function width(text: string): number {
  return [...text].length;
}

/**
 * A method's signature and opening brace at column `column`: on one line with
 * the brace below when it fits, else PSR-12's one parameter a line, the
 * return type and brace after the closing parenthesis.
 */
export function signature(head: string, parameters: readonly string[], returnType: string, column: number): string[] {
  const one = `${head}(${parameters.join(', ')}): ${returnType}`;
  if (column + width(one) <= MAX_LINE) return [one, '{'];
  return [`${head}(`, ...parameters.map((p) => `${' '.repeat(INDENT)}${p},`), `): ${returnType} {`];
}

/** `if (condition) {`, or PSR-12's form with the condition on its own lines when that passes the line limit. */
export function ifLines(condition: Expr, column: number): string[] {
  const one = `if (${flat(condition)}) {`;
  if (column + width(one) <= MAX_LINE) return [one];
  return ['if (', ...layout(condition, column + INDENT).map((line) => ' '.repeat(INDENT) + line), ') {'];
}

const LONG_LINE_MARK = ' // phpcs:ignore Generic.Files.LineLength.TooLong';

/**
 * Marks the code lines past the line limit that no layout can break: a
 * class name of 90 characters (an inline schema named from its path) in a
 * nested reader or a promoted parameter. phpcs then accepts the line as
 * deliberate; lines inside doc comments are wrapped already and left alone.
 */
export function markUnbreakableLines(text: string): string {
  let inDoc = false;
  return text
    .split('\n')
    .map((line) => {
      const trimmed = line.trimStart();
      if (trimmed.startsWith('/**')) inDoc = !trimmed.includes('*/');
      else if (inDoc) inDoc = !trimmed.includes('*/');
      else if (width(line) > MAX_LINE) return line + LONG_LINE_MARK;
      return line;
    })
    .join('\n');
}
