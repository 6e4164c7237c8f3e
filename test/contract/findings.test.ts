/**
 * One hand-made contract (test/fixtures/contracts/findings.yaml) and one
 * spec (findings-spec.yaml) with a case of every contract finding, through
 * the real CLI: each finding at its place in the spec, the contract's place
 * in the message.
 */
import { modelgen } from '../support/cli';
import { REPO_ROOT } from '../support/render';

const SPEC = 'test/fixtures/contracts/findings-spec.yaml';
const CONTRACT = 'test/fixtures/contracts/findings.yaml';
const result = modelgen(['lint', '--specs', SPEC, '--contract', CONTRACT], REPO_ROOT);
const lines = result.stdout.split('\n');
const finding = (code: string) => lines.filter((l) => l.includes(` ${code}: `));

test('findings are warnings: lint exits 0', () => {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

test.each([
  [
    'MG110 fields the API has and the docs lack: in no language, or in the languages listed',
    [
      `${SPEC}:30:7 - warning MG110: \`widget\`: the API's \`Widget\` (${CONTRACT}:16:9) has \`part\`; the docs lack it in curl`,
      `${SPEC}:30:7 - warning MG110: \`widget\`: the API's \`Widget\` (${CONTRACT}:18:9) has \`label\`; the docs lack it in curl`,
      `${SPEC}:30:7 - warning MG110: \`widget\`: the API's \`Widget\` (${CONTRACT}:20:9) has \`size\`; no language of the docs documents it`,
      `${SPEC}:71:7 - warning MG110: \`widget\`: the API's \`Widget\` (${CONTRACT}:11:9) has \`count\`; the docs lack it in java`,
      `${SPEC}:71:7 - warning MG110: \`widget\`: the API's \`Widget\` (${CONTRACT}:12:9) has \`tags\`; the docs lack it in java`,
    ],
  ],
  ['MG111 fields the docs have and the API lacks', [`${SPEC}:53:11 - warning MG111: \`widget.extra\` (wire name \`extra\`) is not in the API's \`Widget\` (${CONTRACT}:5:5)`]],
  [
    'MG112 optional against required, per language',
    [
      `${SPEC}:37:11 - warning MG112: \`widget.id\` is optional in curl, but required in the API's \`Widget\` (${CONTRACT}:10:9)`,
      `${SPEC}:44:11 - warning MG112: \`widget.tags\` is required in curl, but optional in the API's \`Widget\` (${CONTRACT}:12:9)`,
      `${SPEC}:47:11 - warning MG112: \`widget.note\` is required in curl and java, but optional in the API's \`Widget\` (${CONTRACT}:17:9)`,
      `${SPEC}:60:11 - warning MG112: \`part.sku\` is required in curl and java, but optional in the API's \`Part\` (${CONTRACT}:24:9)`,
      `${SPEC}:81:11 - warning MG112: \`widget.part\` is required in java, but optional in the API's \`Widget\` (${CONTRACT}:16:9)`,
      `${SPEC}:87:11 - warning MG112: \`widget.label\` is required in java, but optional in the API's \`Widget\` (${CONTRACT}:18:9)`,
    ],
  ],
  [
    'MG113 nullable both ways',
    [
      `${SPEC}:84:11 - warning MG113: \`widget.note\` may be null in java, but never is in the API's \`Widget\` (${CONTRACT}:17:9)`,
      `${SPEC}:87:11 - warning MG113: \`widget.label\` may be null in the API's \`Widget\` (${CONTRACT}:18:9), but not in java`,
    ],
  ],
  [
    'MG114 string against integer, list against object, one model against another',
    [
      `${SPEC}:41:11 - warning MG114: \`widget.count\` is string in curl, but integer in the API's \`Widget\` (${CONTRACT}:11:9)`,
      `${SPEC}:44:11 - warning MG114: \`widget.tags\` is array of any JSON value in curl, but object in the API's \`Widget\` (${CONTRACT}:12:9)`,
      `${SPEC}:81:11 - warning MG114: \`widget.part\` is model \`part\` in java, but \`Gear\` in the API's \`Widget\` (${CONTRACT}:16:9)`,
    ],
  ],
  [
    'MG115 values the API has that a variant does not list, per variant',
    [
      `${SPEC}:50:11 - warning MG115: the API (${CONTRACT}:19:9) lists 3 values of \`widget.color\`; \`widget.color.lowercase\` lists 2: missing \`green\``,
      `${SPEC}:90:11 - warning MG115: the API (${CONTRACT}:19:9) lists 3 values of \`widget.color\`; \`widget.color.titlecase\` lists 3: missing \`green\``,
    ],
  ],
  ['MG116 values a variant lists that the API lacks', [`${SPEC}:90:11 - warning MG116: \`widget.color.titlecase\` lists \`purple\`, which the API (${CONTRACT}:19:9) does not send as \`color\``]],
  [
    'MG117 a docs model with no contract schema',
    [`${SPEC}:63:7 - warning MG117: \`gadget\` has no schema in ${CONTRACT}: the docs give no \`object\` literal, none is named \`Gadget\` and \`contractNames\` has no entry for it`],
  ],
  ['MG118 one summary line for the schemas no page documents', [`${CONTRACT}:4:3 - warning MG118: 2 of the 4 schemas in ${CONTRACT} are documented by no page: \`Gear\` and \`Unused\``]],
])('%s', (_name, expected) => {
  expect(finding(expected[0].split(' ')[3].replace(':', ''))).toEqual(expected);
});

test('each kind has a hint saying what to change where', () => {
  expect(result.stdout).toContain(`has \`size\`; no language of the docs documents it\n  hint: add \`size\` to reference.curl and reference.java in ${SPEC}, unless those SDKs leave it out\n`);
  expect(result.stdout).toContain(`has \`part\`; the docs lack it in curl\n  hint: add \`part\` to reference.curl in ${SPEC}\n`);
  expect(result.stdout).toContain(`\n  hint: make \`count\` integer in curl in ${SPEC}\n`);
  expect(result.stdout).toContain(`\n  hint: spell the type of \`label\` nullable in java in ${SPEC}\n`);
  expect(result.stdout).toContain(`\n  hint: add \`green\` to \`widget.color.lowercase\` in ${SPEC}\n`);
});
