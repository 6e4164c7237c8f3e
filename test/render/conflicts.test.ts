import { formatDiagnostic } from '../../src/diagnostics/format-text';
import { checkRenderedPaths } from '../../src/render/conflicts';

const file = (path: string, spec = 's.yaml') => ({ path, contents: '', specs: [spec] });
const messages = (paths: { path: string; contents: string; specs: string[] }[]) => checkRenderedPaths(paths).map((d) => formatDiagnostic(d).split('\n')[0]);

describe('checkRenderedPaths: paths that differ only in case are one file on macOS and Windows, on every platform', () => {
  test.each([
    [['java/m/Widget.java', 'java/m/widget.java']],
    [['dotnet/Widget.cs', 'dotnet/WIDGET.cs']],
    [['go/Pkg/w.go', 'go/pkg/w.go']],
    [['php/Ünï.php', 'php/üNÏ.php']],
  ])('%j is MG206 naming both files and their specs', (paths) => {
    expect(messages([file(paths[0], 'a.yaml'), file(paths[1], 'b.yaml')])).toEqual([
      `modelgen - error MG206: ${paths[0]} (from a.yaml) and ${paths[1]} (from b.yaml) differ only in case: one file on macOS and Windows`,
    ]);
  });

  test('the same path twice is still the plain conflict; different names pass', () => {
    expect(messages([file('java/W.java', 'a.yaml'), file('java/W.java', 'b.yaml')])).toEqual(['modelgen - error MG206: two models render to java/W.java (from a.yaml and b.yaml)']);
    expect(messages([file('java/Widget.java'), file('java/Widgets.java')])).toEqual([]);
  });
});
