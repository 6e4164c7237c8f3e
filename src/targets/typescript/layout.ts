/**
 * Prettier's layout (default options: 80 columns, 2-space indent, trailing
 * commas) of what the TypeScript target writes, decided while rendering, so
 * a run need not load Prettier. Each rule is Prettier's own for that
 * construct. A line left over 80 columns is one of two kinds: one Prettier
 * cannot break either, which the module's `Layout` vouches for, or one no
 * rule here breaks, which sends the file to Prettier (`needsFormatter`).
 * test/targets/typescript-layout.test.ts holds the rules to Prettier.
 */
import { Expression, parseExpression, Property } from './expression';

export const PRINT_WIDTH = 80;

const pad = (indent: number) => ' '.repeat(indent);
const fits = (column: number, text: string) => column + text.length <= PRINT_WIDTH;
/** Prettier breaks after a key, when the line is too long, only if the key is at least tabWidth + 3 wide. */
const isShortKey = (key: string) => key.length < 5;
/** A type Prettier has no place to break: names, `.`, `[]`, `readonly`. */
const isPlainType = (type: string) => /^[\w$.[\] ]+$/.test(type);

type Ternary = Extract<Expression, { kind: 'ternary' }>;
type Call = Extract<Expression, { kind: 'call' }>;
type Arrow = Extract<Expression, { kind: 'arrow' }>;

/** The layout of one module: what it printed, and the over-long lines it vouches Prettier keeps as they are. */
export class Layout {
  /** `column|text`: text that ends a line at that column. */
  private readonly vouched = new Set<string>();
  private readonly columns = new Set<number>();

  /** `import { a, b } from "m";`, or one name a line; Prettier never breaks a single name. */
  importDeclaration(names: readonly string[], from: string): string {
    return this.moduleDeclaration('import', names, from);
  }

  /** `export { a, b } from "m";`, laid out as an import. */
  exportDeclaration(names: readonly string[], from: string): string {
    return this.moduleDeclaration('export', names, from);
  }

  /** `export type N = A | B;`: on one line, else on the next, else one member a line. */
  typeAlias(head: string, members: readonly string[]): string {
    const union = members.join(' | ');
    if (fits(0, `${head} = ${union};`)) return `${head} = ${union};`;
    if (members.length < 2) return isPlainMember(union) ? `${this.keep(`${head} =`, true)}\n${this.keep(`  ${union};`, true)}` : `${head} = ${union};`;
    if (fits(2, `${union};`)) return `${this.keep(`${head} =`, true)}\n  ${union};`;
    return `${this.keep(`${head} =`, true)}\n${members.map((m, i) => this.keep(`  | ${m}${i === members.length - 1 ? ';' : ''}`, isPlainMember(m))).join('\n')}`;
  }

