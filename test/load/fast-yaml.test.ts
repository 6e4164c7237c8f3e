/**
 * src/load/fast-yaml.ts reads exactly what the `yaml` library reads (values
 * and their types, key order, anchors, aliases, start offsets and their
 * lines and columns), or leaves the text to it: on every spec and fixture in
 * the repository, the WorkOS OpenAPI document, the scalars the YAML 1.2 core
 * schema types, and thousands of generated and mutated documents. And it
 * reads what specs are really written in, or it would only cost time.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitFrontMatter } from '../../src/load/front-matter';
import { readFastYaml } from '../../src/load/fast-yaml';
import { mutate } from '../fuzz/mutators';
import { Random } from '../fuzz/prng';
import { REPO_ROOT } from '../support/render';
import { MINIMAL_SPEC } from '../support/specs';
import { compareWithYaml } from './yaml-differential';
import { editLines, randomDocument, TRICKY_SCALARS } from './yaml-generator';

const WORKOS = path.join(REPO_ROOT, 'node_modules/@workos/openapi-spec/open-api-spec.yaml');
const SPEC_FILE = /\.(?:ya?ml|mdx?|json)$/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : SPEC_FILE.test(entry.name) ? [full] : [];
  });
}

/** The YAML of a spec file as modelgen parses it: a page's front matter, else the whole file; aliases only in OpenAPI documents' files. */
function yamlOf(file: string): { text: string; aliases: boolean } | undefined {
  const raw = fs.readFileSync(file, 'utf8');
  if (!/\.mdx?$/.test(file)) return { text: raw, aliases: true };
  const page = splitFrontMatter(raw);
  return page && { text: page.yaml, aliases: false };
}

const CORPUS = [...['specs', 'test/specs', 'test/fixtures'].flatMap((dir) => filesUnder(path.join(REPO_ROOT, dir))), WORKOS];

describe('the fast reader against yaml on every spec and fixture', () => {
  const results = CORPUS.map((file) => ({ file: path.relative(REPO_ROOT, file), yaml: yamlOf(file) }))
    .filter((entry) => entry.yaml !== undefined)
    .map((entry) => ({ file: entry.file, ...compareWithYaml(entry.yaml!.text, entry.yaml!.aliases) }));

  test('reads each exactly as yaml does, or leaves it to yaml', () => {
    expect(results.filter((r) => r.read && r.difference).map((r) => `${r.file}: ${'difference' in r ? r.difference : ''}`)).toEqual([]);
    expect(results.length).toBeGreaterThan(100);
  });

  test('reads the seeds, the WorkOS document and the YAML fixtures itself', () => {
    const read = new Set(results.filter((r) => r.read).map((r) => r.file));
    for (const name of ['specs/directory.mdx', 'specs/directory-group.mdx', 'specs/directory-user.mdx', 'node_modules/@workos/openapi-spec/open-api-spec.yaml']) expect(read).toContain(name);
    const leftToYaml = results.filter((r) => !r.read && !r.file.endsWith('.json') && !r.file.startsWith('test/specs/hostile')).map((r) => r.file);
    // The one document meant to be refused: an alias bomb written in flow collections.
    expect(leftToYaml).toEqual(['test/fixtures/openapi/alias-bomb.yaml']);
  });

  test("reads bench/make-specs.js's specs", () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'modelgen-fast-yaml-'));
    try {
      require('node:child_process').execFileSync(process.execPath, [path.join(REPO_ROOT, 'bench/make-specs.js'), dir, '5']);
      const files = fs.readdirSync(dir);
      expect(files.length).toBe(5);
      for (const name of files) expect(compareWithYaml(yamlOf(path.join(dir, name))!.text, false)).toEqual({ read: true, difference: undefined });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scalars typed as the YAML 1.2 core schema types them', () => {
  const forms = (text: string) => [`v: ${text}\n`, `${text}: v\n`, `- ${text}\n`, `v: [${text}]\n`, `v: {k: ${text}}\n`, `v: '${text.replace(/'/g, "''")}'\n`, `v: ${JSON.stringify(text)}\n`];

  test.each(TRICKY_SCALARS)('%s', (text) => {
    for (const form of forms(text)) {
      const result = compareWithYaml(form, false);
      if (result.read) expect([form, result.difference]).toEqual([form, undefined]);
    }
    // Quoted, every one of them is read: so the comparison above is not of nothing.
    expect(compareWithYaml(`v: ${JSON.stringify(text)}\n`, false).read).toBe(true);
  });

  test('numbers, nulls and booleans are typed, and `yes` is a string as in YAML 1.2', () => {
    const values = readFastYaml('a: 1.0\nb: 0x1F\nc: .inf\nd: ~\ne: null\nf: yes\ng: "1"\nh: 0o17\ni: -.5e1\nj:\n', { aliases: false });
    const items = (values?.contents as { items: Array<{ value: { value: unknown } }> }).items;
    expect(items.map((pair) => pair.value.value)).toEqual([1, 31, Infinity, null, null, 'yes', '1', 15, -5, null]);
  });
});

describe('generated and mutated documents', () => {
  const CASES = Number(process.env.MODELGEN_FAST_YAML_CASES ?? 4000);

  test('each generated document, and each edit of one, is read as yaml reads it or left to yaml', () => {
    let read = 0;
    for (let index = 0; index < CASES; index++) {
      const random = new Random(0xfa57 + index);
      const document = randomDocument(random);
      const text = index % 2 === 0 ? document.text : editLines(editLines(document.text, random), random);
      const result = compareWithYaml(text, document.aliases);
      if (result.read) read++;
      if (result.read && result.difference) throw new Error(`case ${index}: ${result.difference}\n${text}`);
    }
    // Most are inside the subset, so most comparisons are of real readings.
    expect(read).toBeGreaterThan(CASES / 3);
  });

  test("each of the fuzz test's mutations of the seeds is read as yaml reads it or left to yaml", () => {
    const seeds = ['directory.mdx', 'directory-group.mdx'].map((name) => ({ path: `specs/${name}`, text: fs.readFileSync(path.join(REPO_ROOT, 'specs', name), 'utf8') }));
    const specs = [...seeds, { path: 'specs/widget.yaml', text: MINIMAL_SPEC }];
    let read = 0;
    for (let index = 0; index < 600; index++) {
      const random = new Random(0x5eed + index);
      const spec = specs[index % specs.length];
      const text = mutate(spec, random).bytes.toString('utf8');
      const yaml = spec.path.endsWith('.mdx') ? splitFrontMatter(text)?.yaml : text;
      if (yaml === undefined) continue;
      const result = compareWithYaml(yaml, false);
      if (result.read) read++;
      if (result.read && result.difference) throw new Error(`case ${index} of ${spec.path}: ${result.difference}`);
    }
    expect(read).toBeGreaterThan(100);
  });

  test('nesting near the limits is read only where the guard would let it through', () => {
    for (let depth = 1; depth <= 70; depth += 3) {
      const maps = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' v\n';
      const lists = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- k${i}:`).join('\n') + ' v\n';
      const flows = `v: ${'['.repeat(depth)}x${']'.repeat(depth)}\n`;
      for (const text of [maps, lists, flows]) {
        const result = compareWithYaml(text, false);
        expect(result.read && result.difference).toBeFalsy();
        if (depth <= 10) expect(result.read).toBe(true);
      }
    }
  });
});
