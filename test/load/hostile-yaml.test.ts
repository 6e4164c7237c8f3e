/** Input that used to crash or balloon the loader: each now ends in one diagnostic at its place. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic';
import { formatDiagnostic } from '../../src/diagnostics/format-text';
import { parseConfig } from '../../src/config/config';
import { readSpecSources } from '../../src/load/load-specs';
import { parseSpec } from '../../src/load/parse-spec';
import { excessiveNesting, MAX_NESTING } from '../../src/load/yaml-guards';
import { MINIMAL_SPEC, validateText } from '../support/specs';

const messages = (file: string, text: string) => validateText(file, text).diagnostics.map((d) => formatDiagnostic(d));
const staircase = (lines: number, indent: number) => Array.from({ length: lines }, (_, i) => `${' '.repeat(i + indent)}a:`).join('\n');

const DEEP = 'error MG006: the YAML nests more than 64 levels deep\n  hint: a spec nests a few levels deep; look for unclosed brackets or runaway indentation';
const ALIAS_HINT = '\n  hint: write the aliased value out in full; modelgen does not resolve YAML anchors and aliases';

describe('deep nesting is refused before the YAML parser can overflow the stack', () => {
  test.each([
    // The parser reported these as "Maximum call stack size exceeded"; run after other input, it aborted the process.
    ['10,000 open brackets', 's.yaml', '['.repeat(10000), `s.yaml:1:64 - ${DEEP}`],
    ['10,000 balanced brackets', 's.yaml', '['.repeat(10000) + ']'.repeat(10000), `s.yaml:1:64 - ${DEEP}`],
    // The CST parser threw an uncaught RangeError on this one.
    ['5,000 levels of block indentation', 's.yaml', `descriptions:\n  w:\n${staircase(5000, 4)} x\nreference: {}\n`, `s.yaml:65:67 - ${DEEP}`],
    ['100 nested sequence indicators on one line', 's.yaml', `${'- '.repeat(100)}x\n`, `s.yaml:1:127 - ${DEEP}`],
    ['nested flow mappings in a page, at the page line', 'p.mdx', `---\nreference:\n  curl: ${'{a: '.repeat(100)}\n---\n# T\n`, `p.mdx:3:257 - ${DEEP}`],
  ])('%s', (_what, file, text, expected) => expect(messages(file, text)).toEqual([expected]));

  test('the seeds and MINIMAL_SPEC are far below the limit', () => {
    const depthOf = (text: string) => [...Array(MAX_NESTING).keys()].find((limit) => excessiveNesting(text, limit) === undefined);
    expect(depthOf(MINIMAL_SPEC)).toBe(6);
    expect(depthOf(fs.readFileSync('specs/directory.mdx', 'utf8').split('\n---\n')[0])).toBe(6);
  });

  test('brackets inside quoted and block scalars and comments are text, not nesting', () => {
    const text = `a: "${'['.repeat(100)}"\nb: '${'{'.repeat(100)}'\nc: |\n  ${'['.repeat(100)}\n# ${'['.repeat(100)}\nd: x${'['.repeat(100)}\n`;
    expect(excessiveNesting(text)).toBeUndefined();
  });

  test('the config file gets the same guard', () => {
    const bag = new DiagnosticBag();
    parseConfig('modelgen.config.yaml', `targets:\n${staircase(3000, 2)} x\n`, bag);
    expect(bag.all.map((d) => formatDiagnostic(d))).toEqual([
      'modelgen.config.yaml:65:66 - error MG201: the YAML nests more than 64 levels deep\n  hint: see the configuration section of the README for the accepted keys',
    ]);
  });
});

describe('aliases are refused, never resolved', () => {
  test.each([
    ['an alias bomb', 'a0: &a0 [lol, lol]\na1: &a1 [*a0, *a0]\na2: &a2 [*a1, *a1]\nreference: *a2\n', 's.yaml:2:10 - error MG007: the spec uses the YAML alias `*a0` (and 4 more)'],
    ['a merge key', 'base: &base {key: W, id: w, properties: []}\nreference:\n  go:\n    - <<: *base\n', 's.yaml:4:11 - error MG007: the spec uses the YAML alias `*base`'],
    ['an alias as a key', 'k: &k key\nreference:\n  go:\n    - {*k : W, id: w, properties: []}\n', 's.yaml:4:8 - error MG007: the spec uses the YAML alias `*k`'],
  ])('%s', (_what, text, expected) => expect(messages('s.yaml', text)).toEqual([expected + ALIAS_HINT]));

  test('a billion laughs costs nothing', () => {
    const levels = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) levels.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const before = process.memoryUsage().heapUsed;
    expect(messages('s.yaml', `${levels.join('\n')}\nreference: *a9\n`)).toEqual([`s.yaml:2:10 - error MG007: the spec uses the YAML alias \`*a0\` (and 81 more)${ALIAS_HINT}`]);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });
});

test('a second YAML document is named in the user\'s terms, not the parser\'s API', () => {
  expect(messages('s.yaml', `${MINIMAL_SPEC}---\na: 1\n`)).toEqual([
    's.yaml:38:1 - error MG003: invalid YAML: the file holds more than one YAML document (a second `---`)\n  hint: fix the YAML syntax; a quoted string or consistent indentation usually does it',
  ]);
});

test('a binary scalar where a name goes is named as such', () => {
  expect(messages('s.yaml', MINIMAL_SPEC.replace('key: Widget', 'key: !!binary aGVsbG8='))).toEqual([
    's.yaml:28:21 - error MG013: `key` of a `java` model entry is binary data, expected a string\n  hint: see the spec format in the README',
  ]);
});

describe('bytes that are not UTF-8', () => {
  test('are reported at the first bad byte, not replaced silently', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-utf8-'));
    const file = path.join(dir, 's.yaml').split(path.sep).join('/');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('reference:\n  go: é'), Buffer.from([0xff]), Buffer.from('\n')]));
    const bag = new DiagnosticBag();
    expect(readSpecSources([file], bag)).toEqual([]);
    expect(bag.all.map((d) => formatDiagnostic(d))).toEqual([`${file}:2:8 - error MG005: '${file}' is not valid UTF-8: byte 0xFF at offset 19\n  hint: save the file as UTF-8`]);
  });

  test.each([
    ['a lone continuation byte', [0x80], 'byte 0x80 at offset 3'],
    ['a truncated sequence', [0xc3], 'byte 0xC3 at offset 3'],
    ['an overlong encoding', [0xc0, 0x80], 'byte 0xC0 at offset 3'],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 'byte 0xED at offset 3'],
    ['a UTF-16 byte order mark', [0xff, 0xfe], 'byte 0xFF at offset 3'],
  ])('%s', (_what, bad, expected) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-utf8-'));
    fs.writeFileSync(path.join(dir, 's.yaml'), Buffer.from([0x61, 0x3a, 0x20, ...bad, 0x0a]));
    const bag = new DiagnosticBag();
    readSpecSources([path.join(dir, 's.yaml')], bag);
    expect(bag.all.map((d) => `${d.code} ${d.location?.line}:${d.location?.column} ${d.message.replace(/^.* UTF-8: /, '')}`)).toEqual([`MG005 1:4 ${expected}`]);
  });

  test('a UTF-8 byte order mark and U+FFFD written out are fine', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modelgen-utf8-'));
    fs.writeFileSync(path.join(dir, 's.yaml'), `\uFEFF${MINIMAL_SPEC.replace('A widget.', 'A \uFFFD widget.')}`);
    const bag = new DiagnosticBag();
    const sources = readSpecSources([path.join(dir, 's.yaml')], bag);
    expect(sources.map((source) => parseSpec(source.path, source.text, bag) !== undefined)).toEqual([true]);
    expect(bag.all).toEqual([]);
  });
});
