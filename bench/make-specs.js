#!/usr/bin/env node
'use strict';
/**
 * Writes N synthetic specs in the seed format (an `.mdx` page whose front
 * matter documents one model for curl and the seven SDK languages): 10 fields,
 * two of them enums, spelt per language the way the seeds spell them.
 *
 *   node bench/make-specs.js <dir> <N>
 */
const fs = require('node:fs');
const path = require('node:path');

const STATES = ['active', 'inactive', 'pending', 'deleting'];
const KINDS = ['standard', 'premium', 'enterprise', 'trial', 'legacy'];

const title = (word) => word[0].toUpperCase() + word.slice(1);
const camel = (snake) => snake.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (snake) => title(camel(snake));
const list = (values) => values.map((v) => `        - \`${v}\``).join('\n');

/** The fields of every model: [wire name, optional, enum values or undefined]. */
const FIELDS = [
  ['object', false],
  ['id', false],
  ['name', false],
  ['slug', false],
  ['owner_id', true],
  ['state', false, STATES],
  ['kind', false, KINDS],
  ['region', true],
  ['created_at', false],
  ['updated_at', false],
];

/** How each language spells a field's type, and which description variant it references. */
function spelling(lang, model, field) {
  const [wire, , values] = field;
  const typeName = `${pascal(model)}${pascal(wire)}`;
  if (wire === 'object') return { type: `'"${model}"'` };
  const string = { java: 'String', ruby: 'String', python: 'str' }[lang] ?? 'string';
  if (!values) return { type: string };
  if (lang === 'curl') return { type: 'enum', variant: 'lowercase' };
  if (lang === 'js') return { type: typeName, variant: 'lowercase' };
  if (lang === 'go') return { type: `bench.${typeName}`, variant: 'lowercase' };
  if (lang === 'java') return { type: typeName, variant: 'titlecase' };
  return { type: string, variant: 'lowercase' };
}

const KEYS = {
  curl: (w) => w,
  js: camel,
  go: (w) => pascal(w).replace(/Id$/, 'ID'),
  java: (w) => (w === 'object' ? 'obj' : camel(w)),
  python: (w) => w,
  ruby: (w) => w,
  php: camel,
  dotnet: pascal,
};

const TITLES = { curl: (m) => m, js: (m) => `interface ${pascal(m)}`, go: (m) => `bench.${pascal(m)}`, php: (m) => `Bench\\Resource\\${pascal(m)}` };

function reference(lang, model) {
  const properties = FIELDS.map((field) => {
    const { type, variant } = spelling(lang, model, field);
    const optional = field[1] ? '\n          optional: true' : '';
    return `        - key: ${KEYS[lang](field[0])}${optional}\n          type: ${type}\n          description: (${model}.${field[0]}${variant ? `.${variant}` : ''})`;
  });
  const key = lang === 'curl' ? model : pascal(model);
  const titled = (TITLES[lang] ?? ((m) => `class ${pascal(m)}`))(model);
  return `  ${lang}:\n    - url: /reference/bench/${model}\n      key: ${key}\n      id: ${model}\n      title: ${titled}\n      properties:\n${properties.join('\n')}`;
}

function descriptions(model, revision) {
  const human = model.replace(/_/g, ' ');
  const lines = [`    self: 'The [${human}](/reference/bench/${model}) object.'`];
  for (const [wire, , values] of FIELDS) {
    if (!values) {
      lines.push(`    ${wire}: The ${wire.replace(/_/g, ' ')} of the ${human}${revision ? ` (revision ${revision})` : ''}.`);
      continue;
    }
    const text = `The ${wire} of the ${human}.`;
    lines.push(`    ${wire}:`, `      lowercase: |\n        ${text}\n${list(values)}`, `      titlecase: |\n        ${text}\n${list(values.map(title))}`);
  }
  return lines.join('\n');
}

/** One spec page; `revision` changes its descriptions (and so its output) without changing its shape. */
function specText(index, revision = 0) {
  const model = `resource_${String(index).padStart(4, '0')}`;
  const refs = Object.keys(KEYS).map((lang) => reference(lang, model));
  const front = `descriptions:\n  ${model}:\n${descriptions(model, revision)}\nreference:\n${refs.join('\n')}\n`;
  return { file: `${model.replace(/_/g, '-')}.mdx`, text: `---\n${front}---\n\n# ${pascal(model)}\n\nA synthetic model for the benchmark.\n` };
}

function makeSpecs(dir, count) {
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    const { file, text } = specText(i);
    fs.writeFileSync(path.join(dir, file), text);
    files.push(path.join(dir, file));
  }
  return files;
}

/** Rewrites spec `index` with a new revision: one model's descriptions change. */
function touchSpec(dir, index, revision) {
  const { file, text } = specText(index, revision);
  fs.writeFileSync(path.join(dir, file), text);
}

module.exports = { makeSpecs, touchSpec };

if (require.main === module) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !(Number(count) > 0)) {
    process.stderr.write('usage: node bench/make-specs.js <dir> <N>\n');
    process.exit(2);
  }
  makeSpecs(dir, Number(count));
}
