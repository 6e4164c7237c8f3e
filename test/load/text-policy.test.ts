/**
 * One text policy at load: characters no target can carry faithfully are
 * refused with their position, for every language alike, before anything
 * is rendered.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDiagnostic } from '../../src/diagnostics/format-text';
import { modelgen, tempProject } from '../support/cli';
import { MINIMAL_SPEC, validateText } from '../support/specs';

const firstLine = (file: string, text: string) => validateText(file, text).diagnostics.map((d) => formatDiagnostic(d).split('\n')[0]);
const withSelf = (self: string) => MINIMAL_SPEC.replace('    self: A widget.', `    self: ${self}`);

describe('characters refused in spec text', () => {
  test.each([
    ['a lone high surrogate, written as a YAML escape', withSelf('"A \\uD800 widget."'), 's.yaml:3:11 - error MG008: a string holds U+D800, half of a UTF-16 surrogate pair without its other half'],
    ['a lone low surrogate', withSelf('"A \\uDC00 widget."'), 's.yaml:3:11 - error MG008: a string holds U+DC00, half of a UTF-16 surrogate pair without its other half'],
    ['NUL, escaped', withSelf('"A \\0 widget."'), 's.yaml:3:11 - error MG008: a string holds U+0000, a control character'],
    ['ESC, escaped', withSelf('"A \\e[31m widget."'), 's.yaml:3:11 - error MG008: a string holds U+001B, a control character'],
    ['VT and FF', withSelf('"A \\v\\f widget."'), 's.yaml:3:11 - error MG008: a string holds U+000B, a control character'],
    ['U+0001', withSelf('"A \\x01 widget."'), 's.yaml:3:11 - error MG008: a string holds U+0001, a control character'],
    ['U+FFFE', withSelf('"A \\uFFFE widget."'), 's.yaml:3:11 - error MG008: a string holds U+FFFE, a noncharacter'],
    ['a raw BEL byte, at its own column', withSelf('A \u0007 widget.'), "s.yaml:3:13 - error MG008: 's.yaml' holds U+0007, a control character"],
    ['a NUL in a key', MINIMAL_SPEC.replace('    - key: Widget', '    - key: "Wid\\0get"'), 's.yaml:28:12 - error MG008: a string holds U+0000, a control character'],
  ])('%s', (_what, text, expected) => expect(firstLine('s.yaml', text)).toEqual([expected]));

  test('a raw ESC in the prose of a page, at its line in the page', () => {
    const page = `---\n${MINIMAL_SPEC}---\n\n# Widget\n\nA \u001b[2J widget.\n`;
    expect(firstLine('p.mdx', page)).toEqual([`p.mdx:${MINIMAL_SPEC.split('\n').length + 5}:3 - error MG008: 'p.mdx' holds U+001B, a control character`]);
  });

  test('tabs, line breaks, paired surrogates (emoji) and bidi controls are fine', () => {
    expect(validateText('s.yaml', withSelf('"A\\twidget 🧩 \\u202e."')).diagnostics).toEqual([]);
  });
});

test('a spec whose file name holds ESC is refused: its path would go into every header', () => {
  const dir = tempProject({ 'specs/evil\u001b[2J.yaml': MINIMAL_SPEC });
  const result = modelgen(['generate', '--lang', 'java'], dir);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("modelgen - error MG008: the spec path 'specs/evil\\u001b[2J.yaml' holds U+001B, a control character");
  expect(fs.existsSync(path.join(dir, 'generated'))).toBe(false);
});

test('a lone surrogate: check agrees with and without the cache, and generate never rewrites a file on every run', () => {
  const dir = tempProject({ 'node_modules/.keep': '' });
  const args = ['--lang', 'go,typescript'];
  expect(modelgen(['generate', ...args], dir).status).toBe(0);
  const spec = path.join(dir, 'specs/directory.mdx');
  fs.writeFileSync(spec, fs.readFileSync(spec, 'utf8').replace('The name of the directory.', '"The name \\uD800 of the directory."'));
  for (const command of [['check'], ['check', '--no-cache'], ['generate', '--no-cache']]) {
    const result = modelgen([...command, ...args], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^specs\/directory\.mdx:\d+:\d+ - error MG008: a string holds U\+D800/m);
  }
});
