/**
 * The seeds are the contract: DESIGN.md section 2 lists findings they must
 * yield and how their enums line up. These tests read the real spec files.
 */
import * as fs from 'node:fs';
import { Binding, EnumType, Model } from '../../../src/ir/model';
import { normalizeTexts } from '../../support/specs';

const files = Object.fromEntries(['specs/directory.mdx', 'specs/directory-group.mdx'].map((f) => [f, fs.readFileSync(f, 'utf8')]));
const { modelSet, messages } = normalizeTexts(files);
const model = (id: string): Model => modelSet.models.find((m) => m.id === id) as Model;
const binding = (id: string, language: string): Binding => model(id).bindings.find((b) => b.language === language) as Binding;
const enumOf = (id: string, language: string, property: string): EnumType => binding(id, language).properties.find((p) => p.name === property)?.type as EnumType;

test('the seeds yield exactly these findings, each at the property concerned', () => {
  expect(messages).toEqual([
    'specs/directory-group.mdx:31:11 - warning MG101: `directory_group.organization_id` is absent from python (documented by curl, js, go, java, ruby, php and dotnet)',
    'specs/directory-group.mdx:217:11 - warning MG101: `directory_group.object` is absent from curl, js, go, python, ruby and php (documented by java and dotnet)',
    'specs/directory-group.mdx:217:11 - warning MG104: `directory_group.object` is absent from curl; wire name `object` inferred from the field name',
    'specs/directory.mdx:206:24 - warning MG103: python `Directory.object` references `directory.id` but is named like `directory.object`; linked to `directory.object`',
    'specs/directory.mdx:238:11 - warning MG101: `directory.object` is absent from curl, go, ruby and php (documented by js, java, python and dotnet)',
    'specs/directory.mdx:238:11 - warning MG104: `directory.object` is absent from curl; wire name `object` inferred from the field name',
    'specs/directory.mdx:247:11 - warning MG101: `directory.external_key` is absent from curl, python, ruby, php and dotnet (documented by js, go and java)',
    'specs/directory.mdx:247:11 - warning MG104: `directory.external_key` is absent from curl; wire name `external_key` inferred from the field name',
    'specs/directory.mdx:349:11 - warning MG102: `directory.domain` is optional in java but required in curl, js, go, python, ruby, php and dotnet',
    'specs/directory.mdx:353:11 - warning MG102: `directory.external_key` is optional in java but required in js and go',
    'specs/directory.mdx:363:24 - warning MG108: member `Active` of `directory.state.titlecase` has no `lowercase` wire value; using `active` from `lowercaseNormalized`',
    'specs/directory.mdx:363:24 - warning MG108: member `Inactive` of `directory.state.titlecase` has no `lowercase` wire value; using `inactive` from `lowercaseNormalized`',
    'specs/directory.mdx:366:24 - warning MG105: member `CyberarkSCIMV2_0` of `directory.type.titlecase` has no `lowercase` wire value; inferred `cyberark scim v2.0`',
    'specs/directory.mdx:366:24 - warning MG105: member `FourthHr` of `directory.type.titlecase` has no `lowercase` wire value; inferred `fourth hr`',
    'specs/directory.mdx:366:24 - warning MG105: member `Gusto` of `directory.type.titlecase` has no `lowercase` wire value; inferred `gusto`',
    'specs/directory.mdx:366:24 - warning MG105: member `Hibob` of `directory.type.titlecase` has no `lowercase` wire value; inferred `hibob`',
    'specs/directory.mdx:366:24 - warning MG105: member `Rippling` of `directory.type.titlecase` has no `lowercase` wire value; inferred `rippling`',
    'specs/directory.mdx:366:24 - warning MG106: member `JumpCloudSCIM2_0` of `directory.type.titlecase` matches the wire value `jump cloud scim v2.0` only approximately',
    'specs/directory.mdx:366:24 - warning MG107: member `Cezanne HR` of `directory.type.titlecase` is not an identifier; named `CezanneHR`',
  ]);
});

test('the locations point at the properties they name', () => {
  const lines = files['specs/directory.mdx'].split('\n');
  expect(lines[205]).toBe('          description: (directory.id)'); // python Directory.object
  expect(lines[348]).toBe('        - key: domain'); // java domain: column 11 is where its mapping starts
  expect(lines[237]).toBe('        - key: object'); // js object, the first to document directory.object
});

