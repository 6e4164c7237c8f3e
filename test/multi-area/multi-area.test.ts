/**
 * A whole API, in small: the seeds (Directory Sync) with Organization (and
 * its domains), the SSO Connection and the User Management User, written
 * from the public WorkOS reference in test/specs/multi-area/. Directory Sync
 * and User Management both document a `User` in Java and .NET, so one
 * package per area is what keeps them apart. Generated together with the
 * seeds' options (modelgen.config.yaml: `com.workos.{area}.models`,
 * `WorkOS.{area}`, `workos.{area}`), every language compiles and
 * round-trips every payload of both fixture sets.
 */
import * as path from 'node:path';
import { modelArea } from '../../src/ir/area';
import { ModelSet } from '../../src/ir/model';
import { renderModels, readSpecs } from '../../src/pipeline';
import { constantNames } from '../../src/targets/java/enum-view';
import { knownFallback } from '../../src/targets/dotnet/view-model';
import { TargetName } from '../../src/targets/target';
import { SdkLanguage } from '../../src/ir/languages';
import { DriverCase, DriverOutput, dotnetRoundTrip, goRoundTrip, javaRoundTrip, phpCheck, phpDriver, pythonRoundTrip, rubyCheck, rubyDriver, typescriptRoundTrip } from '../support/drivers';
import { expectRoundTrips, Fixture, loadFixtures } from '../support/fixtures';
import { defaultRuns, Rendered, renderSpecs, REPO_ROOT, SEED_SPECS, SEED_TARGETS, seedPlace, writeTemp } from '../support/render';
import { describeWithToolchain } from '../support/toolchain';
import { EnumType } from '../../src/ir/model';

const SPECS = [...SEED_SPECS, 'test/specs/multi-area'];
const FIXTURES: Fixture[] = [...loadFixtures(), ...loadFixtures(path.join(REPO_ROOT, 'test', 'fixtures', 'multi-area'))];
const LANGUAGES: readonly TargetName[] = ['typescript', 'go', 'java', 'python', 'ruby', 'php', 'dotnet'];

const renders = new Map<TargetName, Promise<Rendered>>();
function whole(target: TargetName): Promise<Rendered> {
  if (!renders.has(target)) renders.set(target, renderSpecs([target], SPECS));
  return renders.get(target) as Promise<Rendered>;
}

const cases = (modelSet: ModelSet): DriverCase[] => FIXTURES.map((fixture) => ({ fixture, modelSet }));
const check = (modelSet: ModelSet, language: SdkLanguage, outputs: readonly DriverOutput[], unknown?: (type: EnumType) => string) => expectRoundTrips(modelSet, language, FIXTURES, outputs, unknown);
const modelOf = (modelSet: ModelSet, id: string) => modelSet.models.find((m) => m.id === id);

describe('the multi-area specs', () => {
  test('read their areas from the docs: the Go title\'s package, with the url\'s words', async () => {
    const { modelSet } = await whole('typescript');
    const areas = Object.fromEntries(modelSet.models.map((m) => [m.id, modelArea(m).words.join('-')]));
    expect(areas).toMatchObject({ directory: 'directory-sync', organization: 'organizations', organization_domain: 'organizations', connection: 'sso', user: 'user-management' });
  });

  test('have a payload for every model they add', async () => {
    const { modelSet } = await whole('typescript');
    const added = modelSet.models.filter((m) => m.source.path.startsWith('test/specs/multi-area')).map((m) => m.id);
    expect(added.filter((id) => !FIXTURES.some((f) => f.modelId === id) && id !== 'connection_domain')).toEqual([]);
  });

  test.each(LANGUAGES)('%s: generated with the seeds, no two files collide (no MG206)', async (language) => {
    const read = readSpecs(SPECS);
    const rendered = await renderModels(read.modelSet, defaultRuns([language], { [language]: SEED_TARGETS[language] ?? {} }));
    expect(rendered.diagnostics).toEqual([]);
  });

  test('without `{area}`, Java puts both Users in one package: the collision the areas avoid', async () => {
    const read = readSpecs(SPECS);
    const rendered = await renderModels(read.modelSet, defaultRuns(['java'], { java: { package: 'com.workos.models' } }));
    expect(rendered.diagnostics.map((d) => d.code)).toContain('MG206');
  });

  test('each language keeps its documented names, in its area\'s package', async () => {
    const paths = (await Promise.all(LANGUAGES.map(whole))).flatMap((r) => r.files.map((f) => f.path));
    expect(paths).toEqual(
      expect.arrayContaining([
        'java/com/workos/usermanagement/models/User.java',
        'java/com/workos/directorysync/models/User.java',
        'java/com/workos/sso/models/Connection.java',
        'dotnet/UserManagement/User.cs',
        'dotnet/DirectorySync/User.cs',
        'python/workos/user_management/user.py',
        'python/workos/organizations/organization_domain.py',
        'go/usermanagement/user.go',
        'go/sso/connection.go',
        'ruby/lib/workos/user.rb',
        'php/WorkOS/Resource/OrganizationDomain.php',
        'typescript/organization.ts',
      ]),
    );
  });
});

