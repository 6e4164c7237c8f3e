import * as fs from 'node:fs';
import * as path from 'node:path';
import { modelgen, tempProject } from '../support/cli';
import { REPO_ROOT } from '../support/render';

const fixture = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/contracts', name), 'utf8');
const project = (files: Record<string, string> = {}) => tempProject({ 'api/openapi.yaml': fixture('findings.yaml'), 'specs/findings.yaml': fixture('findings-spec.yaml'), ...files });
const SPECS = ['--specs', 'specs/findings.yaml'];

describe('lint --contract', () => {
  test('--strict exits 1 on contract findings', () => {
    const dir = project();
    const result = modelgen(['lint', ...SPECS, '--contract', 'api/openapi.yaml', '--strict'], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('warning MG111: `widget.extra` (wire name `extra`) is not in the API\'s `Widget` (api/openapi.yaml:5:5)');
  });

  test('--format json and --format github carry the findings', () => {
    const dir = project();
    const json = JSON.parse(modelgen(['lint', ...SPECS, '--contract', 'api/openapi.yaml', '--format', 'json'], dir).stdout);
    expect(json.status).toBe('findings');
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ code: 'MG117', severity: 'warning', file: 'specs/findings.yaml', line: 63, column: 7 }));
    const github = modelgen(['lint', ...SPECS, '--contract', 'api/openapi.yaml', '--format', 'github'], dir, { GITHUB_WORKSPACE: '' }).stdout;
    expect(github).toContain('::warning file=specs/findings.yaml,line=53,col=11,title=modelgen MG111::`widget.extra` (wire name `extra`) is not in the API\'s `Widget` (api/openapi.yaml:5:5)');
  });

  test('`contract:` in the config is relative to the config\'s folder; `contractNames` maps a model to a schema', () => {
    const dir = project({ 'conf/modelgen.config.yaml': 'specs: ../specs/findings.yaml\ncontract: ../api/openapi.yaml\ncontractNames:\n  gadget: Unused\n' });
    const result = modelgen(['lint', '--config', 'conf/modelgen.config.yaml'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("specs/findings.yaml:67:11 - warning MG111: `gadget.id` (wire name `id`) is not in the API's `Unused` (api/openapi.yaml:29:5)");
    expect(result.stdout).not.toContain('MG117');
    expect(result.stdout).toContain('warning MG118: 1 of the 4 schemas in api/openapi.yaml are documented by no page: `Gear`');
  });

  test('an unreadable or missing contract is an error: exit 2', () => {
    const dir = project({ 'bad.yaml': 'swagger: "2.0"\n' });
    const bad = modelgen(['lint', ...SPECS, '--contract', 'bad.yaml'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain('bad.yaml:1:1 - error MG220: bad.yaml has no top-level `openapi:` key, so it is not an OpenAPI document');
    const missing = modelgen(['lint', ...SPECS, '--contract', 'nope.yaml'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain("error MG220: cannot read contract 'nope.yaml': ENOENT");
  });

  test('a $ref that points at nothing is an error at its place in the contract: exit 2, no findings against a half-read contract', () => {
    const dir = project({ 'api/openapi.yaml': fixture('findings.yaml').replace("$ref: '#/components/schemas/Gear'", "$ref: '#/components/schemas/Gears'") });
    const result = modelgen(['lint', ...SPECS, '--contract', 'api/openapi.yaml'], dir);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('api/openapi.yaml:16:23 - error MG221: `$ref: #/components/schemas/Gears` points at nothing in the document');
    expect(result.stdout).not.toContain('MG110');
  });
});
