/**
 * What decides the output besides the specs and options: modelgen's own code
 * (hashed, not just its version, so a rebuilt checkout never trusts a cache
 * an older build wrote), the libraries that parse, render and format, and
 * the templates.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { templateFiles } from '../render/template-files';
import { digest } from './hash';

const CODE_ROOT = path.resolve(__dirname, '..');
const OUTPUT_LIBRARIES = ['yaml', 'handlebars', 'prettier'];

let code: string | undefined;

export function codeFingerprint(): string {
  code ??= digest(...codeFiles(CODE_ROOT).flatMap((file) => [path.relative(CODE_ROOT, file), fs.readFileSync(file, 'utf8')]), ...OUTPUT_LIBRARIES.map(libraryVersion));
  return code;
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

export function templateFingerprint(target: string, overrideDir?: string): string {
  return digest(...templateFiles(target, overrideDir).flatMap((t) => [t.label, t.text]));
}