describeWithToolchain('multi-area: typescript', ['node'], () => {
  test('compiles with tsc --strict, passes prettier --check and round-trips every payload', async () => {
    const rendered = await whole('typescript');
    check(rendered.modelSet, 'js', typescriptRoundTrip(writeTemp(rendered.files, 'modelgen-multi-ts-'), cases(rendered.modelSet)));
  });
});

describeWithToolchain('multi-area: go', ['go', 'gofmt'], () => {
  test('passes gofmt -l and go vet, and round-trips every payload, one package per area', async () => {
    const rendered = await whole('go');
    check(rendered.modelSet, 'go', goRoundTrip(writeTemp(rendered.files, 'modelgen-multi-go-'), [rendered.modelSet.models], cases(rendered.modelSet)));
  });
});

describeWithToolchain('multi-area: java', ['javac', 'java'], () => {
  test('compiles with javac -Xlint:all -Werror and round-trips every payload, one package per area', async () => {
    const rendered = await whole('java');
    const packageOf = (id: string) => seedPlace('java', modelOf(rendered.modelSet, id) as never);
    const outputs = javaRoundTrip(writeTemp(rendered.files, 'modelgen-multi-java-'), rendered.files, packageOf, cases(rendered.modelSet));
    check(rendered.modelSet, 'java', outputs, (type) => constantNames(type).unknown);
  });
});

describeWithToolchain('multi-area: python', ['python3', 'mypy', 'black'], () => {
  test('passes black --check and mypy --strict, and round-trips every payload, one package per area', async () => {
    const rendered = await whole('python');
    const withPackage = cases(rendered.modelSet).map((c) => ({ ...c, pkg: seedPlace('python', modelOf(rendered.modelSet, c.fixture.modelId) as never) }));
    const packages = [...new Set(rendered.modelSet.models.map((m) => seedPlace('python', m)))];
    check(rendered.modelSet, 'python', pythonRoundTrip(writeTemp(rendered.files, 'modelgen-multi-python-'), packages, withPackage));
  });
});

describeWithToolchain('multi-area: ruby', ['ruby', 'rubocop'], () => {
  test('passes ruby -wc and rubocop, loads without a warning and round-trips every payload', async () => {
    const rendered = await whole('ruby');
    const dir = writeTemp(rendered.files, 'modelgen-multi-ruby-');
    rubyCheck(dir);
    check(rendered.modelSet, 'ruby', rubyDriver(dir, rendered.modelSet, FIXTURES).map((l) => ({ json: l.json, enums: {} })));
  });
});

describeWithToolchain('multi-area: php', ['php', 'phpcs'], () => {
  test('passes php -l and phpcs PSR-12, and round-trips every payload', async () => {
    const rendered = await whole('php');
    const dir = writeTemp(rendered.files, 'modelgen-multi-php-');
    phpCheck(dir);
    const results = phpDriver(dir, rendered.modelSet, FIXTURES, ['array']);
    expect(results.filter((r) => r.error !== undefined)).toEqual([]);
    check(rendered.modelSet, 'php', results.map((r) => ({ json: r.json as Record<string, unknown>, enums: {} })));
  });
});

describeWithToolchain('multi-area: dotnet', ['mcs', 'mono', 'pkg-config'], () => {
  test('compiles with mcs -warnaserror and round-trips every payload, one namespace per area', async () => {
    const rendered = await whole('dotnet');
    check(rendered.modelSet, 'dotnet', dotnetRoundTrip(writeTemp(rendered.files, 'modelgen-multi-dotnet-'), cases(rendered.modelSet)), knownFallback);
  });
});
