/**
 * Parsing one spec's text: by src/load/fast-yaml.ts when the YAML is in its
 * subset and valid (every real spec), else by the `yaml` library behind its
 * guards (parse-spec-yaml.ts), which says what is wrong. Apart from finding
 * and reading the spec files (load-specs.ts), so a run the cache answers
 * parses nothing.
 */
import * as path from 'node:path';
import { DiagnosticBag, SourceLocation } from '../diagnostics/diagnostic';
import { endPosition } from './decode-text';
import { readFastYaml } from './fast-yaml';
import { readPageText, splitFrontMatter } from './front-matter';
import { lineLocator } from './line-locator';
import { PAGE_EXTENSIONS } from './load-specs';
import { describeCodePoint, findDisallowed } from './text-policy';

/** A parsed YAML document: its root node, shaped like the `yaml` library's (src/load/yaml-nodes.ts reads it). */
export interface ParsedYaml {
  readonly contents: unknown;
}

/** One spec file, parsed, with what is needed to report positions in it. */
export interface LoadedSpec {
  /** As given to the run, with `/` separators; diagnostics use it. */
  readonly path: string;
  /** Relative to the project root; headers use it, so it is the same from any working folder. */
  readonly name: string;
  readonly document: ParsedYaml;
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
  const fast = readFastYaml(yamlText, { aliases: false });
  if (fast) {
    const position = lineLocator(fast.lineStarts);
    const locate = (offset: number): SourceLocation => {
      const at = position(offset);
      return { file, line: at.line + lineOffset, column: at.column };
    };
    return { document: fast, locate };
  }
  // Loaded only here: a spec the fast reader reads needs none of the `yaml` library.
  const { parseSpecYaml } = require('./parse-spec-yaml') as typeof import('./parse-spec-yaml');
  const parsed = parseSpecYaml(file, yamlText, lineOffset, bag);
  return parsed && { document: { contents: parsed.contents }, locate: parsed.locate };
}
