/**
 * A parse of the expressions the TypeScript target itself writes (member
 * accesses, calls, object and array literals, `?:`, `===`, `as`, spreads,
 * one-parameter arrow functions),
 * so that layout.ts can break them where Prettier would. It reads only
 * modelgen's own output: anything else is `undefined`, and the layout then
 * leaves the text as it is.
 */

export type Expression =
  | { readonly kind: 'atom'; readonly text: string }
  | { readonly kind: 'member'; readonly text: string }
  | { readonly kind: 'call'; readonly callee: string; readonly args: readonly Expression[]; readonly text: string }
  | { readonly kind: 'object'; readonly properties: readonly Property[]; readonly text: string }
  | { readonly kind: 'array'; readonly elements: readonly Expression[]; readonly text: string }
  | { readonly kind: 'ternary'; readonly test: Expression; readonly consequent: Expression; readonly alternate: Expression; readonly text: string }
  | { readonly kind: 'binary'; readonly left: Expression; readonly right: Expression; readonly text: string }
  | { readonly kind: 'cast'; readonly text: string }
  | { readonly kind: 'spread'; readonly inner: Expression; readonly text: string }
  | { readonly kind: 'arrow'; readonly param: string; readonly body: Expression; readonly text: string };

export interface Property {
  readonly key: string;
  readonly value: Expression;
  readonly text: string;
}

const IDENTIFIER = /[A-Za-z_$][\w$]*/y;
const NUMBER = /-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/y;

class Parser {
  private at = 0;

  constructor(private readonly text: string) {}

  parseWhole(): Expression | undefined {
    const expression = this.expression();
    return expression && this.at === this.text.length ? expression : undefined;
  }

  private expression(): Expression | undefined {
    const start = this.at;
    const test = this.binary();
    if (!test || !this.eat(' ? ')) return test;
    const consequent = this.expression();
    if (!consequent || !this.eat(' : ')) return undefined;
    const alternate = this.expression();
    return alternate && { kind: 'ternary', test, consequent, alternate, text: this.since(start) };
  }

  private binary(): Expression | undefined {
    const start = this.at;
    const left = this.cast();
    if (!left || !this.eat(' === ')) return left;
    const right = this.cast();
    return right && { kind: 'binary', left, right, text: this.since(start) };
  }

  private cast(): Expression | undefined {
    const start = this.at;
    const value = this.unary();
    if (!value || !this.text.startsWith(' as ', this.at)) return value;
    while (this.eat(' as ')) if (!this.type()) return undefined;
    return { kind: 'cast', text: this.since(start) };
  }

  /** A type after `as`: balanced brackets, up to a `,`, `)`, `]`, `}`, `;` or ` ? ` at depth 0. */
  private type(): boolean {
    const start = this.at;
    let depth = 0;
    for (; this.at < this.text.length; this.at++) {
      const c = this.text[this.at];
      if ('<([{'.includes(c)) depth++;
      else if ('>)]}'.includes(c) && depth > 0) depth--;
      else if (depth === 0 && (',)]};'.includes(c) || this.text.startsWith(' ? ', this.at) || this.text.startsWith(' : ', this.at) || this.text.startsWith(' as ', this.at))) break;
    }
    // The space before an object's closing ` }` is not the type's.
    while (this.at > start && this.text[this.at - 1] === ' ') this.at--;
    return this.at > start;
  }

  private unary(): Expression | undefined {
    const start = this.at;
    if (!this.eat('...')) return this.postfix();
    const inner = this.postfix();
    return inner && { kind: 'spread', inner, text: this.since(start) };
  }

  private postfix(): Expression | undefined {
    const start = this.at;
    let node = this.primary();
    while (node) {
      if (this.eat('.')) {
        if (!this.match(IDENTIFIER)) return undefined;
        node = { kind: 'member', text: this.since(start) };
      } else if (this.text[this.at] === '[' && node.kind !== 'array') {
        this.at++;
        if (!this.expression() || !this.eat(']')) return undefined;
        node = { kind: 'member', text: this.since(start) };
      } else if (this.text[this.at] === '(' && (node.kind === 'atom' || node.kind === 'member')) {
        const callee = this.since(start);
        this.at++;
        const args = this.list(')');
        node = args && { kind: 'call', callee, args, text: this.since(start) };
      } else {
        return node;
      }
    }
    return undefined;
  }

  private primary(): Expression | undefined {
    const start = this.at;
    const c = this.text[this.at];
    if (c === '"' || c === "'") return this.string() ? { kind: 'atom', text: this.since(start) } : undefined;
    if (c === '{') return this.object();
    if (c === '[') {
      this.at++;
      const elements = this.list(']');
      return elements && { kind: 'array', elements, text: this.since(start) };
    }
    if (c === '(') {
      const arrow = this.arrow();
      if (arrow) return arrow;
      this.at++;
      const inner = this.expression();
      return inner && this.eat(')') ? { ...inner, text: this.since(start) } : undefined;
    }
    if (this.match(IDENTIFIER) || this.match(NUMBER)) return { kind: 'atom', text: this.since(start) };
    return undefined;
  }

  /** `(p) => body`, or undefined with the position unchanged. */
  private arrow(): Expression | undefined {
    const start = this.at;
    const head = /\(([A-Za-z_$][\w$]*)\) => /y;
    head.lastIndex = start;
    const found = head.exec(this.text);
    if (!found) return undefined;
    this.at = head.lastIndex;
    const body = this.expression();
    if (!body) {
      this.at = start;
      return undefined;
    }
    return { kind: 'arrow', param: found[1], body, text: this.since(start) };
  }

  /** Comma-separated expressions up to `close`, which is consumed. */
  private list(close: string): Expression[] | undefined {
    const items: Expression[] = [];
    while (!this.eat(close)) {
      if (items.length > 0 && !this.eat(', ')) return undefined;
      const item = this.expression();
      if (!item) return undefined;
      items.push(item);
    }
    return items;
  }

  private object(): Expression | undefined {
    const start = this.at;
    this.at++;
    if (this.eat('}')) return { kind: 'object', properties: [], text: '{}' };
    if (!this.eat(' ')) return undefined;
    const properties: Property[] = [];
    while (!this.eat(' }')) {
      if (properties.length > 0 && !this.eat(', ')) return undefined;
      const property = this.property();
      if (!property) return undefined;
      properties.push(property);
    }
    return { kind: 'object', properties, text: this.since(start) };
  }

  private property(): Property | undefined {
    const start = this.at;
    const keyStart = this.at;
    const quoted = this.text[this.at] === '"' || this.text[this.at] === "'";
    if (!(quoted ? this.string() : this.match(IDENTIFIER) || this.match(NUMBER))) return undefined;
    const key = this.since(keyStart);
    if (!this.eat(': ')) return undefined;
    const value = this.expression();
    return value && { key, value, text: this.since(start) };
  }

  /** A string literal in the quotes it starts with. */
  private string(): boolean {
    const quote = this.text[this.at];
    for (this.at++; this.at < this.text.length; this.at++) {
      if (this.text[this.at] === '\\') this.at++;
      else if (this.text[this.at] === quote) return (this.at++, true);
    }
    return false;
  }

  private eat(token: string): boolean {
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  /** `pattern` is sticky (`y`), so it matches only at the current position. */
  private match(pattern: RegExp): boolean {
    pattern.lastIndex = this.at;
    if (!pattern.test(this.text)) return false;
    this.at = pattern.lastIndex;
    return true;
  }

  private since(start: number): string {
    return this.text.slice(start, this.at);
  }
}

export function parseExpression(text: string): Expression | undefined {
  return new Parser(text).parseWhole();
}
