/**
 * An OpenAPI document by the `yaml` library, for what src/load/fast-yaml.ts
 * leaves to it: JSON, a document with a problem (every diagnostic about a
 * document's YAML comes from here) and the rare one outside the fast subset.
 * Loaded only then, with the library.
 */
import { Alias, Document, isAlias, LineCounter, parseDocument, visit } from 'yaml';
import { DiagnosticBag, SourceLocation } from '../diagnostics/diagnostic';
import { endPosition } from '../load/decode-text';
import { describeCodePoint } from '../load/text-policy';
import { disallowedInScalars, excessiveNesting, findDuplicateKey, MAX_NESTING } from '../load/yaml-guards';
import type { ParsedDocument, UnreadableCode } from './document';

export function parseOpenApiYaml(file: string, text: string, bag: DiagnosticBag, code: UnreadableCode): ParsedDocument | undefined {
  // The guards docs pages have, but aliases: nesting measured before parsing (the parser recurses), duplicate keys, escaped control characters.
  const tooDeep = excessiveNesting(text);
  if (tooDeep !== undefined) {
    bag.add(code, `${file} nests more than ${MAX_NESTING} levels deep`, { file, ...endPosition(text.slice(0, tooDeep)) });
    return undefined;
  }
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const locate = (offset: number): SourceLocation => {
    const p = lines.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  if (document.errors.length > 0) {
    bag.add(code, `${file} is not valid YAML or JSON: ${document.errors[0].message.split('\n')[0]}`, locate(document.errors[0].pos[0]));
    return undefined;
  }
  const duplicate = findDuplicateKey(document);
  const escaped = disallowedInScalars(document);
  if (duplicate || escaped) {
    const message = duplicate ? `${file} is not valid YAML or JSON: a mapping has the key \`${String(duplicate.value)}\` twice` : `a string in ${file} holds ${describeCodePoint(escaped?.codePoint ?? '')}`;
    bag.add(code, message, locate(duplicate ? (duplicate.range?.[0] ?? 0) : (escaped?.offset ?? 0)));
    return undefined;
  }
  return { contents: document.contents, locate, aliases: aliasTargets(document) };
}

/** Each alias → the last node before it with its anchor, as YAML defines. */
function aliasTargets(document: Document.Parsed): Map<Alias, unknown> {
  const latest = new Map<string, unknown>();
  const targets = new Map<Alias, unknown>();
  visit(document, {
    Node: (_key, node) => {
      if (isAlias(node)) targets.set(node, latest.get(node.source));
      else if ((node as { anchor?: string }).anchor) latest.set((node as { anchor: string }).anchor, node);
    },
  });
  return targets;
}
