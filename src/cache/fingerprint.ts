/**
 * What decides the output besides the specs and options: modelgen's own code
 * (hashed, not just its version, so a rebuilt checkout never trusts a cache
 * an older build wrote), the libraries that parse, render and format, and
 * the templates.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PACKAGE_ROOT } from '../package-root';
import { PRECOMPILED_FILE } from '../render/precompiled';
import { templateFiles, TemplateReads } from '../render/template-files';
import { digest } from './hash';

/** Where this code runs from: `src/` under ts-jest, `dist/` compiled. */
const CODE_ROOT = path.dirname(__dirname);
/** scripts/bundle.js writes it; running from it, this very code is in it. */
export const BUNDLE_FILE = path.join(PACKAGE_ROOT, 'dist', 'modelgen.js');
const OUTPUT_LIBRARIES = ['yaml', 'handlebars', 'prettier'];

let code: string | undefined;

export function codeFingerprint(): string {
  code ??= digest(...ownCode().flatMap((file) => [path.relative(PACKAGE_ROOT, file), fs.readFileSync(file, 'utf8')]), ...OUTPUT_LIBRARIES.map(libraryVersion));
  return code;
}

/** The bundle holds every module but the precompiled templates; otherwise every module of the tree this one is in counts. */
function ownCode(): string[] {
  return __filename === BUNDLE_FILE ? [BUNDLE_FILE, PRECOMPILED_FILE].filter((file) => fs.existsSync(file)) : codeFiles(CODE_ROOT);
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

function libraryVersion(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: string };
  return `${name}@${manifest.version}`;
}

export function templateFingerprint(target: string, overrideDir?: string, reads?: TemplateReads): string {
  return digest(...templateFiles(target, overrideDir, reads).flatMap((t) => [t.label, t.text]));
}
