import * as fs from 'node:fs';
import { spellingDoc } from '../../../src/docs/normalize/spelling-docs';
import { readSpelling } from '../../../src/docs/normalize/type-spellings';
import { REFERENCE_LANGUAGES } from '../../../src/ir/languages';

test('docs/type-spellings.md is generated from the spelling tables (`npm run docs`)', () => {
  expect(fs.readFileSync('docs/type-spellings.md', 'utf8')).toBe(spellingDoc());
});

test('every spelling the table documents is accepted by its language', () => {
  const rows = spellingDoc().split('\n').filter((l) => /^\| `[a-z]+` \|/.test(l));
  expect(rows).toHaveLength(REFERENCE_LANGUAGES.length);
  for (const row of rows) {
    const [language, ...cells] = row.split(/(?<!\\)\|/).map((c) => c.trim()).filter((c) => c !== '');
    const lang = language.replace(/`/g, '') as (typeof REFERENCE_LANGUAGES)[number];
    const spellings = cells.flatMap((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\\\|/g, '|')));
    for (const spelling of spellings) {
      const concrete = spelling.replace(/\bT\b/g, lang === 'python' ? 'str' : lang === 'go' || lang === 'js' || lang === 'php' || lang === 'dotnet' || lang === 'curl' ? 'string' : 'String');
      expect({ lang, spelling, ok: readSpelling(lang, concrete).ok }).toEqual({ lang, spelling, ok: true });
    }
  }
});
