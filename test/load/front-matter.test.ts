import { readPageText, splitFrontMatter } from '../../src/load/front-matter';

describe('splitFrontMatter', () => {
  test.each([
    ['---\na: 1\n---\n# T\n', { yaml: 'a: 1\n', lineOffset: 1, body: '# T\n' }],
    ['---\r\na: 1\r\n---\r\nbody', { yaml: 'a: 1\r\n', lineOffset: 1, body: 'body' }],
    ['\uFEFF---\na: 1\n---\n', { yaml: 'a: 1\n', lineOffset: 1, body: '' }],
  ])('splits %j', (text, expected) => {
    expect(splitFrontMatter(text)).toEqual(expected);
  });

  test.each([['no front matter'], ['---\nnever closed\n'], ['\n---\na: 1\n---\n']])('finds none in %j', (text) => {
    expect(splitFrontMatter(text)).toBeUndefined();
  });
});

describe('readPageText', () => {
  test.each([
    ['the seed layout', '\n# Directory\n\nA directory stores information.\n\nMore.\n', { title: 'Directory', summary: 'A directory stores information.' }],
    ['a paragraph over lines', '# T\n\nOne\ntwo.\n', { title: 'T', summary: 'One two.' }],
    ['an MDX component first', '# T\n\n<CodeBlock\n  title="x"\n/>\n\nProse.\n', { title: 'T', summary: 'Prose.' }],
    ['a one-line component', '# T\n<Note />\nProse.\n', { title: 'T', summary: 'Prose.' }],
    ['imports and a fence', "import X from 'y'\n\n```js\ncode\n```\n# T\n\nProse.\n", { title: 'T', summary: 'Prose.' }],
    ['only a component', '# T\n\n<CodeBlock title="x" />\n', { title: 'T', summary: undefined }],
    ['nothing', '', { title: undefined, summary: undefined }],
    ['the example a CodeBlock shows, after the summary', '# T\n\nProse.\n\n<CodeBlock\n  title="x"\n  referenceId="directory_user"\n/>\n', { title: 'T', summary: 'Prose.', referenceId: 'directory_user' }],
    ['a one-line CodeBlock', "# T\n\nProse.\n<CodeBlock title=\"x\" referenceId='widget' />\n", { title: 'T', summary: 'Prose.', referenceId: 'widget' }],
  ])('%s', (_name, body, expected) => {
    expect(readPageText(body)).toEqual(expected);
  });
});