  /** `export function f(p: T): R {`, the parameters one a line when it is too long. */
  functionHead(head: string, params: readonly string[], returnType: string): string {
    const flat = `${head}(${params.join(', ')}): ${returnType} {`;
    if (params.length === 0) return this.keep(flat, isPlainType(returnType));
    if (fits(0, flat)) return flat;
    const lines = params.map((p) => this.keep(`  ${p},`, isPlainType(p.slice(p.indexOf(': ') + 2))));
    return `${this.keep(`${head}(`, true)}\n${lines.join('\n')}\n${this.keep(`): ${returnType} {`, isPlainType(returnType))}`;
  }

  /** An interface or object type member, `key?: type;`: Prettier breaks only a type with places to break, which is left to it. */
  member(key: string, type: string, indent: number): string {
    return this.keepText(`${key}: ${type}`, ';', indent, isPlainType(type));
  }

  /** `export type N = { key: type; ... };`, the object on the lines after `=`, two further in, when its first line is too long. */
  objectType(head: string, members: readonly (readonly [string, string])[]): string {
    const open = fits(0, `${head} = {`);
    const indent = open ? 0 : 2;
    const lines = members.map(([key, type]) => `${pad(indent + 2)}${this.member(key, type, indent + 2)};`);
    const first = open ? `${head} = {` : `${this.keep(`${head} =`, true)}\n  {`;
    return `${first}\n${lines.join('\n')}\n${pad(indent)}};`;
  }

  /** `export interface N extends B {`, the `extends` on the next line when that is too long. */
  interfaceHead(head: string, base: string): string {
    const flat = `${head} extends ${base} {`;
    return fits(0, flat) ? flat : `${this.keep(head, true)}\n${this.keep(`  extends ${base} {`, isPlainType(base))}`;
  }

  /** `switch (value) {`, the value on lines of its own when that is too long. */
  switchHead(value: string, indent: number): string {
    if (fits(indent, `switch (${value}) {`)) return `switch (${value}) {`;
    return `switch (\n${pad(indent + 2)}${this.line('', value, indent + 2, '')}\n${pad(indent)}) {`;
  }

  /** `if (test) return value`, the `return` on a line of its own when that is too long; without the `;`. */
  ifReturn(test: string, value: string, indent: number): string {
    const flat = `if (${test}) return ${value}`;
    if (fits(indent, `${flat};`) || !fits(indent, `if (${test})`)) return flat;
    return `if (${test})\n${pad(indent + 2)}${this.line('return ', value, indent + 2, ';')}`;
  }

  /**
   * A statement or entry that begins an `indent`-indented line (`return x`,
   * `key: value`, `...(a ? b : c)`), laid out without that indentation on its
   * first line, and without `trail` (`;`, `,`), which follows it; later lines
   * carry their own indentation.
   */
  line(prefix: string, text: string, indent: number, trail: string): string {
    if (fits(indent, `${prefix}${text}${trail}`) && !mustBreak(text)) return `${prefix}${text}`;
    const property = prefix === '' ? parseProperty(text) : undefined;
    if (property) return this.property(property, indent, trail);
    const expression = parseExpression(text);
    return expression ? `${prefix}${this.print(expression, indent + prefix.length, indent, trail)}` : `${prefix}${text}`;
  }

  /**
   * Whether the module still needs Prettier: a line of code over 80
   * columns this layout does not vouch for, or code that is not ASCII,
   * whose width this layout does not measure. Prettier leaves comments as
   * they are.
   */
  needsFormatter(contents: string): boolean {
    for (const line of contents.split('\n')) {
      const code = line.trimStart();
      if (code.startsWith('*') || code.startsWith('/*') || code.startsWith('//')) continue;
      if (/[^\x00-\x7f]/.test(line)) return true;
      if (line.length > PRINT_WIDTH && !this.isVouched(line) && !UNBREAKABLE.test(code)) return true;
    }
    return false;
  }

  private isVouched(line: string): boolean {
    for (const column of this.columns) if (this.vouched.has(`${column}|${line.slice(column)}`)) return true;
    return false;
  }

  private vouch(column: number, text: string): void {
    this.columns.add(column);
    this.vouched.add(`${column}|${text}`);
  }

  private moduleDeclaration(keyword: string, names: readonly string[], from: string): string {
    const flat = `${keyword} { ${names.join(', ')} } from "${from}";`;
    if (names.length < 2) return this.keep(flat, true);
    if (fits(0, flat)) return flat;
    return `${keyword} {\n${names.map((n) => this.keep(`  ${n},`, true)).join('\n')}\n${this.keep(`} from "${from}";`, true)}`;
  }

  /** `e` at `column` of a line indented `indent`, followed by `trail`. */
  private print(e: Expression, column: number, indent: number, trail: string): string {
    if (fits(column, `${e.text}${trail}`) && !forcesBreak(e)) return e.text;
    switch (e.kind) {
      case 'call':
        return this.call(e, column, indent, trail);
      case 'object':
        return e.properties.length === 0 ? e.text : `{${this.broken(e.properties, indent, (p, at) => this.property(p, at, ','))}}`;
      case 'array':
        return e.elements.length === 0 ? e.text : `[${this.broken(e.elements, indent, (a, at) => this.print(a, at, at, ','))}]`;
      case 'arrow':
        return this.arrow(e, indent, trail);
      case 'spread':
        return e.inner.kind === 'ternary' ? this.spreadTernary(e.inner, indent, trail) : e.text;
      default:
        return this.keepText(e.text, trail, column, isUnbreakable(e));
    }
  }

  /**
   * A call too long for its line. A last argument that is an arrow hugs the
   * call (`f(a, (x) =>` with the body on the next line) when that first line
   * fits; otherwise every argument goes on a line of its own.
   */
  private call(e: Call, column: number, indent: number, trail: string): string {
    if (e.args.length === 0) return this.keepText(e.text, trail, column, true);
    const last = e.args[e.args.length - 1];
    if (isHuggable(last)) return e.text;
    const before = e.args.slice(0, -1);
    if (last.kind === 'arrow' && !before.some((a) => a.kind === 'arrow')) {
      const opening = `${e.callee}(${[...before.map((a) => a.text), `(${last.param}) =>`].join(', ')}`;
      if (fits(column, opening) && !before.some(forcesBreak)) return `${opening}\n${pad(indent + 2)}${this.print(ownLine(last.body), indent + 2, indent + 2, ',')},\n${pad(indent)})`;
    }
    return `${e.callee}(${this.broken(e.args, indent, (a, at) => this.print(a, at, at, ','))})`;
  }

  /** `(x) => body` on a line of its own: the body after the arrow, or on the next line two further in. */
  private arrow(e: Arrow, indent: number, trail: string): string {
    if (fits(indent, `${e.text}${trail}`)) return e.text;
    return `(${e.param}) =>\n${pad(indent + 2)}${this.print(ownLine(e.body), indent + 2, indent + 2, trail)}`;
  }

  private broken<T>(items: readonly T[], indent: number, printItem: (item: T, indent: number) => string): string {
    return `${items.map((item) => `\n${pad(indent + 2)}${printItem(item, indent + 2)},`).join('')}\n${pad(indent)}`;
  }

  /**
   * `...(test ? a : b)` broken: the branches on lines of their own; a test
   * too long for the first line breaks after its `===`, the right side
   * level with the spread.
   */
  private spreadTernary(e: Ternary, indent: number, trail: string): string {
    if (fits(indent, `...(${e.test.text}`)) return `...(${this.ternary(e, indent, `)${trail}`)})`;
    const test = e.test;
    if (test.kind !== 'binary' || !isUnbreakable(test.left) || !isUnbreakable(test.right)) return `...(${e.text})`;
    const first = this.keepText(`...(${test.left.text} ===`, '', indent, true);
    const right = this.keepText(test.right.text, '', indent, true);
    return `${first}\n${pad(indent)}${right}${this.branches(e, indent, `)${trail}`)})`;
  }

  /** `test ? a : b` broken after a test that fits: each branch on its own line, two further in than `indent`. */
  private ternary(e: Ternary, indent: number, trail: string): string {
    return `${e.test.text}${this.branches(e, indent, trail)}`;
  }

  private branches(e: Ternary, indent: number, trail: string): string {
    const branch = indent + 2;
    return `\n${pad(branch)}? ${this.print(e.consequent, branch + 2, branch + 2, '')}\n${pad(branch)}: ${this.print(e.alternate, branch + 2, branch + 2, trail)}`;
  }

  /**
   * `key: value`. A call, object or array stays after the key and breaks
   * inside. Other values move to the next line unless the key is short; a
   * `?:` there breaks in turn when it does not fit.
   */
  private property(p: Property, indent: number, trail: string): string {
    const head = `${p.key}: `;
    if (fits(indent, `${p.text}${trail}`) && !forcesBreak(p.value)) return p.text;
    const value = p.value;
    if (value.kind === 'call' || value.kind === 'object' || value.kind === 'array') return `${head}${this.print(value, indent + head.length, indent, trail)}`;
    if (isShortKey(p.key)) return this.keepText(p.text, trail, indent, isUnbreakable(value));
    const next = indent + 2;
    if (value.kind === 'ternary') {
      if (value.test.kind !== 'binary') return p.text;
      const flat = fits(next, `${value.text}${trail}`);
      return `${p.key}:\n${pad(next)}${flat ? value.text : this.ternary(value, next, trail)}`;
    }
    return `${p.key}:\n${pad(next)}${this.keepText(value.text, trail, next, isUnbreakable(value))}`;
  }

  /** `text` at `column`, vouched for when it is too long but `unbreakable`. */
  private keepText(text: string, trail: string, column: number, unbreakable: boolean): string {
    if (unbreakable && !fits(column, `${text}${trail}`)) this.vouch(column, `${text}${trail}`);
    return text;
  }

  /** A whole line, vouched for when it is too long but `unbreakable`. */
  private keep(line: string, unbreakable: boolean): string {
    return this.keepText(line, '', 0, unbreakable);
  }
}

