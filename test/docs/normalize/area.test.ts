import { Binding } from '../../../src/ir/model';
import { DiagnosticBag } from '../../../src/diagnostics/diagnostic';
import { checkOverrides, documentedArea, overriddenArea } from '../../../src/docs/normalize/area';

const at = { file: 'specs/x.mdx', line: 1, column: 1 };
const binding = (language: Binding['language'], url?: string, qualifier?: string): Binding => ({ language, name: 'X', url, qualifier, properties: [], location: at });

describe('the area a model belongs to', () => {
  test.each([
    ['the Go title\'s package, with the url\'s word boundaries', [binding('curl', '/reference/directory-sync/directory'), binding('go', '/reference/directory-sync/directory', 'directorysync')], ['directory', 'sync'], 'go-title'],
    ['the Go title\'s package as one word when the url spells another name', [binding('curl', '/reference/organization'), binding('go', '/reference/organization', 'organizations')], ['organizations'], 'go-title'],
    ['the url section without a Go title package', [binding('curl', '/reference/sso/connection'), binding('go', '/reference/sso/connection')], ['sso'], 'url'],
    ['the url section of a kebab-case area', [binding('js', '/reference/user-management/user')], ['user', 'management'], 'url'],
    ['nothing when neither says', [binding('curl', '/widget'), binding('java')], [], 'default'],
  ])('%s', (_what, bindings, words, from) => {
    expect(documentedArea(bindings)).toEqual({ words, from });
  });

  test('the config wins: by model id first, then by spec path', () => {
    const overrides = new Map([
      ['specs/sso.mdx', { area: 'single-sign-on', location: at }],
      ['connection_domain', { area: 'sso', location: at }],
    ]);
    expect(overriddenArea(overrides, 'connection', 'specs/sso.mdx')).toEqual({ words: ['single', 'sign', 'on'], from: 'config' });
    expect(overriddenArea(overrides, 'connection_domain', 'specs/sso.mdx')).toEqual({ words: ['sso'], from: 'config' });
    expect(overriddenArea(overrides, 'user', 'specs/user.mdx')).toBeUndefined();
  });

  test('an `areas` key naming neither a spec of the run nor a model id is MG213 at the key', () => {
    const bag = new DiagnosticBag();
    const location = { file: 'modelgen.config.yaml', line: 4, column: 3 };
    checkOverrides(new Map([['specs/ssoo.mdx', { area: 'sso', location }], ['user', { area: 'um', location }]]), new Set(['user']), new Set(['specs/sso.mdx']), bag);
    expect(bag.all.map((d) => ({ code: d.code, message: d.message, location: d.location }))).toEqual([
      { code: 'MG213', message: '`areas` names `specs/ssoo.mdx`, which is neither a spec of this run nor a model id', location },
    ]);
  });
});
