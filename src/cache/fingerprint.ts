/**
 * What decides the output besides the specs and options: modelgen's own code
 * (hashed, not just its version, so a rebuilt checkout never trusts a cache
 * an older build wrote), the libraries that parse, render and format, and
 * the templates.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PACKAGE_ROOT } from '../package-root';
import { templateFiles, TemplateReads } from '../render/template-files';
import { digest } from './hash';

/** Where this code runs from: `src/` under ts-jest, `dist/` compiled. */
const CODE_ROOT = path.dirname(__dirname);
/** scripts/bundle.js writes it; running from it, this very code is in it. */
export const BUNDLE_FILE = path.join(PACKAGE_ROOT, 'dist', 'modelgen.js');
/** scripts/bundle.js writes it beside the bundle: `{ bytes, digest }`, the bundle's size and bundleFingerprint. */
export const BUNDLE_FINGERPRINT_FILE = path.join(PACKAGE_ROOT, 'dist', 'modelgen.fingerprint.json');
const OUTPUT_LIBRARIES = ['yaml', 'handlebars', 'prettier'];
/** The libraries the bundle loads from node_modules, which can change under it: the Handlebars compiler and Prettier. */
const LIBRARIES_OUTSIDE_BUNDLE = ['handlebars', 'prettier'];

let code: string | undefined;

export function codeFingerprint(): string {
  code ??= __filename === BUNDLE_FILE ? digest(bundleIdentity(), ...LIBRARIES_OUTSIDE_BUNDLE.map(libraryVersion)) : treeFingerprint();
  return code;
}

/** The bundle's text and the versions of the libraries inside it; the build records it, so a run need not hash a megabyte. */
export function bundleFingerprint(text: string, bundledVersions: readonly string[]): string {
  return digest('bundle', text, ...bundledVersions);
}

/** The fingerprint the build recorded, while the bundle still has the size it recorded; else the bundle hashed now. */
function bundleIdentity(): string {
  try {
    const recorded = JSON.parse(fs.readFileSync(BUNDLE_FINGERPRINT_FILE, 'utf8')) as { bytes?: unknown; digest?: unknown };
    if (typeof recorded.digest === 'string' && recorded.bytes === fs.statSync(BUNDLE_FILE).size) return recorded.digest;
  } catch {
    // No record (a build that stopped half-way removes it): hash the bundle.
  }
  return bundleFingerprint(fs.readFileSync(BUNDLE_FILE, 'utf8'), []);
}

/** Run from the compiled tree or the sources: every module of the tree, and the libraries' versions. */
function treeFingerprint(): string {
  return digest(...codeFiles(CODE_ROOT).flatMap((file) => [path.relative(PACKAGE_ROOT, file), fs.readFileSync(file, 'utf8')]), ...OUTPUT_LIBRARIES.map(libraryVersion));
}

function codeFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return codeFiles(full);
      return /\.[jt]s$/.test(entry.name) ? [full] : [];
    });
}

/**
 * The version of the copy of `name` that `require(name)` loads: the first
 * `<folder>/<name>/package.json` along Node's own search path for it. Read
 * directly, since `require.resolve` first sets up package-exports
 * resolution, which cost each run some 4 ms.
 */
function libraryVersion(name: string): string {
  for (const folder of require.resolve.paths(name) ?? []) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(folder, name, 'package.json'), 'utf8');
    } catch {
      continue;
    }
    return `${name}@${(JSON.parse(text) as { version?: string }).version}`;
  }
  return `${name}@missing`;
}

export function templateFingerprint(target: string, overrideDir?: string, reads?: TemplateReads): string {
  return digest(...templateFiles(target, overrideDir, reads).flatMap((t) => [t.label, t.text]));
}