test('fields: canonical order, wire names, optionality on the wire', () => {
  expect(model('directory').fields.map((f) => `${f.id}=${f.wireName}${f.optional ? '?' : ''}${f.wireNameInferred ? ' (inferred)' : ''}`)).toEqual([
    'directory.object=object (inferred)',
    'directory.id=id',
    'directory.domain=domain',
    'directory.external_key=external_key? (inferred)',
    'directory.name=name',
    'directory.organization_id=organization_id?',
    'directory.state=state',
    'directory.type=type',
    'directory.created_at=created_at',
    'directory.updated_at=updated_at',
  ]);
  expect(binding('directory_group', 'go').properties.find((p) => p.name === 'IdpID')?.wireName).toBe('idp_id');
});

test('bindings keep each language’s names, order, optionality and types', () => {
  const java = binding('directory', 'java');
  expect(java.properties.map((p) => `${p.name}${p.optional ? '?' : ''}:${p.type.kind}`)).toEqual([
    'obj:literal', 'id:string', 'name:string', 'domain?:string', 'externalKey?:string', 'organizationId?:string', 'state:enum', 'type:enum', 'createdAt:string', 'updatedAt:string',
  ]);
  expect(binding('directory', 'go').qualifier).toBe('directorysync');
  expect(binding('directory', 'php').qualifier).toBe('WorkOS\\Resource');
  expect(binding('directory', 'java').qualifier).toBeUndefined();
  expect(binding('directory', 'python').properties[0]).toMatchObject({ name: 'object', fieldId: 'directory.object', wireName: 'object', type: { kind: 'literal', value: 'directory' } });
  expect(binding('directory_group', 'python').properties.map((p) => p.name)).not.toContain('organization_id');
});

test('lowercaseNormalized aligns with the wire list by position', () => {
  const state = enumOf('directory', 'js', 'state');
  expect(state).toMatchObject({ name: 'DirectoryState', variant: 'lowercaseNormalized' });
  expect(state.members.map((m) => `${m.name}=${m.wireValue}`)).toEqual(['active=linked', 'inactive=unlinked', 'validating=validating', 'deleting=deleting', 'invalid_credentials=invalid_credentials']);
});

test('titlecase members match by key, borrow, approximate or infer', () => {
  expect(enumOf('directory', 'java', 'state').members.map((m) => `${m.name}=${m.wireValue}`)).toEqual([
    'Active=active', 'Validating=validating', 'Inactive=inactive', 'Deleting=deleting', 'InvalidCredentials=invalid_credentials', 'Linked=linked', 'Unlinked=unlinked',
  ]);
  const type = enumOf('directory', 'java', 'type');
  expect(type.members.map((m) => `${m.documentedName}>${m.name}=${m.wireValue}`)).toEqual([
    'AzureSCIMV2_0>AzureSCIMV2_0=azure scim v2.0', 'BambooHr>BambooHr=bamboohr', 'BreatheHr>BreatheHr=breathe hr', 'Cezanne HR>CezanneHR=cezanne hr',
    'CyberarkSCIMV2_0>CyberarkSCIMV2_0=cyberark scim v2.0', 'FourthHr>FourthHr=fourth hr', 'GenericSCIMV2_0>GenericSCIMV2_0=generic scim v2.0',
    'GSuiteDirectory>GSuiteDirectory=gsuite directory', 'Gusto>Gusto=gusto', 'Hibob>Hibob=hibob', 'JumpCloudSCIM2_0>JumpCloudSCIM2_0=jump cloud scim v2.0',
    'OktaSCIMV2_0>OktaSCIMV2_0=okta scim v2.0', 'OneLoginSCIMV2_0>OneLoginSCIMV2_0=onelogin scim v2.0', 'PeopleHR>PeopleHR=people hr',
    'PingFederateSCIMV2_0>PingFederateSCIMV2_0=pingfederate scim v2.0', 'Rippling>Rippling=rippling', 'Workday>Workday=workday',
  ]);
  expect(enumOf('directory', 'go', 'Type').members.map((m) => m.name)).toEqual(model('directory').fields.find((f) => f.id === 'directory.type')?.enumValues?.filter((v) => !v.inferred).map((v) => v.value));
});

test('string-typed enum fields keep their known values for docs', () => {
  expect(binding('directory', 'ruby').properties.find((p) => p.name === 'state')).toMatchObject({ type: { kind: 'string' }, knownValues: ['linked', 'unlinked', 'validating', 'deleting', 'invalid_credentials'] });
});

test('models carry the page title, summary and self description', () => {
  expect(model('directory').source).toEqual({ path: 'specs/directory.mdx', name: 'specs/directory.mdx', title: 'Directory', summary: 'A directory stores information about an organization\'s employee management system.' });
  expect(model('directory').description).toBe('The [Directory](/reference/directory-sync/directory) object.');
});