/** Lines the templates write that Prettier never breaks, however long. */
const UNBREAKABLE = /^(?:export \* from "[^"]*";|import \* as [\w$]+ from "[^"]*";|export interface [\w$]+ \{)$/;

const isPlainMember = (member: string) => /^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[\w$.]+|\(string & \{\}\))$/.test(member);

/** Names, member accesses, literals, and casts to a plain type: nothing Prettier could break. */
function isUnbreakable(e: Expression): boolean {
  if (e.kind === 'atom' || e.kind === 'member') return true;
  return e.kind === 'cast' && e.text.split(' as ').slice(1).every(isPlainType);
}

function mustBreak(text: string): boolean {
  // Only an array can force a break: most lines need no parse.
  if (!text.includes('[')) return false;
  const parsed = parseProperty(text)?.value ?? parseExpression(text);
  return parsed !== undefined && forcesBreak(parsed);
}

function parseProperty(text: string): Property | undefined {
  if (text.startsWith('...')) return undefined;
  const parsed = parseExpression(`{ ${text} }`);
  return parsed?.kind === 'object' && parsed.properties.length === 1 ? parsed.properties[0] : undefined;
}

/**
 * Prettier always breaks an array of two or more objects (or arrays) that
 * each hold more than one entry, and with it every group around it.
 */
