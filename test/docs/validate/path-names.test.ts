/** Ids, keys and title packages become file and folder names: hostile ones are refused where they are written. */
import { formatDiagnostic } from '../../../src/diagnostics/format-text';
import { unsafeNameReason, unsafeTitlePackage } from '../../../src/docs/validate/path-names';
import { MINIMAL_SPEC, validateText } from '../../support/specs';

const JAVA_ENTRY = '    - key: Widget\n      id: widget\n      title: class Widget\n';
const withJava = (entry: string) => MINIMAL_SPEC.replace(JAVA_ENTRY, entry);
const errors = (text: string) => validateText('w.yaml', text).diagnostics.map((d) => formatDiagnostic(d));
const HINT = '\n  hint: ids, keys and the package in a title become file and folder names; use plain names of at most 200 bytes, without `..`, `/`, `\\` or control characters';

describe('names that would leave the output folder', () => {
  test.each([
    ['an id climbing out', '    - key: Widget\n      id: ../../etc/x\n      title: class Widget\n', 'w.yaml:29:11 - error MG016: `id` of a `java` model entry is `../../etc/x`, which contains `..`'],
    ['an id with a slash', '    - key: Widget\n      id: a/b\n      title: class Widget\n', 'w.yaml:29:11 - error MG016: `id` of a `java` model entry is `a/b`, which contains a path separator'],
    ['an id with a backslash', '    - key: Widget\n      id: a\\b\n      title: class Widget\n', 'w.yaml:29:11 - error MG016: `id` of a `java` model entry is `a\\b`, which contains a path separator'],
    ['an absolute id', '    - key: Widget\n      id: /abs\n      title: class Widget\n', 'w.yaml:29:11 - error MG016: `id` of a `java` model entry is `/abs`, which contains a path separator'],
    ['a drive-letter key', '    - key: "C:x"\n      id: widget\n      title: class Widget\n', 'w.yaml:28:12 - error MG016: `key` of a `java` model entry is `C:x`, which is an absolute path'],
    ['an id too long for a file name', `    - key: Widget\n      id: ${'w'.repeat(201)}\n      title: class Widget\n`, `w.yaml:29:11 - error MG016: \`id\` of a \`java\` model entry is \`${'w'.repeat(60)}…\`, which is longer than 200 bytes`],
    ['a key climbing out', '    - key: ../../Widget\n      id: widget\n      title: class Widget\n', 'w.yaml:28:12 - error MG016: `key` of a `java` model entry is `../../Widget`, which contains `..`'],
    ['a title package climbing out', '    - key: Widget\n      id: widget\n      title: ../../etc.Widget\n', 'w.yaml:30:14 - error MG016: the package `../../etc` in the `title` of a `java` model entry contains `..`'],
    ['a title package with a slash', '    - key: Widget\n      id: widget\n      title: /abs/x.Widget\n', 'w.yaml:30:14 - error MG016: the package `/abs/x` in the `title` of a `java` model entry contains a path separator'],
    ['a PHP title package climbing out', '    - key: Widget\n      id: widget\n      title: WorkOS\\..\\..\\Widget\n', 'w.yaml:30:14 - error MG016: the package `WorkOS\\..\\..` in the `title` of a `java` model entry contains `..`'],
  ])('%s', (_what, entry, expected) => expect(errors(withJava(entry))).toEqual([expected + HINT]));

  test.each([['Widget'], ['directory_group'], ['WorkOS'], ['Ünïcødé'], ['a.b']])('accepts %j', (name) => expect(unsafeNameReason(name)).toBeUndefined());

  test.each([['class Directory'], ['directorysync.Directory'], ['WorkOS\\Resource\\Directory'], ['\\WorkOS\\Resource\\Directory'], ['GET /directories']])('accepts the title %j', (title) => {
    expect(unsafeTitlePackage(title)).toBeUndefined();
  });
});
