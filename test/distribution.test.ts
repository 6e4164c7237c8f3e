/** What a user adopting modelgen relies on besides the code: the licence, and README instructions that work as written. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { readmeBlock } from './support/readme';
import { REPO_ROOT } from './support/render';

const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');

test("LICENSE is the licence package.json names", () => {
  expect(JSON.parse(read('package.json')).license).toBe('MIT');
  expect(read('LICENSE').split('\n')[0]).toBe('MIT License');
  expect(read('LICENSE')).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy');
});

/** A pin that works: a tag this repository has, or a full commit SHA (pre-commit and GitHub take both; a missing tag fails). */
function expectWorkingPin(rev: string): void {
  const tags = execFileSync('git', ['tag', '--list'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
  expect(tags.includes(rev) || /^[0-9a-f]{40}$/.test(rev)).toBe(true);
}

test("the README's pre-commit config pins a tag that exists or a full commit SHA", () => {
  const config = parse(readmeBlock('yaml', 'id: modelgen-generate')) as { repos: { rev: string }[] };
  expectWorkingPin(config.repos[0].rev);
});

test("the README's GitHub Action step pins a tag that exists or a full commit SHA", () => {
  const uses = /uses: your-org\/modelgen@(\S+)/.exec(readmeBlock('yaml', 'your-org/modelgen@'))?.[1] ?? '';
  expectWorkingPin(uses);
});

test('the hooks run on the files the README says: specs, templates, and the config as .yaml or .yml', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as { id: string; files: string }[];
  for (const hook of hooks) {
    const files = new RegExp(hook.files);
    expect(['specs/directory.mdx', 'sdk/specs/a.yml', 'tpl/go/model.go.hbs', 'modelgen.config.yaml', 'modelgen.config.yml'].filter((f) => !files.test(f))).toEqual([]);
    expect(['README.md', 'generated/go/x.go', 'src/a.yaml'].filter((f) => files.test(f))).toEqual([]);
  }
  expect(read('README.md')).toContain('(`*.hbs`) or `modelgen.config.yaml` (or `.yml`)');
});
