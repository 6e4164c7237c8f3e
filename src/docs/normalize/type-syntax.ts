/**
 * Parses a type as any of the eight reference languages spells it into one
 * syntax tree: generics (`List<T>`, `list[T]`, `Hash{String => T}`), array
 * forms (`T[]`, `[]T`), Go maps (`map[string]T`), pointers (`*T`), nullable
 * marks (`?T`, `T?`, `@Nullable T`), unions (`T | null`, YARD's `T, nil`), TypeScript index
 * signatures and quoted literals. What the names mean is per language
 * (type-spellings.ts).
 */
/** How a type was marked nullable: `?T`, `T?` or Java's `@Nullable T`. */
export type NullableMark = 'prefix' | 'suffix' | 'annotation';

export type TypeSyntax =
  | { readonly form: 'name'; readonly name: string; readonly args: readonly TypeSyntax[] }
  | { readonly form: 'array'; readonly items: TypeSyntax }
  | { readonly form: 'pointer'; readonly inner: TypeSyntax }
  | { readonly form: 'nullable'; readonly mark: NullableMark; readonly inner: TypeSyntax }
  | { readonly form: 'union'; readonly members: readonly TypeSyntax[] }
  | { readonly form: 'index'; readonly values: TypeSyntax }
  | { readonly form: 'literal'; readonly value: string };

const TOKEN = /\s*(=>|@Nullable\b|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[A-Za-z_$][A-Za-z0-9_$]*(?:(?:\.|\\|::)[A-Za-z_$][A-Za-z0-9_$]*)*|[<>[\]{}(),|?*:;])/y;

/** Deeply nested spellings are not types anyone documents; the cap keeps recursion bounded. */
const MAX_DEPTH = 32;

export function parseTypeSyntax(text: string): TypeSyntax | undefined {
  const tokens = tokenize(text);
  if (!tokens) return undefined;
  const parser = new Parser(tokens);
  try {
    const result = parser.top();
    return parser.done() ? result : undefined;
  } catch (error) {
    if (error instanceof SyntaxFailure) return undefined;
    throw error;
  }
}

function tokenize(text: string): string[] | undefined {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(text);
    if (!match) return undefined;
    tokens.push(match[1]);
  }
  return tokens;
}

class SyntaxFailure extends Error {}

class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly string[]) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  /** YARD lists alternatives with commas at the top level: `String, nil`. */
  top(): TypeSyntax {
    const members = [this.union()];
    while (this.take(',')) members.push(this.union());
    return members.length === 1 ? members[0] : { form: 'union', members: members.flatMap(flattenUnion) };
  }

  private union(): TypeSyntax {
    const members = [this.unary()];
    while (this.take('|')) members.push(this.unary());
    return members.length === 1 ? members[0] : { form: 'union', members: members.flatMap(flattenUnion) };
  }

  private unary(): TypeSyntax {
    if (++this.depth > MAX_DEPTH) throw new SyntaxFailure();
    try {
      if (this.take('?')) return { form: 'nullable', mark: 'prefix', inner: this.unary() };
      if (this.take('@Nullable')) return { form: 'nullable', mark: 'annotation', inner: this.unary() };
      if (this.take('*')) return { form: 'pointer', inner: this.unary() };
      if (this.peek('[') && this.peek(']', 1)) {
        this.at += 2;
        return { form: 'array', items: this.unary() };
      }
      return this.postfix(this.primary());
    } finally {
      this.depth--;
    }
  }

  private postfix(base: TypeSyntax): TypeSyntax {
    let result = base;
    for (;;) {
      if (this.peek('[') && this.peek(']', 1)) {
        this.at += 2;
        result = { form: 'array', items: result };
      } else if (this.take('?')) {
        result = { form: 'nullable', mark: 'suffix', inner: result };
      } else {
        return result;
      }
    }
  }

  private primary(): TypeSyntax {
    const token = this.next();
    if (token === '(') {
      const inner = this.union();
      this.expect(')');
      return inner;
    }
    if (token === '{') return this.indexSignature();
    if (/^["']/.test(token)) return { form: 'literal', value: unquote(token) };
    if (!/^[A-Za-z_$]/.test(token)) throw new SyntaxFailure();
    if (token === 'interface' && this.peek('{') && this.peek('}', 1)) {
      this.at += 2;
      return { form: 'name', name: 'interface{}', args: [] };
    }
    if (token === 'map' && this.peek('[')) {
      this.at += 1;
      const key = this.union();
      this.expect(']');
      return { form: 'name', name: 'map', args: [key, this.unary()] };
    }
    if (this.take('<')) return { form: 'name', name: token, args: this.argList('>') };
    if (this.peek('[') && !this.peek(']', 1)) {
      this.at += 1;
      return { form: 'name', name: token, args: this.argList(']') };
    }
    if (this.take('{')) {
      const key = this.union();
      this.expect('=>');
      const value = this.union();
      this.expect('}');
      return { form: 'name', name: token, args: [key, value] };
    }
    return { form: 'name', name: token, args: [] };
  }

  /** `{ [key: string]: T }` */
  private indexSignature(): TypeSyntax {
    this.expect('[');
    this.next();
    this.expect(':');
    const key = this.union();
    this.expect(']');
    this.expect(':');
    const values = this.union();
    this.take(';');
    this.expect('}');
    if (key.form !== 'name' || key.name !== 'string') throw new SyntaxFailure();
    return { form: 'index', values };
  }

  private argList(close: string): TypeSyntax[] {
    const args = [this.union()];
    while (this.take(',')) args.push(this.union());
    this.expect(close);
    return args;
  }

  private peek(token: string, ahead = 0): boolean {
    return this.tokens[this.at + ahead] === token;
  }

  private take(token: string): boolean {
    if (!this.peek(token)) return false;
    this.at++;
    return true;
  }

  private expect(token: string): void {
    if (!this.take(token)) throw new SyntaxFailure();
  }

  private next(): string {
    const token = this.tokens[this.at++];
    if (token === undefined) throw new SyntaxFailure();
    return token;
  }
}

function flattenUnion(syntax: TypeSyntax): readonly TypeSyntax[] {
  return syntax.form === 'union' ? syntax.members : [syntax];
}

/**
 * A double-quoted literal reads as a JSON string (`\"`, `\\`, `\u00e9`); one
 * JSON cannot read, and a single-quoted one, keep their text as written but
 * for escaped quotes.
 */
function unquote(token: string): string {
  if (token.startsWith('"')) {
    try {
      return JSON.parse(token) as string;
    } catch {
      return token.slice(1, -1).replace(/\\"/g, '"');
    }
  }
  return token.slice(1, -1).replace(/\\'/g, "'");
}
