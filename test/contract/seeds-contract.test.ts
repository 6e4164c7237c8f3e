/**
 * The seeds against the published WorkOS OpenAPI document (the pinned
 * devDependency @workos/openapi-spec@0.1.0): every disagreement issue 16
 * lists, with its exact text and its place in the docs page. The harvested
 * real payloads agree with the API on each of them (metadata, raw_attributes,
 * external_key and object are sent; domain is sometimes absent).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintAgainstContract } from '../../src/contract/lint-contract';
import { DiagnosticBag, sortDiagnostics } from '../../src/diagnostics/diagnostic';
import { formatDiagnostic } from '../../src/diagnostics/format-text';
import { readContract } from '../../src/openapi/read-contract';
import { readSpecs } from '../../src/pipeline';
import { REPO_ROOT } from '../support/render';

const CONTRACT = 'node_modules/@workos/openapi-spec/open-api-spec.yaml';
const bag = new DiagnosticBag();
const contract = readContract(CONTRACT, fs.readFileSync(path.join(REPO_ROOT, CONTRACT), 'utf8'), bag);
const specs = readSpecs(['specs/directory.mdx', 'specs/directory-group.mdx'].map((f) => path.join(REPO_ROOT, f)));
const relative = (text: string) => text.split(`${REPO_ROOT}${path.sep}`).join('');
const run = (names: Record<string, string> = {}, modelSet = specs.modelSet) => (contract ? sortDiagnostics(lintAgainstContract(modelSet, contract, names)).map((d) => relative(formatDiagnostic(d))) : []);
const firstLines = (texts: readonly string[]) => texts.map((t) => t.split('\n')[0]);

test('the published document reads without a diagnostic: 157 component schemas', () => {
  expect(bag.all).toEqual([]);
  expect(contract?.openapi).toBe('3.1.1');
  expect(contract?.schemas).toHaveLength(157);
});

test('Directory and Directory Group against the API: every finding, each at its place in the docs page (the specs, read by absolute path, sort before the relative contract path)', () => {
  expect(firstLines(run())).toEqual([
    `specs/directory-group.mdx:17:7 - warning MG110: \`directory_group\`: the API's \`DirectoryGroup\` (${CONTRACT}:20633:9) has \`object\`; the docs lack it in curl, js, go, python, ruby and php`,
    `specs/directory-group.mdx:17:7 - warning MG110: \`directory_group\`: the API's \`DirectoryGroup\` (${CONTRACT}:20659:9) has \`raw_attributes\`; no language of the docs documents it`,
    `specs/directory-group.mdx:31:11 - warning MG112: \`directory_group.organization_id\` is optional in curl, js, go, java, ruby, php and dotnet, but required in the API's \`DirectoryGroup\` (${CONTRACT}:20651:9)`,
    `specs/directory-group.mdx:104:7 - warning MG110: \`directory_group\`: the API's \`DirectoryGroup\` (${CONTRACT}:20651:9) has \`organization_id\`; the docs lack it in python`,
    `specs/directory.mdx:103:7 - warning MG110: \`directory\`: the API's \`Directory\` (${CONTRACT}:20478:9) has \`object\`; the docs lack it in curl, go, ruby and php`,
    `specs/directory.mdx:103:7 - warning MG110: \`directory\`: the API's \`Directory\` (${CONTRACT}:20492:9) has \`external_key\`; the docs lack it in curl, python, ruby, php and dotnet`,
    `specs/directory.mdx:103:7 - warning MG110: \`directory\`: the API's \`Directory\` (${CONTRACT}:20542:9) has \`metadata\`; no language of the docs documents it`,
    `specs/directory.mdx:111:11 - warning MG112: \`directory.domain\` is required in curl, js, go, python, ruby, php and dotnet, but optional in the API's \`Directory\` (${CONTRACT}:20538:9)`,
    `specs/directory.mdx:117:11 - warning MG112: \`directory.organization_id\` is optional in curl, js, go, java, python, ruby, php and dotnet, but required in the API's \`Directory\` (${CONTRACT}:20486:9)`,
    `specs/directory.mdx:124:11 - warning MG115: the API (${CONTRACT}:20496:9) lists 21 values of \`directory.type\`; \`directory.type.lowercase\` lists 12: missing \`cyberark scim v2.0\`, \`fourth hr\`, \`hibob\`, \`sailpoint scim v2.0\`, \`personio\`, \`rippling scim v2.0\`, \`s3\`, \`sftp\` and \`sftp workday\``,
    `specs/directory.mdx:353:11 - warning MG112: \`directory.external_key\` is optional in java, but required in the API's \`Directory\` (${CONTRACT}:20492:9)`,
    `specs/directory.mdx:361:11 - warning MG116: \`directory.state.titlecase\` lists \`active\` and \`inactive\`, which the API (${CONTRACT}:20522:9) does not send as \`state\``,
    `specs/directory.mdx:364:11 - warning MG115: the API (${CONTRACT}:20496:9) lists 21 values of \`directory.type\`; \`directory.type.titlecase\` lists 17: missing \`sailpoint scim v2.0\`, \`personio\`, \`rippling scim v2.0\`, \`s3\`, \`sftp\` and \`sftp workday\``,
    `specs/directory.mdx:364:11 - warning MG116: \`directory.type.titlecase\` lists \`gusto\` and \`rippling\`, which the API (${CONTRACT}:20496:9) does not send as \`type\``,
    `${CONTRACT}:16601:3 - warning MG118: 155 of the 157 schemas in ${CONTRACT} are documented by no page: \`UserObject\`, \`UserConsentOption\`, \`UserManagementLoginRequest\`, \`ValidateApiKeyDto\`, \`RedirectUriDto\`, ...`,
  ]);
});

test('each finding says what to change, and where', () => {
  const hints = run().map((t) => t.split('\n')[1]);
  expect(hints).toContain(
    '  hint: add `metadata` to reference.curl, reference.js, reference.go, reference.java, reference.python, reference.ruby, reference.php and reference.dotnet in specs/directory.mdx, unless those SDKs leave it out',
  );
  expect(hints).toContain('  hint: add `external_key` to reference.curl, reference.python, reference.ruby, reference.php and reference.dotnet in specs/directory.mdx, unless those SDKs leave it out');
  expect(hints).toContain('  hint: mark `domain` `optional: true` in curl, js, go, python, ruby, php and dotnet in specs/directory.mdx');
  expect(hints).toContain('  hint: remove `optional: true` from `organization_id` in curl, js, go, java, python, ruby, php and dotnet in specs/directory.mdx');
  expect(hints).toContain(
    '  hint: add `cyberark scim v2.0`, `fourth hr`, `hibob`, `sailpoint scim v2.0`, `personio`, `rippling scim v2.0`, `s3`, `sftp` and `sftp workday` to `directory.type.lowercase` in specs/directory.mdx',
  );
});

test('Directory User: `contractNames` picks DirectoryUserWithGroups over DirectoryUser, which shares its `object` const', () => {
  const user = readSpecs([path.join(REPO_ROOT, 'specs')]).modelSet;
  const lines = firstLines(run({}, user)).filter((l) => l.includes('directory-user.mdx'));
  expect(lines).toContain(`specs/directory-user.mdx:96:11 - warning MG111: \`directory_user.groups\` (wire name \`groups\`) is not in the API's \`DirectoryUser\` (${CONTRACT}:21170:5)`);
  const mapped = firstLines(run({ directory_user: 'DirectoryUserWithGroups' }, user)).filter((l) => l.includes('directory-user.mdx'));
  expect(mapped.filter((l) => l.includes('groups'))).toEqual([]);
  expect(mapped).toContain(`specs/directory-user.mdx:45:7 - warning MG110: \`directory_user\`: the API's \`DirectoryUserWithGroups\` (${CONTRACT}:20765:9) has \`name\`; no language of the docs documents it`);
});
