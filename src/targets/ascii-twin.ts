/**
 * Unicode-property patterns (`\p{Lu}`, `\p{L}`) with an ASCII twin. V8
 * compiles each such pattern the first time it runs, which costs a short
 * run some 0.3 to 0.5 ms a pattern; names and doc lines are nearly always
 * ASCII, and on ASCII text a pattern with the ASCII part of each class
 * (`[A-Z]` for `\p{Lu}`) answers the same. test/targets/ascii-twin.test.ts
 * holds every pair to that on generated text.
 */
export class AsciiTwin {
  /** Every pair made, for the test that compares them. */
  static readonly all: AsciiTwin[] = [];

  constructor(
    readonly ascii: RegExp,
    readonly unicode: RegExp,
  ) {
    AsciiTwin.all.push(this);
  }

  test(text: string): boolean {
    return this.pick(text).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.pick(text).exec(text);
  }

  private pick(text: string): RegExp {
    return NON_ASCII.test(text) ? this.unicode : this.ascii;
  }
}

const NON_ASCII = /[^\x00-\x7f]/;
