import { DiagnosticBag, SourceLocation } from '../../diagnostics/diagnostic';
import { isReferenceLanguage, REFERENCE_LANGUAGE_ALIASES, REFERENCE_LANGUAGES } from '../../ir/languages';
import { didYouMean } from '../normalize/name-keys';
import { LoadedSpec } from '../../load/parse-spec';
import { printable } from '../../diagnostics/printable';
import { unsafeNameReason, unsafeTitlePackage } from './path-names';
import { DescriptionNode, RawEntry, RawProperty, RawSpec } from './raw-spec';
import { describeNode, getPair, isMap, isScalar, isSeq, Locate, locationOf, mapPairs, scalarString, YAMLMap } from '../../load/yaml-nodes';

const REFERENCE_PATTERN = /^\(\s*([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)\s*\)$/;

/**
 * Checks one spec's shape and returns it typed. Every problem is reported;
 * a spec with errors still yields what could be read, so one run shows them all.
 */
export function validateSpec(spec: LoadedSpec, bag: DiagnosticBag): RawSpec | undefined {
  const ctx = new Context(spec.locate, { file: spec.path, line: 1, column: 1 }, bag);
  const root = spec.document.contents;
  if (!isMap(root)) {
    bag.add('notAMapping', `the spec is ${describeNode(root)}, not a mapping`, ctx.at(root));
    return undefined;
  }
  const descriptions = readDescriptions(getPair(root, 'descriptions')?.value, ctx);
  const reference = getPair(root, 'reference');
  if (!reference) {
    bag.add('missingReference', 'the spec has no `reference`', ctx.fallback);
    return undefined;
  }
  const entries = readReference(reference.value, ctx);
  return { path: spec.path, name: spec.name, title: spec.title, summary: spec.summary, referenceId: spec.referenceId, descriptions, entries };
}

class Context {
  constructor(
    readonly locate: Locate,
    readonly fallback: SourceLocation,
    readonly bag: DiagnosticBag,
  ) {}

  at(node: unknown, fallback = this.fallback): SourceLocation {
    return locationOf(node, this.locate, fallback);
  }
}

function readDescriptions(node: unknown, ctx: Context): Map<string, DescriptionNode> {
  const result = new Map<string, DescriptionNode>();
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) return result;
  if (!isMap(node)) {
    ctx.bag.add('wrongType', `\`descriptions\` is ${describeNode(node)}, expected a mapping of models`, ctx.at(node));
    return result;
  }
  for (const { key, value, keyNode } of mapPairs(node)) {
    const tree = readDescriptionNode(value, `descriptions.${key}`, ctx, ctx.at(keyNode), 0);
    if (tree) result.set(key, tree);
  }
  return result;
}

const MAX_DESCRIPTION_DEPTH = 32;

function readDescriptionNode(
  node: unknown,
  where: string,
  ctx: Context,
  location: SourceLocation,
  depth: number,
): DescriptionNode | undefined {
  const text = scalarString(node);
  if (text !== undefined) return { text, children: new Map(), location };
  if (!isMap(node) || depth > MAX_DESCRIPTION_DEPTH) {
    const why = depth > MAX_DESCRIPTION_DEPTH ? 'nested too deeply' : `${describeNode(node)}`;
    ctx.bag.add('wrongType', `\`${where}\` is ${why}, expected a text or a mapping of texts`, ctx.at(node, location));
    return undefined;
  }
  const children = new Map<string, DescriptionNode>();
  for (const pair of mapPairs(node)) {
    const child = readDescriptionNode(pair.value, `${where}.${pair.key}`, ctx, ctx.at(pair.keyNode, location), depth + 1);
    if (child) children.set(pair.key, child);
  }
  return { children, location };
}

