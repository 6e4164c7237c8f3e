/** Every Unicode-property pattern with an ASCII twin answers as its twin on ASCII text. */
import { AsciiTwin } from '../../src/targets/ascii-twin';
// The modules that make the pairs, so AsciiTwin.all holds them.
import '../../src/targets/go/naming';
import '../../src/targets/go/doc-comment';
import '../../src/targets/ruby/union-view';

/** Seeded, so a failure shows the same text again. */
function* asciiTexts(count: number): Generator<string> {
  const pieces = ['A', 'Z', 'a', 'z', 's', 'u', 'i', 'es', 'us', 'is', 'Describes', 'Is', 'The', 'ID', '0', '9', '_', '-', ' ', '.', '\n', "'", '#', 'x', 'Q', '\t', '~', ':'];
  let seed = 17;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let n = next() % 7; n > 0; n--) text += pieces[next() % pieces.length];
    yield text;
  }
  // Every single ASCII character.
  for (let code = 0; code < 128; code++) yield String.fromCharCode(code);
}

test('each pair agrees on 20,000 ASCII texts, in what matches and what it captures', () => {
  expect(AsciiTwin.all.length).toBeGreaterThanOrEqual(8);
  const disagreements: string[] = [];
  let matched = 0;
  for (const twin of AsciiTwin.all) {
    for (const text of asciiTexts(20000)) {
      const [ascii, unicode] = [twin.ascii.exec(text), twin.unicode.exec(text)];
      if (JSON.stringify(ascii?.slice()) !== JSON.stringify(unicode?.slice())) disagreements.push(`${twin.unicode.source} on ${JSON.stringify(text)}`);
      if (unicode) matched++;
    }
  }
  expect(disagreements).toEqual([]);
  // The texts are not all misses: most patterns match some.
  expect(matched).toBeGreaterThan(10000);
});

test('non-ASCII text goes to the Unicode pattern', () => {
  const verb = AsciiTwin.all.find((t) => t.unicode.source.includes('[^sui'));
  expect(verb?.exec('Élèves whether')?.[1]).toBe('Élèves');
  expect(verb?.ascii.exec('Élèves whether')).toBeNull();
});
