/** parseGuardedDocument is parseDocument with the nesting guard in the same lexer pass: the same document, the same refusals. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { excessiveNesting, parseGuardedDocument } from '../../src/load/yaml-guards';
import { MINIMAL_SPEC } from '../support/specs';
import { REPO_ROOT } from '../support/render';

const OPTIONS = { prettyErrors: false, uniqueKeys: false } as const;

/** A node as the loader reads it: kind, value or children, tag and range. */
function shape(node: unknown): unknown {
  if (isPair(node)) return [shape(node.key), shape(node.value)];
  if (isMap(node) || isSeq(node)) return { items: node.items.map(shape), range: node.range, tag: node.tag };
  if (isScalar(node)) return { value: node.value, range: node.range, tag: node.tag, type: node.type };
  if (isAlias(node)) return { alias: node.source, range: node.range };
  return node;
}

/** Everything the loader and validation read of a parse: errors, warnings, nodes with their ranges, and the line table. */
function outcome(document: Document.Parsed, lines: LineCounter) {
  return {
    errors: document.errors.map((e) => [e.code, e.pos, e.message]),
    warnings: document.warnings.map((e) => [e.code, e.pos, e.message]),
    contents: shape(document.contents),
    range: document.range,
    lineStarts: lines.lineStarts,
  };
}

const seeds = fs.readdirSync(path.join(REPO_ROOT, 'specs')).map((f) => fs.readFileSync(path.join(REPO_ROOT, 'specs', f), 'utf8').split('\n---\n')[0].slice(4));
const TEXTS = [
  ...seeds,
  MINIMAL_SPEC,
  MINIMAL_SPEC.replace(/: /, ': [unclosed'),
  MINIMAL_SPEC + '\n---\nsecond: document\n',
  'a: 1\na: 2\n',
  'a: &x 1\nb: *x\n',
  'a:\tb\n',
  'key: "unterminated\n',
  '- - - x\n',
  '[a, {b: c}, [d]]\n',
  '',
  '# only a comment\n',
  '%YAML 1.2\n---\na: b\n',
  'a: !!binary aGVsbG8=\nb: !foo bar\n',
  '? complex\n: key\n',
];

test.each(TEXTS.map((t, i) => [i, t]))('text %i parses exactly as parseDocument parses it', (_i, text) => {
  const [ours, theirs] = [new LineCounter(), new LineCounter()];
  const parsed = parseGuardedDocument(text as string, { ...OPTIONS, lineCounter: ours }, ours);
  if (!('document' in parsed)) throw new Error('refused as too deep');
  expect(outcome(parsed.document, ours)).toEqual(outcome(parseDocument(text as string, { ...OPTIONS, lineCounter: theirs }), theirs));
});

test.each([
  ['['.repeat(10000)],
  ['{a: '.repeat(100)],
  [`${'- '.repeat(100)}x\n`],
  [`a:\n${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 2)}a:`).join('\n')} x\n`],
])('nesting too deep is refused at the token the lexer pass names: %#', (text) => {
  const expected = excessiveNesting(text);
  expect(expected).toBeDefined();
  expect(parseGuardedDocument(text, OPTIONS, new LineCounter())).toEqual({ tooDeep: expected });
});
