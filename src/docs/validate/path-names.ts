/**
 * Model ids, entry keys and the package in a title become file and folder
 * names in some target. The targets sanitise names into identifiers anyway;
 * refusing these outright tells the user, instead of quietly writing
 * `etc/x.go` for an id of `../../etc/x`.
 */
import { titleQualifier } from '../normalize/title';
import { MAX_NAME_BYTES } from '../../write/safe-path';

/** Why `name` cannot be part of a path, or undefined. A title's package may use `\` (PHP's separator). */
export function unsafeNameReason(name: string, allowBackslash = false): string | undefined {
  if (name.includes('..')) return 'contains `..`';
  if (name.includes('/') || (!allowBackslash && name.includes('\\'))) return 'contains a path separator';
  if (/^[A-Za-z]:/.test(name)) return 'is an absolute path';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains a control character';
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) return `is longer than ${MAX_NAME_BYTES} bytes`;
  return undefined;
}

/** The package a title names (`directorysync` in `directorysync.Directory`), when it is unsafe, with why. */
export function unsafeTitlePackage(title: string): { readonly qualifier: string; readonly reason: string } | undefined {
  const qualifier = titleQualifier(title);
  const reason = qualifier === undefined ? undefined : unsafeNameReason(qualifier, true);
  return qualifier !== undefined && reason ? { qualifier, reason } : undefined;
}
