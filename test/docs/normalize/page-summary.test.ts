/**
 * A page's summary paragraph documents the page's own model only: the one its
 * `<CodeBlock referenceId=...>` shows, else the one its title names, else its
 * only model. The other models the page defines keep their own `self` text.
 */
import * as fs from 'node:fs';
import { MINIMAL_SPEC, normalizeTexts } from '../../support/specs';

const summaries = (files: Record<string, string>) => Object.fromEntries(normalizeTexts(files).modelSet.models.map((m) => [m.id, m.source.summary]));

/** MINIMAL_SPEC with a second model, `widget_part`, documented by curl. */
const TWO_MODELS = MINIMAL_SPEC.replace('  java:\n', '    - url: /part\n      key: widget_part\n      id: widget_part\n      properties:\n        - key: id\n          type: string\n          description: (widget_part.id)\n  java:\n').replace(
  'reference:\n',
  '  widget_part:\n    self: A part.\n    id: The part.\nreference:\n',
);
const page = (body: string) => `---\n${TWO_MODELS}---\n\n${body}`;

test('the seed page Directory User: its summary documents DirectoryUser, not its email and role models', () => {
  const result = summaries({ 'specs/directory-user.mdx': fs.readFileSync('specs/directory-user.mdx', 'utf8'), 'specs/directory-group.mdx': fs.readFileSync('specs/directory-group.mdx', 'utf8') });
  expect(result).toMatchObject({
    directory_user: 'A directory user represents an active organization user.',
    directory_user_email: undefined,
    directory_user_role: undefined,
  });
});

test.each([
  ['the CodeBlock referenceId names it', '# Things\n\nAbout the part.\n\n<CodeBlock\n  title="Example"\n  referenceId="widget_part"\n/>\n', { widget: undefined, widget_part: 'About the part.' }],
  ['the title names it', '# Widget\n\nAbout the widget.\n', { widget: 'About the widget.', widget_part: undefined }],
  ['nothing names one of two models', '# Things\n\nAbout both.\n', { widget: undefined, widget_part: undefined }],
])('the summary goes to the page model when %s', (_name, body, expected) => {
  expect(summaries({ 'w.mdx': page(body) })).toEqual(expected);
});

test('a page with one model gives it the summary, whatever its title', () => {
  expect(summaries({ 'w.mdx': `---\n${MINIMAL_SPEC}---\n\n# Things\n\nAbout it.\n` })).toEqual({ widget: 'About it.' });
});
