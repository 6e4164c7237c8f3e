/**
 * Parsing one spec's text with the `yaml` library, behind the guards that
 * keep hostile YAML from hurting the run. Apart from finding and reading the
 * spec files (load-specs.ts), so a run the cache answers never loads `yaml`.
 */
import * as path from 'node:path';
import { Document, LineCounter } from 'yaml';
import { DiagnosticBag, SourceLocation } from '../diagnostics/diagnostic';
import { endPosition } from './decode-text';
import { readPageText, splitFrontMatter } from './front-matter';
import { PAGE_EXTENSIONS } from './load-specs';
import { describeCodePoint, findDisallowed } from './text-policy';
import { disallowedInScalars, findAliases, findDuplicateKey, MAX_NESTING, parseGuardedDocument } from './yaml-guards';

/** One spec file, parsed, with what is needed to report positions in it. */
export interface LoadedSpec {
  /** As given to the run, with `/` separators; diagnostics use it. */
  readonly path: string;
  /** Relative to the project root; headers use it, so it is the same from any working folder. */
  readonly name: string;
  readonly document: Document.Parsed;
  readonly locate: (offset: number) => SourceLocation;
  readonly title?: string;
  readonly summary?: string;
  readonly referenceId?: string;
  /** The file's bytes, for the input-hash cache. */
  readonly text: string;
}

/** Parses one spec's text; pure, so tests can feed it strings. `name` defaults to the path. */
export function parseSpec(file: string, text: string, bag: DiagnosticBag, name = file): LoadedSpec | undefined {
  // The whole file, page prose included: the prose becomes doc comments too.
  const raw = findDisallowed(text);
  if (raw) {
    bag.add('textNotAllowed', `'${file}' holds ${describeCodePoint(raw.codePoint)}`, { file, ...endPosition(text.slice(0, raw.index)) });
    return undefined;
  }
  const isPage = PAGE_EXTENSIONS.has(path.extname(file).toLowerCase());
  let yamlText = text;
  let lineOffset = 0;
  let page = {};
  if (isPage) {
    const split = splitFrontMatter(text);
    if (!split) {
      bag.add('missingFrontMatter', `'${file}' has no YAML front matter`, { file, line: 1, column: 1 });
      return undefined;
    }
    yamlText = split.yaml;
    lineOffset = split.lineOffset;
    page = readPageText(split.body);
  }
  const document = parseYaml(file, yamlText, lineOffset, bag);
  return document ? { path: file, name, text, ...document, ...page } : undefined;
}

function parseYaml(file: string, yamlText: string, lineOffset: number, bag: DiagnosticBag): Pick<LoadedSpec, 'document' | 'locate'> | undefined {
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
  return { document, locate };
}
