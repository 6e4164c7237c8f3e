/**
 * `modelgen.config.yaml`: defaults for a repository's runs. Every key is
 * declared here with its type; an unknown key or a wrong type is a
 * diagnostic with its position. Paths are relative to the config file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { DiagnosticBag } from '../diagnostics/diagnostic';
import { COMMON_TARGET_OPTIONS, findTarget, TARGET_NAMES } from '../targets/registry';
import { describeNode, isMap, isScalar, isSeq, Locate, locationOf, mapPairs, scalarString } from '../validate/yaml-nodes';

export const DEFAULT_CONFIG_FILE = 'modelgen.config.yaml';

export interface Config {
  readonly file?: string;
  readonly specs?: readonly string[];
  readonly out?: string;
  readonly languages?: readonly string[];
  readonly templates?: string;
  /** Per-target options (`package`, `namespace`, `dir`, ...), by target name. */
  readonly targets: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const TOP_LEVEL_KEYS = {
  $schema: 'the JSON Schema editors use to check this file',
  specs: 'spec files or folders (a string or a list)',
  out: 'the output folder',
  languages: 'targets to generate (a list)',
  templates: 'a folder whose files override the built-in templates',
  targets: 'per-language options, by target name',
} as const;

/** Reads the config: the given file, else `modelgen.config.yaml` in `cwd` if present. */
export function loadConfig(explicit: string | undefined, cwd: string, bag: DiagnosticBag): Config {
  const file = explicit ?? (fs.existsSync(path.join(cwd, DEFAULT_CONFIG_FILE)) ? DEFAULT_CONFIG_FILE : undefined);
  if (!file) return { targets: {} };
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    bag.add('configInvalid', `cannot read config file '${file}'`, undefined, 'check the --config path');
    return { targets: {} };
  }
  return parseConfig(file, text, bag);
}

export function parseConfig(file: string, text: string, bag: DiagnosticBag): Config {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const locate: Locate = (offset) => {
    const p = lines.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const start = { file, line: 1, column: 1 };
  const at = (node: unknown) => locationOf(node, locate, start);
  for (const error of doc.errors) bag.add('configInvalid', `invalid YAML: ${error.message.split('\n')[0]}`, locate(error.pos[0]));
  if (doc.errors.length > 0 || doc.contents === null) return { file, targets: {} };
  if (!isMap(doc.contents)) {
    bag.add('configInvalid', `the config is ${describeNode(doc.contents)}, expected a mapping`, at(doc.contents));
    return { file, targets: {} };
  }
  const base = path.dirname(file);
  const resolvePath = (p: string) => path.join(base, p);
  const config: { -readonly [K in keyof Config]: Config[K] } = { file, targets: {} };
  for (const { key, keyNode, value } of mapPairs(doc.contents)) {
    const wrong = (expected: string) => bag.add('configInvalid', `\`${key}\` is ${describeNode(value)}, expected ${expected}`, at(value));
    if (key === 'specs') {
      const list = stringList(value);
      if (list) config.specs = list.map(resolvePath);
      else wrong('a string or a list of strings');
    } else if (key === 'languages') {
      const list = isSeq(value) ? stringList(value) : undefined;
      if (!list) wrong('a list of target names');
      for (const [i, name] of (list ?? []).entries()) {
        if (!TARGET_NAMES.includes(name as never)) bag.add('unknownTarget', `unknown language \`${name}\``, at(isSeq(value) ? value.items[i] : value));
      }
      config.languages = list;
    } else if (key === 'out' || key === 'templates') {
      const text = scalarString(value);
      if (text === undefined) wrong('a path');
      else config[key] = resolvePath(text);
    } else if (key === 'targets') {
      config.targets = readTargets(value, at, bag);
    } else if (key !== '$schema') {
      bag.add('configInvalid', `unknown key \`${key}\`; expected one of ${Object.keys(TOP_LEVEL_KEYS).join(', ')}`, at(keyNode));
    }
  }
  return config;
}

function stringList(node: unknown): string[] | undefined {
  const single = scalarString(node);
  if (single !== undefined) return [single];
  if (!isSeq(node)) return undefined;
  const items = node.items.map(scalarString);
  return items.every((i): i is string => i !== undefined) ? items : undefined;
}

function readTargets(node: unknown, at: (n: unknown) => ReturnType<Locate>, bag: DiagnosticBag): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  if (!isMap(node)) {
    bag.add('configInvalid', `\`targets\` is ${describeNode(node)}, expected a mapping of target names`, at(node));
    return result;
  }
  for (const { key: name, keyNode, value } of mapPairs(node)) {
    const target = findTarget(name);
    if (!target) {
      bag.add('unknownTarget', `unknown target \`${name}\` in \`targets\``, at(keyNode));
      continue;
    }
    if (!isMap(value)) {
      if (!(isScalar(value) && value.value === null)) bag.add('configInvalid', `\`targets.${name}\` is ${describeNode(value)}, expected a mapping`, at(value));
      continue;
    }
    const known = [...COMMON_TARGET_OPTIONS, ...target.options];
    const options: Record<string, string> = {};
    for (const option of mapPairs(value)) {
      const spec = known.find((k) => k.key === option.key);
      const text = scalarString(option.value);
      if (!spec) {
        const expected = known.map((k) => k.key).join(', ');
        bag.add('configInvalid', `unknown option \`${option.key}\` for target \`${name}\`; expected ${expected}`, at(option.keyNode));
      } else if (text === undefined || text === '') {
        bag.add('configInvalid', `\`targets.${name}.${option.key}\` is ${describeNode(option.value)}, expected a non-empty string`, at(option.value));
      } else {
        const problem = 'validate' in spec && spec.validate ? spec.validate(text) : undefined;
        if (problem) bag.add('configInvalid', `\`targets.${name}.${option.key}\`: ${problem}`, at(option.value));
        else options[option.key] = text;
      }
    }
    result[name] = options;
  }
  return result;
}