function readReference(node: unknown, ctx: Context): RawEntry[] {
  if (!isMap(node)) {
    ctx.bag.add('missingReference', `\`reference\` is ${describeNode(node)}, expected a mapping of languages`, ctx.at(node));
    return [];
  }
  const entries: RawEntry[] = [];
  for (const { key: language, keyNode, value } of mapPairs(node)) {
    if (!isReferenceLanguage(language)) {
      ctx.bag.add(
        'unknownLanguage',
        `unknown language \`${language}\` in \`reference\`; expected one of ${REFERENCE_LANGUAGES.join(', ')}${didYouMean(language, REFERENCE_LANGUAGES, REFERENCE_LANGUAGE_ALIASES)}`,
        ctx.at(keyNode),
      );
      continue;
    }
    if (!isSeq(value)) {
      ctx.bag.add('wrongType', `\`reference.${language}\` is ${describeNode(value)}, expected a list of models`, ctx.at(value, ctx.at(keyNode)));
      continue;
    }
    for (const item of value.items) {
      const entry = readEntry(item, language, ctx);
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

function requireString(map: YAMLMap, key: string, where: string, ctx: Context): string | undefined {
  const pair = getPair(map, key);
  if (!pair) {
    ctx.bag.add('missingKey', `${where} has no \`${key}\``, ctx.at(map));
    return undefined;
  }
  const text = scalarString(pair.value);
  if (text === undefined || text === '') {
    ctx.bag.add('wrongType', `\`${key}\` of ${where} is ${text === '' ? 'empty' : describeNode(pair.value)}, expected a string`, ctx.at(pair.value, ctx.at(pair.keyNode)));
  }
  return text || undefined;
}

function optionalString(map: YAMLMap, key: string, where: string, ctx: Context): string | undefined {
  const pair = getPair(map, key);
  if (!pair) return undefined;
  const text = scalarString(pair.value);
  if (text === undefined) {
    ctx.bag.add('wrongType', `\`${key}\` of ${where} is ${describeNode(pair.value)}, expected a string`, ctx.at(pair.value, ctx.at(pair.keyNode)));
  }
  return text;
}

/** `value` if it is safe as part of a file path; else a diagnostic at it, and undefined. */
function pathName(map: YAMLMap, key: string, value: string | undefined, where: string, ctx: Context): string | undefined {
  const reason = value === undefined ? undefined : unsafeNameReason(value);
  if (!reason) return value;
  ctx.bag.add('unsafeName', `\`${key}\` of ${where} is \`${truncate(value ?? '')}\`, which ${reason}`, ctx.at(getPair(map, key)?.value));
  return undefined;
}

function titleName(map: YAMLMap, title: string | undefined, where: string, ctx: Context): string | undefined {
  const unsafe = title === undefined ? undefined : unsafeTitlePackage(title);
  if (!unsafe) return title;
  ctx.bag.add('unsafeName', `the package \`${truncate(unsafe.qualifier)}\` in the \`title\` of ${where} ${unsafe.reason}`, ctx.at(getPair(map, 'title')?.value));
  return undefined;
}

function readEntry(node: unknown, language: string, ctx: Context): RawEntry | undefined {
  const where = `a \`${language}\` model entry`;
  if (!isMap(node)) {
    ctx.bag.add('wrongType', `${where} is ${describeNode(node)}, expected a mapping`, ctx.at(node));
    return undefined;
  }
  checkKeys(node, ENTRY_KEYS, where, ctx);
  const key = pathName(node, 'key', requireString(node, 'key', where, ctx), where, ctx);
  const id = pathName(node, 'id', requireString(node, 'id', where, ctx), where, ctx);
  const title = titleName(node, optionalString(node, 'title', where, ctx), where, ctx);
  const url = optionalString(node, 'url', where, ctx);
  const props = getPair(node, 'properties');
  const properties: RawProperty[] = [];
  const entryWhere = `the \`${language}\` entry \`${key ?? '?'}\``;
  if (!props) {
    ctx.bag.add('missingKey', `${entryWhere} has no \`properties\``, ctx.at(node));
  } else if (!isSeq(props.value)) {
    ctx.bag.add('wrongType', `\`properties\` of ${entryWhere} is ${describeNode(props.value)}, expected a list`, ctx.at(props.value, ctx.at(props.keyNode)));
  } else {
    for (const item of props.value.items) {
      const property = readProperty(item, entryWhere, ctx);
      if (property) properties.push(property);
    }
  }
  if (key === undefined || id === undefined) return undefined;
  return { language: language as RawEntry['language'], key, id, title, url, properties, location: ctx.at(node) };
}

function readProperty(node: unknown, entryWhere: string, ctx: Context): RawProperty | undefined {
  if (!isMap(node)) {
    ctx.bag.add('wrongType', `a property of ${entryWhere} is ${describeNode(node)}, expected a mapping`, ctx.at(node));
    return undefined;
  }
  const location = ctx.at(node);
  const keyPair = getPair(node, 'key');
  const key = keyPair ? scalarString(keyPair.value) : undefined;
  const where = key ? `property \`${key}\` of ${entryWhere}` : `a property of ${entryWhere}`;
  if (!keyPair) ctx.bag.add('missingKey', `${where} has no \`key\``, location, 'give the property the member name it has in that language: `key: name`');
  else if (!key) ctx.bag.add('wrongType', `\`key\` of ${where} is ${describeNode(keyPair.value)}, expected a string`, ctx.at(keyPair.value, location));
  checkKeys(node, PROPERTY_KEYS, where, ctx);
  const type = requireString(node, 'type', where, ctx);
  const optional = readFlag(node, 'optional', where, ctx);
  const deprecated = readFlag(node, 'deprecated', where, ctx);
  const reference = readReferencePath(node, where, ctx);
  if (!key || type === undefined || optional === undefined || deprecated === undefined || !reference) return undefined;
  return {
    key,
    type,
    optional,
    ...(deprecated ? { deprecated } : {}),
    reference: reference.path,
    location,
    typeLocation: ctx.at(getPair(node, 'type')?.value, location),
    referenceLocation: reference.location,
  };
}

/** The keys an entry and a property may have: the format is closed there, so a misspelt `optinal` cannot quietly leave a field required. */
const ENTRY_KEYS = ['url', 'key', 'id', 'title', 'properties'];
const PROPERTY_KEYS = ['key', 'type', 'optional', 'deprecated', 'description'];

function checkKeys(node: YAMLMap, known: readonly string[], where: string, ctx: Context): void {
  for (const { key, keyNode } of mapPairs(node)) {
    if (known.includes(key)) continue;
    const suggestion = didYouMean(key, known);
    ctx.bag.add('unknownSpecKey', `unknown key \`${key}\` in ${where}${suggestion || `; expected ${known.join(', ')}`}`, ctx.at(keyNode));
  }
}

/** A property's `optional: true` or `deprecated: true`; absent is false. */
function readFlag(node: YAMLMap, flag: 'optional' | 'deprecated', where: string, ctx: Context): boolean | undefined {
  const pair = getPair(node, flag);
  if (!pair) return false;
  if (isScalar(pair.value) && typeof pair.value.value === 'boolean') return pair.value.value;
  ctx.bag.add('wrongType', `\`${flag}\` of ${where} is ${describeNode(pair.value)}, expected true or false`, ctx.at(pair.value, ctx.at(pair.keyNode)));
  return undefined;
}

function readReferencePath(node: YAMLMap, where: string, ctx: Context): { path: string[]; location: SourceLocation } | undefined {
  const pair = getPair(node, 'description');
  if (!pair) {
    ctx.bag.add('missingKey', `${where} has no \`description\``, ctx.at(node), 'add `description: (model.field)` pointing into `descriptions`');
    return undefined;
  }
  const location = ctx.at(pair.value, ctx.at(pair.keyNode));
  const text = scalarString(pair.value);
  const match = text === undefined ? null : REFERENCE_PATTERN.exec(text.trim());
  if (!match) {
    const shown = text === undefined ? describeNode(pair.value) : `\`${truncate(text)}\``;
    ctx.bag.add('badDescriptionReference', `the description of ${where} is ${shown}, not a reference`, location);
    return undefined;
  }
  return { path: match[1].split('.'), location };
}

function truncate(text: string, max = 60): string {
  const oneLine = printable(text.replace(/\s+/g, ' '));
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}
