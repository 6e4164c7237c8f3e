/**
 * One isolated Handlebars environment per run: HTML escaping off, strict mode
 * on, each template compiled once. Built-in templates live in
 * `templates/<target>/`; a `--templates DIR` folder overrides them file by
 * file (`DIR/<target>/<file>`).
 *
 * The built-in templates are precompiled by `npm run build`, so a run that
 * uses only them loads the Handlebars runtime, not its compiler. Each
 * precompiled template carries the text it came from and is
 * used only while the file still holds that text: templates/ stays the
 * source of truth, and an edit made since the build is compiled as written.
 */
import * as path from 'node:path';
import { relieveMemory } from '../memory';
import type * as HandlebarsModule from 'handlebars';
import { builtinTemplateNames, BUILTIN_TEMPLATES, PARTIAL_FILE, partialNames, templateEntryExists, TemplateReads } from './template-files';
import { COMPILE_OPTIONS, loadPrecompiled, PrecompiledTemplates, TemplateSpecification } from './precompiled';

export { BUILTIN_TEMPLATES, PARTIAL_FILE };

type Handlebars = typeof HandlebarsModule;
/** What rendering needs; the runtime alone provides it. */
type Environment = Pick<Handlebars, 'registerHelper' | 'registerPartial' | 'template'> & Partial<Pick<Handlebars, 'compile' | 'parse'>>;

export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

export interface TemplateHelper {
  readonly usage: string;
  readonly description: string;
  readonly fn: HandlebarsModule.HelperDelegate;
}

/** Every helper templates may call; docs/templates.md lists them from here. */
export const HELPERS: Readonly<Record<string, TemplateHelper>> = {
  join: {
    usage: '{{join items ", "}}',
    description: 'the items of a list joined with the separator (default `, `)',
    fn: (items: unknown, separator: unknown) => (Array.isArray(items) ? items.join(typeof separator === 'string' ? separator : ', ') : ''),
  },
};

/** Called with the data of every template rendered; docs/templates.md is built from it. */
export type RenderRecorder = (target: string, file: string, data: object) => void;

export class TemplateEngine {
  private env: Environment | undefined;
  private readonly compiled = new Map<string, HandlebarsModule.TemplateDelegate>();
  private partialsLoaded = false;
  private readonly resolved = new Map<string, string>();

  /** `reads`: the template texts the run read already (for its cache keys), which this engine then reads from too. */
  constructor(
    private readonly overrideDir?: string,
    private readonly recorder?: RenderRecorder,
    private readonly precompiled: PrecompiledTemplates = loadPrecompiled(),
    private readonly reads = new TemplateReads(),
  ) {}

  /** The runtime when every template of the run is precompiled and current; else the whole of Handlebars, which compiles. */
  private get handlebars(): Environment {
    if (!this.env) {
      const needsCompiler = this.overrideDir !== undefined || builtinTemplateNames().some(([target, file]) => !this.precompiledFor(path.join(BUILTIN_TEMPLATES, target, file)));
      this.env = (needsCompiler ? (require('handlebars') as Handlebars) : (require('handlebars/runtime') as Handlebars)).create();
      for (const [name, helper] of Object.entries(HELPERS)) this.env.registerHelper(name, helper.fn);
    }
    return this.env;
  }

  /** Whether the override folder has a folder for `target`, whose templates then replace the built-in ones. */
  overrides(target: string): boolean {
    return this.overrideDir !== undefined && templateEntryExists(this.overrideDir, target, '.');
  }

  /** Where a template comes from: the override folder when it has the file. */
  resolve(target: string, file: string): string {
    const key = `${target}/${file}`;
    let source = this.resolved.get(key);
    if (source === undefined) {
      const overridden = this.overrideDir !== undefined && templateEntryExists(this.overrideDir, target, file);
      source = path.join(overridden ? (this.overrideDir as string) : BUILTIN_TEMPLATES, target, file);
      // Asked once per rendered file; the answer cannot change within a run.
      this.resolved.set(key, source);
    }
    return source;
  }

  render(target: string, file: string, data: object): string {
    const source = this.resolve(target, file);
    this.loadPartials();
    const template = this.compile(source);
    this.recorder?.(target, file, data);
    // A target renders all its models in one call: between its files is the only chance to keep its garbage in check.
    relieveMemory();
    try {
      return template(data);
    } catch (error) {
      throw templateError(source, error, this.read(source));
    }
  }

  private compile(source: string): HandlebarsModule.TemplateDelegate {
    let template = this.compiled.get(source);
    if (!template) {
      template = this.build(source);
      this.compiled.set(source, template);
    }
    return template;
  }

  private build(source: string): HandlebarsModule.TemplateDelegate {
    const spec = this.precompiledFor(source);
    if (spec) return this.handlebars.template(spec);
    const env = this.handlebars;
    if (!env.parse || !env.compile) throw new Error(`internal error: ${source} is not precompiled, yet the compiler was not loaded`);
    const text = this.read(source);
    try {
      // compile() is lazy; parsing first reports syntax errors with the template's line.
      env.parse(text);
      return env.compile(text, { ...COMPILE_OPTIONS });
    } catch (error) {
      throw templateError(source, error);
    }
  }

  /** The precompiled form of a built-in template, while its file still holds the text it was compiled from. */
  private precompiledFor(source: string): TemplateSpecification | undefined {
    const relative = path.relative(BUILTIN_TEMPLATES, source);
    const entry = this.precompiled[relative.split(path.sep).join('/')];
    if (!entry || relative.startsWith('..')) return undefined;
    return entry.source === this.read(source) ? entry.spec : undefined;
  }

  /** Read once per run: the cache key, the precompiled check and the compiler see the same text. */
  private read(source: string): string {
    return this.reads.file(source, this.overrideDir);
  }

  /**
   * Files named `_name.hbs` are partials, used as `{{> target/name}}`. Every
   * target's are registered, whichever target renders first, so what a
   * template can reach does not depend on the order of the run, and the
   * cache key (templateFiles) covers all of it.
   */
  private loadPartials(): void {
    if (this.partialsLoaded) return;
    this.partialsLoaded = true;
    for (const [target, file] of partialNames(this.overrideDir)) {
      const source = this.resolve(target, file);
      const name = `${target}/${file.slice(1, -'.hbs'.length)}`;
      this.handlebars.registerPartial(name, this.compile(source));
    }
  }
}

function templateError(file: string, error: unknown, source?: string): TemplateError {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n')[0].replace(/ - \d+:\d+$/, '');
  const parse = /Parse error on line (\d+)/.exec(message);
  if (parse) return new TemplateError(file, Number(parse[1]), 1, first);
  const runtime = / - (\d+):(\d+)$/.exec(message);
  if (runtime) return new TemplateError(file, Number(runtime[1]), Number(runtime[2]) + 1, first);
  const where = source === undefined ? undefined : locateName(source, message);
  return new TemplateError(file, where?.line ?? 1, where?.column ?? 1, first);
}

/**
 * Strict lookups on a string or number context fail with a bare TypeError
 * ("Cannot use 'in' operator to search for 'x'"); find the first mustache
 * naming `x` so the user still gets a line.
 */
function locateName(source: string, message: string): { line: number; column: number } | undefined {
  const name = (/search for ['"]([^'"]+)['"]/.exec(message) ?? /['"]([^'"]+)['"]/.exec(message))?.[1];
  if (!name) return undefined;
  const index = source.search(new RegExp(`{{[#^/>&~\\s]*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
  if (index < 0) return undefined;
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
