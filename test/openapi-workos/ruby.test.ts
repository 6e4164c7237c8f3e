/**
 * The whole WorkOS OpenAPI document in Ruby (issue 15): every component
 * renders, passes `ruby -wc` and rubocop, loads through the entry file and
 * autoload, and every payload built from the document (one per model shape,
 * one per union variant, one unknown tag per discriminated union) reads and
 * writes back equal from JSON text and from symbol keys, and strictly. One
 * rubocop run and one driver process for all of it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rubyTarget } from '../../src/targets/ruby';
import { TemplateEngine } from '../../src/render/template-engine';
import { workosModelSet } from '../support/workos-openapi';
import { payloadsFor, UNKNOWN_TAG } from '../support/openapi-payloads';
import { shapeFixtures } from '../support/openapi-shape-cases';
import { writeTemp } from '../support/render';
import { describeWithToolchain } from '../support/toolchain';
import { rubyCheck, rubyDriver } from '../support/drivers';

const MODULE = 'WorkOS::Api';

describeWithToolchain('ruby renders the whole WorkOS OpenAPI document', ['ruby', 'rubocop'], () => {
  const modelSet = workosModelSet();
  const files = rubyTarget.render({ ...modelSet, options: { module: MODULE, entry: '', dateTime: 'string' }, dir: 'ruby' }, new TemplateEngine());

  test('EventSchema is one module whose read dispatches its 93 variants on `event`, with its Unknown', () => {
    const event = files.find((f) => f.path === 'ruby/lib/workos/api/event_schema.rb')?.contents ?? '';
    expect(event).toContain("\n        case union.tag('event')\n");
    expect(event.match(/^ {8}when '[^']+' then \w+\.new\(value, strict:\)$/gm)).toHaveLength(93);
    expect(event).toContain('\n      class Unknown < ModelRuntime::Unknown\n        include EventSchema\n');
  });

  test('passes ruby -wc and rubocop, and every payload round-trips from JSON text and symbol keys, and strictly', () => {
    const dir = writeTemp(files, 'modelgen-ruby-workos-');
    rubyCheck(dir);
    const payloads = payloadsFor(modelSet);
    expect(payloads.some((p) => p.kind === 'union' && JSON.stringify(p.json).includes(UNKNOWN_TAG))).toBe(true);
    const fixtures = shapeFixtures(fs.mkdtempSync(path.join(dir, 'payloads-')), payloads);
    const lines = rubyDriver(dir, modelSet, fixtures, MODULE);
    const wrong = lines.filter((line, i) => JSON.stringify([line.json, line.symbol_keys, line.strict]) !== JSON.stringify([fixtures[i].payload, fixtures[i].payload, null]));
    expect({ wrong: wrong.slice(0, 5).map((l) => [l.fixture, l.json, l.strict]), count: wrong.length }).toEqual({ wrong: [], count: 0 });
    expect(lines).toHaveLength(payloads.length);
  });
});
