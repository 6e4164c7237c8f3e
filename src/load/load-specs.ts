import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/project-root';
import { DiagnosticBag } from '../diagnostics/diagnostic';
import { decodeUtf8, endPosition } from './decode-text';
import { printable } from '../diagnostics/printable';
import { readRegularFile } from '../write/safe-read';
import { describeCodePoint, findDisallowed } from './text-policy';

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);
export const PAGE_EXTENSIONS = new Set(['.md', '.mdx']);

export function isSpecFile(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return YAML_EXTENSIONS.has(ext) || PAGE_EXTENSIONS.has(ext);
}

/** Expands the `--specs` arguments into spec files, sorted within each folder. */
export function findSpecFiles(specArgs: readonly string[], bag: DiagnosticBag): string[] {
  const files: string[] = [];
  for (const arg of specArgs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      bag.add('unreadableFile', `cannot read '${arg}': no such file or folder`);
      continue;
    }
    if (stat.isDirectory()) files.push(...listSpecFiles(arg, bag));
    else files.push(arg);
  }
  const unique = [...new Set(files.map(toPosix))];
  if (unique.length === 0 && !bag.hasErrors) {
    bag.add('noSpecs', `no spec files found in ${specArgs.map((a) => `'${a}'`).join(', ')}`);
  }
  return unique;
}

/**
 * The spec files under a folder. A folder that cannot be read is an error, not
 * a silent gap: its specs' models would otherwise vanish and their files be
 * deleted as orphans. Anything else with a spec's name is a spec: a symlink
 * is read like any other file, and a FIFO or a device is refused when read,
 * never skipped. Symlinked folders are not entered, so no cycle can form.
 */
function listSpecFiles(dir: string, bag: DiagnosticBag): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (error) {
    bag.add('unreadableFile', `cannot read the folder '${toPosix(dir)}': ${(error as NodeJS.ErrnoException).code ?? error}`);
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
      files.push(...listSpecFiles(full, bag));
    } else if (!entry.isDirectory() && (isSpecFile(entry.name) || isOpenApiJson(full)) && !(CONFIG_FILE_NAMES as readonly string[]).includes(entry.name)) {
      // The config is YAML too, and sits among the specs when they are `.`.
      files.push(full);
    }
  }
  return files;
}

/**
 * A `.json` file in a spec folder is read only when it is an OpenAPI
 * document (`"openapi"` near its start), so `package.json` and the like
 * beside the specs are left alone. A `.json` file named in `--specs` is
 * always read.
 */
function isOpenApiJson(file: string): boolean {
  if (path.extname(file).toLowerCase() !== '.json') return false;
  try {
    // Only a plain file is peeked at: opening a FIFO would wait for a writer.
    if (!fs.statSync(file).isFile()) return false;
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(1024);
      const read = fs.readSync(fd, head, 0, head.length, 0);
      return /^\s*\{\s*"openapi"\s*:/.test(head.subarray(0, read).toString('utf8'));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** A spec file's path (as given to the run), name (relative to the project root) and text, read but not parsed yet. */
export interface SpecSource {
  readonly path: string;
  readonly name: string;
  readonly text: string;
}

/** `nameOf` gives a file's name relative to the project root; by default the path stands in. */
export function readSpecSources(files: readonly string[], bag: DiagnosticBag, nameOf: (file: string) => string = toPosix): SpecSource[] {
  const sources: SpecSource[] = [];
  for (const file of files) {
    // The path is written into every generated file's header, so it obeys the text policy too.
    const inName = findDisallowed(file);
    if (inName) {
      bag.add('textNotAllowed', `the spec path '${printable(file)}' holds ${describeCodePoint(inName.codePoint)}`);
      continue;
    }
    let bytes: Buffer | undefined;
    try {
      // Followed if a symlink, but only to a plain file of bounded size: never a FIFO or a device.
      bytes = readRegularFile(file, { followSymlink: true });
    } catch (error) {
      bag.add('unreadableFile', `cannot read '${file}': ${(error as NodeJS.ErrnoException).code ?? error}`);
      continue;
    }
    if (bytes === undefined) {
      bag.add('unreadableFile', `cannot read '${file}': it does not exist (a symlink to nothing?)`);
      continue;
    }
    const text = decodeSpecText(file, bytes, bag);
    if (text !== undefined) sources.push({ path: file, name: nameOf(file), text });
  }
  return sources;
}

/** The file's text, or undefined (and a diagnostic at the first bad byte) when it is not UTF-8. */
export function decodeSpecText(file: string, bytes: Uint8Array, bag: DiagnosticBag): string | undefined {
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return checkText(file, decoded.text, bag);
  const byte = bytes[decoded.invalidAt].toString(16).toUpperCase().padStart(2, '0');
  bag.add('invalidUtf8', `'${file}' is not valid UTF-8: byte 0x${byte} at offset ${decoded.invalidAt}`, { file, ...endPosition(decoded.prefix) });
  return undefined;
}

/** The text, or undefined (and a diagnostic at the character) when it holds a character the text policy refuses. */
function checkText(file: string, text: string, bag: DiagnosticBag): string | undefined {
  const hit = findDisallowed(text);
  if (!hit) return text;
  bag.add('textNotAllowed', `'${file}' holds ${describeCodePoint(hit.codePoint)}`, { file, ...endPosition(text.slice(0, hit.index)) });
  return undefined;
}
