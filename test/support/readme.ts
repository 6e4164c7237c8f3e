/** Code blocks of the README, so tests can run what a user would copy from it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './render';

/** The one fenced block of `language` that contains `marker`. */
export function readmeBlock(language: string, marker: string): string {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]).filter((b) => b.includes(marker));
  if (blocks.length !== 1) throw new Error(`README.md has ${blocks.length} \`${language}\` blocks containing ${marker}, expected 1`);
  return blocks[0];
}
