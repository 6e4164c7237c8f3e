/**
 * Whether a rendered path is safe to create on every system an SDK repository
 * is checked out on. Pure (no disk): the render stage rejects bad paths before
 * anything is compared or written; `unsafePathReason` in plan.ts adds the
 * symlink check against the real output folder.
 */
import { printable } from '../diagnostics/printable';

/** Windows reserves these names, with any extension; `¹²³` count as digits there too, and `CONIN$`/`CONOUT$` are the console. */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(?:\..*)?$/i;
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f<>:"|?*]/;
/** File systems cap a name at 255 bytes; the temporary file's name adds about 30. */
export const MAX_NAME_BYTES = 200;

export function pathTextProblem(file: string): string | undefined {
  const segments = file.split('/');
  if (file === '' || file.startsWith('/') || /^[A-Za-z]:/.test(file) || file.includes('\\') || segments.some((s) => s === '..' || s === '.' || s === '')) {
    return 'the path is not a plain relative path';
  }
  const long = segments.find((s) => Buffer.byteLength(s) > MAX_NAME_BYTES);
  if (long !== undefined) return `\`${printable(long.slice(0, 40))}…\` is longer than ${MAX_NAME_BYTES} bytes`;
  const bad = segments.find((s) => UNSAFE_CHARACTERS.test(s) || WINDOWS_DEVICE.test(s) || /[. ]$/.test(s));
  return bad === undefined ? undefined : `\`${printable(bad)}\` is not a safe file name on every system`;
}
