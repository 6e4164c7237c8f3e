/**
 * A docs page's YAML by the `yaml` library, behind the guards that keep
 * hostile YAML from hurting the run, for what src/load/fast-yaml.ts leaves
 * to it: every spec with a problem, and the rare valid one outside the fast
 * subset. Every diagnostic about a spec's YAML comes from here. Loaded only
 * then, with the library.
 */
import { LineCounter } from 'yaml';
import { DiagnosticBag, SourceLocation } from '../diagnostics/diagnostic';
import { endPosition } from './decode-text';
import { describeCodePoint } from './text-policy';
import { disallowedInScalars, findAliases, findDuplicateKey, MAX_NESTING, parseGuardedDocument } from './yaml-guards';

export function parseSpecYaml(file: string, yamlText: string, lineOffset: number, bag: DiagnosticBag): { contents: unknown; locate: (offset: number) => SourceLocation } | undefined {
  const lineCounter = new LineCounter();
  // The library's duplicate-key check is quadratic; findDuplicateKey below does it in linear time.
  const parsed = parseGuardedDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false }, lineCounter);
  if ('tooDeep' in parsed) {
    const at = endPosition(yamlText.slice(0, parsed.tooDeep));
    bag.add('nestedTooDeeply', `the YAML nests more than ${MAX_NESTING} levels deep`, { file, line: at.line + lineOffset, column: at.column });
    return undefined;
  }
  const document = parsed.document;
  const locate = (offset: number): SourceLocation => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line + lineOffset, column: pos.col };
  };
  for (const error of document.errors) {
    const message = error.code === 'MULTIPLE_DOCS' ? 'the file holds more than one YAML document (a second `---`)' : error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    bag.add('yamlSyntax', `invalid YAML: ${message}`, locate(error.pos[0]));
  }
  if (document.errors.length > 0) return undefined;
  const duplicate = findDuplicateKey(document);
  if (duplicate) {
    bag.add('yamlSyntax', 'invalid YAML: Map keys must be unique', locate(duplicate.range?.[0] ?? 0));
    return undefined;
  }
  const aliases = findAliases(document);
  if (aliases.length > 0) {
    const more = aliases.length > 1 ? ` (and ${aliases.length - 1} more)` : '';
    bag.add('yamlAlias', `the spec uses the YAML alias \`*${aliases[0].source}\`${more}`, locate(aliases[0].range?.[0] ?? 0));
    return undefined;
  }
  const escaped = disallowedInScalars(document);
  if (escaped) {
    bag.add('textNotAllowed', `a string holds ${describeCodePoint(escaped.codePoint)}`, locate(escaped.offset));
    return undefined;
  }
  return { contents: document.contents, locate };
}
