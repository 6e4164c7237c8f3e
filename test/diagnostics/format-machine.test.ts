import { githubCommand, githubDiagnostic, workspacePath } from '../../src/diagnostics/format-machine';
import { diagnostic } from '../../src/diagnostics/diagnostic';
import { firstChangedLine, unifiedDiff } from '../../src/write/unified-diff';

describe('githubCommand', () => {
  test.each([
    [{ level: 'error', message: 'plain' }, '::error::plain'],
    [{ level: 'warning', message: 'a\nb', file: 'specs/a.yaml', line: 3, column: 4, title: 'modelgen MG101' }, '::warning file=specs/a.yaml,line=3,col=4,title=modelgen MG101::a%0Ab'],
    // Data escapes %, CR and LF; properties also `:` and `,`, which separate them.
    [{ level: 'notice', message: '100% done\r\n', file: 'odd,name:x.yaml', title: 'a: b, c' }, '::notice file=odd%2Cname%3Ax.yaml,title=a%3A b%2C c::100%25 done%0D%0A'],
  ] as const)('%j', (annotation, expected) => {
    expect(githubCommand(annotation)).toBe(expected);
  });

  test('a diagnostic without a location has no file property; its hint is on the second line', () => {
    expect(githubDiagnostic(diagnostic('unknownTarget', 'unknown language `cobol` in --lang'))).toBe(
      '::error title=modelgen MG202::unknown language `cobol` in --lang%0Ahint: targets are typescript, go, java, python, ruby, php and dotnet',
    );
  });
});

describe('workspacePath', () => {
  test.each([
    ['specs/a.yaml', '/repo/sdk', undefined, 'specs/a.yaml'],
    ['specs/a.yaml', '/repo/sdk', '', 'specs/a.yaml'],
    ['specs/a.yaml', '/repo/sdk', '/repo', 'sdk/specs/a.yaml'],
    ['specs/a.yaml', '/repo', '/repo', 'specs/a.yaml'],
    ['../shared/a.yaml', '/repo', '/repo', '../shared/a.yaml'],
    ['/elsewhere/a.yaml', '/repo', '/repo', '/elsewhere/a.yaml'],
  ])('%s from %s in workspace %s is %s', (file, cwd, workspace, expected) => {
    expect(workspacePath(file, cwd, workspace)).toBe(expected);
  });
});

describe('firstChangedLine', () => {
  const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n') + '\n';
  test.each([
    ['a change after the context', before.replace('f', 'F'), 6],
    ['a change on the first line', before.replace('a', 'A'), 1],
    ['a line inserted', before.replace('e\n', 'e\nnew\n'), 6],
    ['a line removed', before.replace('c\n', ''), 3],
  ])('%s', (_name, after, line) => {
    expect(firstChangedLine(unifiedDiff(before, after, 'a/x', 'b/x'))).toBe(line);
  });

  test('no diff, no line', () => {
    expect(firstChangedLine('')).toBeUndefined();
  });
});
