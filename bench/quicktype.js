#!/usr/bin/env node
'use strict';
/**
 * The bench's yardstick: quicktype-core (a devDependency) generating the same
 * models in the same seven languages, in one process, as modelgen does.
 *
 *   node bench/quicktype.js schema <ir.json> <schema.json>   JSON Schema from `modelgen ir` output (not timed)
 *   node bench/quicktype.js run <schema.json> <out dir>      the timed run: every model, seven languages, files written
 *
 * The schema has one definition per model, keyed by the model's id, with its
 * wire keys, which keys are required, and each field's wire type as the IR
 * gives it (the curl binding's, else the first language that documents the
 * field), with the descriptions, which both tools turn into doc comments.
 */
const fs = require('node:fs');
const path = require('node:path');

/** quicktype-core's names for the seven languages modelgen renders. */
const LANGUAGES = ['typescript', 'go', 'java', 'python', 'ruby', 'php', 'csharp'];

function typeSchema(type) {
  switch (type.kind) {
    case 'string':
      return { type: 'string' };
    case 'literal':
      return { type: typeof type.value, enum: [type.value] };
    case 'enum':
      return { type: 'string', enum: type.members.map((m) => m.wireValue) };
    case 'boolean':
    case 'integer':
    case 'number':
      return { type: type.kind };
    case 'any':
      return {};
    case 'list':
      return { type: 'array', items: typeSchema(type.items) };
    case 'map':
      return { type: 'object', additionalProperties: typeSchema(type.values) };
    case 'model':
      return { $ref: `#/definitions/${type.modelId}` };
    case 'nullable':
      return { anyOf: [typeSchema(type.inner), { type: 'null' }] };
    default:
      throw new Error(`bench/quicktype.js: no JSON Schema for type kind ${type.kind}`);
  }
}

function modelSchema(model) {
  const bindings = [...model.bindings].sort((a, b) => (a.language === 'curl' ? -1 : b.language === 'curl' ? 1 : 0));
  const properties = {};
  const required = [];
  for (const field of model.fields) {
    const property = bindings.map((b) => b.properties.find((p) => p.fieldId === field.id)).find(Boolean);
    if (!property) continue;
    properties[field.wireName] = { ...typeSchema(property.type), ...(field.description ? { description: field.description } : {}) };
    if (!field.optional) required.push(field.wireName);
  }
  return { type: 'object', ...(model.description ? { description: model.description } : {}), properties, required, additionalProperties: false };
}

function schemaFromIr(ir) {
  return { $schema: 'http://json-schema.org/draft-07/schema#', definitions: Object.fromEntries(ir.models.map((m) => [m.id, modelSchema(m)])) };
}

async function run(schemaFile, outDir) {
  const { quicktype, InputData, JSONSchemaInput, FetchingJSONSchemaStore } = require('quicktype-core');
  const schema = fs.readFileSync(schemaFile, 'utf8');
  const ids = Object.keys(JSON.parse(schema).definitions);
  fs.mkdirSync(outDir, { recursive: true });
  for (const lang of LANGUAGES) {
    const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
    await input.addSource({ name: 'Models', schema, uris: ids.map((id) => `#/definitions/${id}`) });
    const inputData = new InputData();
    inputData.addInput(input);
    const result = await quicktype({ inputData, lang });
    fs.writeFileSync(path.join(outDir, `models.${lang}`), result.lines.join('\n'));
  }
}

module.exports = { schemaFromIr, LANGUAGES };

if (require.main === module) {
  const [mode, from, to] = process.argv.slice(2);
  if (mode === 'schema') fs.writeFileSync(to, JSON.stringify(schemaFromIr(JSON.parse(fs.readFileSync(from, 'utf8'))), null, 2));
  else if (mode === 'run')
    run(from, to).catch((error) => {
      process.stderr.write(`${error.stack}\n`);
      process.exitCode = 1;
    });
  else {
    process.stderr.write('usage: node bench/quicktype.js schema <ir.json> <schema.json> | run <schema.json> <out dir>\n');
    process.exitCode = 2;
  }
}