function forcesBreak(e: Expression): boolean {
  switch (e.kind) {
    case 'array':
      return isMatrix(e.elements) || e.elements.some(forcesBreak);
    case 'object':
      return e.properties.some((p) => forcesBreak(p.value));
    case 'call':
      return e.args.some(forcesBreak);
    case 'ternary':
      return forcesBreak(e.test) || forcesBreak(e.consequent) || forcesBreak(e.alternate);
    case 'spread':
      return forcesBreak(e.inner);
    case 'arrow':
      return forcesBreak(e.body);
    default:
      return false;
  }
}

function isMatrix(elements: readonly Expression[]): boolean {
  const size = (e: Expression) => (e.kind === 'object' ? e.properties.length : e.kind === 'array' ? e.elements.length : 0);
  return elements.length > 1 && elements.every((e) => e.kind === elements[0].kind && size(e) > 1);
}

/** An arrow's body on a line of its own: Prettier drops the parentheses it keeps around a `?:` body on the arrow's line. */
function ownLine(body: Expression): Expression {
  return body.kind === 'ternary' && body.text.startsWith('(') ? (parseExpression(body.text.slice(1, -1)) ?? body) : body;
}

/** Prettier hugs a last argument that is an object or array; no rule here lays that out. */
const isHuggable = (e: Expression) => e.kind === 'object' || e.kind === 'array';
