/**
 * The whole WorkOS OpenAPI document in PHP (issue 15): every component
 * renders, compiles (what `php -l` checks) and passes phpcs PSR-12, loads through a PSR-4
 * autoloader, and every payload built from the document (one per model
 * shape, one per union variant, one unknown tag per discriminated union)
 * reads and writes back equal from JSON text, from arrays and strictly. One
 * phpcs run and one driver process for all of it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { phpRunClasses, phpTarget } from '../../src/targets/php';
import { readerKey, unknownKey } from '../../src/targets/php/class-refs';
import { TemplateEngine } from '../../src/render/template-engine';
import { TargetInput } from '../../src/targets/target';
import { workosModelSet } from '../support/workos-openapi';
import { payloadsFor, UNKNOWN_TAG } from '../support/openapi-payloads';
import { shapeFixtures } from '../support/openapi-shape-cases';
import { writeTemp } from '../support/render';
import { describeWithToolchain } from '../support/toolchain';
import { phpCheck, phpDriver } from '../support/drivers';

const NAMESPACE = 'WorkOS\\Api';

describeWithToolchain('php renders the whole WorkOS OpenAPI document', ['php', 'phpcs'], () => {
  const modelSet = workosModelSet();
  const input: TargetInput = { ...modelSet, options: { namespace: NAMESPACE, psr4Prefix: '', dateTime: 'string' }, dir: 'php' };
  const files = phpTarget.render(input, new TemplateEngine());
  const classes = phpRunClasses(input);
  const event = modelSet.unions.find((u) => u.id === 'event_schema');

  test('EventSchema is one interface with a reader dispatching its 93 variants on `event`, and an Unknown class', () => {
    const name = classes.get('event_schema') as string;
    const reader = files.find((f) => f.path === `php/WorkOS/Api/${classes.get(readerKey('event_schema'))}.php`)?.contents ?? '';
    expect(event?.discriminator?.wireName).toBe('event');
    expect(reader.match(/::fromArray\(/g)).toHaveLength(93);
    expect(files.map((f) => f.path)).toContain(`php/WorkOS/Api/${classes.get(unknownKey('event_schema'))}.php`);
    const variant = (event?.bindings.find((b) => b.language === 'php')?.variants[0].type as { modelId: string }).modelId;
    expect(files.find((f) => f.path === `php/WorkOS/Api/${classes.get(variant)}.php`)?.contents).toMatch(new RegExp(`\\nfinal class \\w+ implements \\\\JsonSerializable, ${name}\\n`));
  });

  test('compiles, passes phpcs, and every payload round-trips from JSON text, from arrays and strictly', () => {
    const dir = writeTemp(files, 'modelgen-php-workos-');
    phpCheck(dir);
    const payloads = payloadsFor(modelSet);
    expect(payloads.filter((p) => p.json !== null && typeof p.json === 'object' && (p.json as Record<string, unknown>).event === UNKNOWN_TAG).length).toBeGreaterThan(0);
    const fixtures = shapeFixtures(fs.mkdtempSync(path.join(dir, 'payloads-')), payloads);
    const kinds = new Map(payloads.map((p) => [p.name, p.kind]));
    const classOf = (id: string) => `${NAMESPACE}\\${classes.get(modelSet.unions.some((u) => u.id === id) ? readerKey(id) : id) as string}`;
    const results = phpDriver(dir, modelSet, fixtures, ['json', 'array', 'strict'], classOf);
    const wrong = results.filter((r) => JSON.stringify(r.json) !== JSON.stringify(fixtures.find((f) => f.name === r.fixture)?.payload) || r.error !== undefined);
    expect({ wrong: wrong.slice(0, 5), count: wrong.length }).toEqual({ wrong: [], count: 0 });
    expect(results).toHaveLength(3 * payloads.length);
    expect([...kinds.values()]).toContain('union');
  });
});
