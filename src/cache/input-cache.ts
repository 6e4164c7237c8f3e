/**
 * The input-hash cache, one file per output folder in the cache folder (see
 * cache-location.ts), never in the output folder: what earlier runs
 * learned, so unchanged work is skipped. It remembers, per target, a hash of
 * everything that decides the target's files (specs, options, templates,
 * code) and the hash of each file it produced; per formatted file, the hash
 * of its text before and after formatting; per spec, its validated form.
 *
 * It only ever stores hashes of output, never output: a remembered file is
 * taken from the output folder, and only when the file there still hashes to
 * what the cache says. So the files on disk always win over the cache; a
 * stale, edited or unreadable cache costs time, never correctness. The file
 * is sealed (an HMAC of its data under the cache folder's private key,
 * checked on every read) and bound to the output folder it was written in,
 * so a cache copied or forged along with hand-edited output is ignored. `generate` writes it after writing the
 * files; `check` only reads it.
 *
 * Layout: line 1 a JSON header (format, code fingerprint, folder, seal),
 * line 2 the JSON data the seal covers.
 */
import { isUtf8 } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Diagnostic, diagnostic } from '../diagnostics/diagnostic';
import { FormatMemo, SpecMemo, TargetRun } from '../pipeline';
import { SpecSource } from '../load/load-specs';
import { AreaOverrides } from '../docs/normalize/area';
import { NameOverrides } from '../openapi/name-overrides';
import { RenderedFile } from '../targets/target';
import { RawSpec } from '../docs/validate/raw-spec';
import { MANIFEST_FILE, parseManifest } from '../write/manifest';
import { writeAtomically } from '../write/apply';
import { readOutputFile } from '../write/plan';
import { readRegularFile } from '../write/safe-read';
import { cacheFileFor } from './cache-location';
import { codeFingerprint, templateFingerprint } from './fingerprint';
import { TemplateReads } from '../render/template-files';
import { digest } from './hash';
import { isRawSpecShape, rawSpecFromJson, rawSpecToJson } from './raw-spec-json';
import { ensureSealKey, readSealKey, seal, sealer } from './seal-key';

const CACHE_FORMAT = 2;

interface FileEntry {
  readonly path: string;
  readonly hash: string;
  readonly specs: readonly string[];
}

interface TargetEntry {
  readonly key: string;
  readonly files: readonly FileEntry[];
  /** The options that fell back to a neutral default, so a reused target still says so. */
  readonly neutral?: readonly string[];
}

interface FormatEntry {
  readonly input: string;
  readonly output: string;
}

interface SpecEntry {
  readonly hash: string;
  /** JSON text, parsed only when recalled: a thousand specs stay a thousand strings, not a thousand object trees. */
  readonly spec: string;
}

interface CacheData {
  readonly targets: Record<string, TargetEntry>;
  readonly formatted: Record<string, FormatEntry>;
  readonly specs: Record<string, SpecEntry>;
}

interface CacheHeader {
  readonly generator: 'modelgen';
  readonly cacheFormat: number;
  readonly code: string;
  readonly folder: string;
  readonly seal: string;
}

const emptyData = (): CacheData => ({ targets: {}, formatted: {}, specs: {} });

/** A target run's key: a hash of everything its files are a function of. */
export function targetKey(run: TargetRun, sources: readonly SpecSource[], templatesDir: string | undefined, areas: AreaOverrides = new Map(), outDir?: string, names: NameOverrides = new Map(), reads?: TemplateReads): string {
  const options = Object.keys(run.options)
    .sort()
    .map((k) => `${k}=${run.options[k]}`);
  const areaLines = [...areas].map(([key, { area }]) => `area ${key}=${area}`).sort();
  const nameLines = [...names].flatMap(([key, o]) => [...o.names].map(([language, { name }]) => `name ${key} ${language}=${name}`)).sort();
  const formatInputs = outDir !== undefined && run.target.formatInputs ? run.target.formatInputs(path.resolve(outDir, run.dir)) : '';
  return digest(run.target.name, run.dir, ...options, ...areaLines, ...nameLines, formatInputs, templateFingerprint(run.target.name, templatesDir, reads), ...sources.flatMap((s) => [s.path, s.name, s.text]));
}

export class InputCache {
  /** What this run learned or confirmed; only that is saved. */
  private readonly next = emptyData();
  private readonly disk = new Map<string, Buffer | undefined>();
  /** The run's spec paths: remembered specs of other paths are dropped. */
  private sourcePaths = new Set<string>();

  private constructor(
    private readonly outDir: string,
    /** Where the cache file lives; undefined for a run without a cache (`--no-cache`). */
    private readonly cacheDir: string | undefined,
    private readonly previous: CacheData,
    /**
     * The first line of the cache file read, when its seal held: a new text
     * with the same header has the same body (the seal is its HMAC), so the
     * file is not rewritten. Only the line is kept, not the whole text.
     */
    private readonly readHeader: string | undefined,
    /** Whether this run will save what it learns: `check` and `--no-cache` never do, so they skip building it. */
    private readonly learns: boolean,
  ) {}

  /** The cache of `outDir` in `cacheDir`; empty when missing, unreadable, malformed, unsealed or written by other code. */
  static read(outDir: string, cacheDir: string, learns = true): InputCache {
    const key = readSealKey(cacheDir);
    let text: string | undefined;
    try {
      // Without a key no cache file can be trusted, so none is looked for (naming it takes a hash).
      text = key && readRegularFile(cacheFileFor(cacheDir, outDir), { followSymlink: false })?.toString('utf8');
    } catch {
      text = undefined;
    }
    const data = key && text !== undefined ? parseCache(text, folderIdentity(outDir), key) : undefined;
    return new InputCache(outDir, cacheDir, data ?? emptyData(), data && text?.slice(0, text.indexOf('\n')), learns);
  }

  static empty(outDir: string): InputCache {
    return new InputCache(outDir, undefined, emptyData(), undefined, false);
  }

  /** Tells the cache which specs the run reads, so it keeps only their entries. */
  useSources(sources: readonly SpecSource[]): void {
    this.sourcePaths = new Set(sources.map((s) => s.path));
  }

  /** Whether a target's key would be used: to compare with a remembered one, or to record for saving. */
  usesKey(target: string): boolean {
    return this.learns || this.previous.targets[target] !== undefined;
  }

  /**
   * The target's files from the output folder, if its key is unchanged, the
   * manifest lists exactly the remembered files, and every file there hashes
   * as remembered.
   */
  reuse(target: string, key: string | undefined): RenderedFile[] | undefined {
    const entry = this.previous.targets[target];
    if (!entry || key === undefined || entry.key !== key || !this.manifestLists(target, entry.files)) return undefined;
    const files: RenderedFile[] = [];
    for (const file of entry.files) {
      const contents = this.tryReadOutput(file.path);
      if (contents === undefined || digest(contents) !== file.hash) return undefined;
      files.push({ path: file.path, contents, specs: file.specs });
    }
    this.next.targets[target] = entry;
    return files;
  }

  private manifestLists(target: string, files: readonly FileEntry[]): boolean {
    const listed = parseManifest(this.tryReadOutput(MANIFEST_FILE))?.files[target] ?? [];
    const remembered = new Set(files.map((f) => f.path));
    return listed.length === remembered.size && listed.every((f) => remembered.has(f));
  }

  record(target: string, key: string, files: readonly RenderedFile[], neutral: readonly string[] = []): void {
    const entry: TargetEntry = { key, files: files.map((f) => ({ path: f.path, hash: digest(f.contents), specs: f.specs })) };
    this.next.targets[target] = neutral.length > 0 ? { ...entry, neutral } : entry;
  }

  /** The neutral defaults a reused target's render fell back to. */
  neutralDefaults(target: string): readonly string[] {
    return this.next.targets[target]?.neutral ?? [];
  }

  /** Validated specs, by path and text. */
  readonly specs: SpecMemo = {
    recall: (source) => this.recallSpec(source),
    remember: (source, spec) => {
      if (this.learns) this.next.specs[source.path] = { hash: digest(source.text), spec: JSON.stringify(rawSpecToJson(spec)) };
    },
  };

  /** Formatted files, by path and unformatted text. */
  readonly formatted: FormatMemo = {
    recall: (file) => this.recallFormatted(file),
    remember: (unformatted, formatted) => {
      if (this.learns) this.next.formatted[unformatted.path] = { input: digest(unformatted.contents), output: digest(formatted.contents) };
    },
  };

  /**
   * `formatted`, unless it can neither recall (nothing remembered) nor
   * remember (the run saves nothing): then no memo at all, so the run does
   * not read the formatter's config files to salt its lookups.
   */
  formatMemo(): FormatMemo | undefined {
    return this.learns || Object.keys(this.previous.formatted).length > 0 ? this.formatted : undefined;
  }

  /**
   * The cache file's new text, in pieces, or undefined when it would not
   * change. Targets this run did not render keep their entries;
   * formatted-file entries are kept for the files the targets still produce,
   * spec entries for the specs the run read. The pieces join to the header
   * line and `JSON.stringify` of the data, but the text of a thousand
   * validated specs is never built as one string (nor its UTF-8 copy): the
   * seal and the write each walk the pieces. Call after the output folder is
   * written.
   */
  serialize(key: Buffer): Iterable<string> | undefined {
    const targets = { ...this.previous.targets, ...this.next.targets };
    const paths = new Set(Object.values(targets).flatMap((t) => t.files.map((f) => f.path)));
    const keep = <T>(entries: Record<string, T>, wanted: Set<string>) => sorted(Object.fromEntries(Object.entries(entries).filter(([p]) => wanted.has(p))));
    const data: CacheData = {
      targets: sorted(targets),
      formatted: keep({ ...this.previous.formatted, ...this.next.formatted }, paths),
      specs: keep({ ...this.previous.specs, ...this.next.specs }, this.sourcePaths),
    };
    const mac = sealer(key);
    for (const piece of jsonPieces(data)) mac.update(piece);
    const header: CacheHeader = { generator: 'modelgen', cacheFormat: CACHE_FORMAT, code: codeFingerprint(), folder: folderIdentity(this.outDir), seal: mac.digest('base64url') };
    const headerLine = JSON.stringify(header);
    if (headerLine === this.readHeader) return undefined;
    return (function* () {
      yield `${headerLine}\n`;
      yield* jsonPieces(data);
      yield '\n';
    })();
  }

  /** Writes what this run learned, after the output folder is written; a failure is a diagnostic, and the output stays right. */
  save(): Diagnostic[] {
    if (this.cacheDir === undefined) return [];
    const file = cacheFileFor(this.cacheDir, this.outDir);
    try {
      const pieces = this.serialize(ensureSealKey(this.cacheDir));
      if (pieces !== undefined) writeAtomically(file, pieces);
      return [];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return [diagnostic('cacheWriteFailed', `could not write the cache ${file}: ${code}`)];
    }
  }

  private recallFormatted(file: RenderedFile): string | undefined {
    const entry = this.previous.formatted[file.path];
    if (!entry || entry.input !== digest(file.contents)) return undefined;
    const contents = this.tryReadOutput(file.path);
    if (contents === undefined || digest(contents) !== entry.output) return undefined;
    this.next.formatted[file.path] = entry;
    return contents;
  }

  private recallSpec(source: SpecSource): RawSpec | undefined {
    const entry = this.previous.specs[source.path];
    if (!entry || entry.hash !== digest(source.text)) return undefined;
    let spec: RawSpec;
    try {
      spec = { ...rawSpecFromJson(source.path, JSON.parse(entry.spec)), name: source.name };
    } catch {
      return undefined;
    }
    if (!isRawSpecShape(spec, source.path)) return undefined;
    this.next.specs[source.path] = entry;
    return spec;
  }

  /**
   * For the cache's own checks: a file it cannot read, or whose bytes are not
   * UTF-8, is simply not reusable; the write plan reports why.
   */
  private tryReadOutput(file: string): string | undefined {
    try {
      const bytes = this.readOutput(file);
      return bytes && isUtf8(bytes) ? bytes.toString('utf8') : undefined;
    } catch {
      return undefined;
    }
  }

  /** A file of the output folder, read once per run (the write plan reads through here too); only plain relative paths are read. */
  readOutput(file: string): Buffer | undefined {
    if (!this.disk.has(file)) this.disk.set(file, isPlainRelative(file) ? readOutputFile(this.outDir, file) : undefined);
    return this.disk.get(file);
  }
}

/** `JSON.stringify(data)`, one entry at a time. */
function* jsonPieces(data: CacheData): Generator<string> {
  let separator = '{';
  for (const [name, entries] of Object.entries(data)) {
    yield `${separator}${JSON.stringify(name)}:`;
    let comma = '';
    for (const [key, entry] of Object.entries(entries as Record<string, unknown>)) {
      yield `${comma || '{'}${JSON.stringify(key)}:${JSON.stringify(entry)}`;
      comma = ',';
    }
    yield comma ? '}' : '{}';
    separator = ',';
  }
  yield '}';
}

function parseCache(text: string, folder: string, key: Buffer): CacheData | undefined {
  const [headerText, body] = text.split('\n');
  try {
    const header = JSON.parse(headerText) as Partial<CacheHeader>;
    if (header.generator !== 'modelgen' || header.cacheFormat !== CACHE_FORMAT || header.code !== codeFingerprint() || header.folder !== folder) return undefined;
    if (body === undefined || header.seal !== seal(key, body)) return undefined;
    const data = JSON.parse(body) as Partial<Record<keyof CacheData, unknown>>;
    const targets = record(data.targets, isTargetEntry);
    const formatted = record(data.formatted, (e): e is FormatEntry => isObject(e) && typeof e.input === 'string' && typeof e.output === 'string');
    const specs = record(data.specs, (e): e is SpecEntry => isObject(e) && typeof e.hash === 'string' && typeof e.spec === 'string');
    return { targets, formatted, specs };
  } catch {
    return undefined;
  }
}

/**
 * The output folder's identity: a cache is only trusted in the folder it was
 * written in, never in a copy or a fresh checkout that came with one.
 */
function folderIdentity(outDir: string): string {
  try {
    const stat = fs.statSync(outDir);
    return `${stat.dev}:${stat.ino}:${stat.birthtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** The well-formed entries of a parsed record; a malformed entry is dropped, not trusted. */
function record<T>(value: unknown, isEntry: (e: unknown) => e is T): Record<string, T> {
  if (!isObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((pair): pair is [string, T] => isEntry(pair[1])));
}

function isTargetEntry(e: unknown): e is TargetEntry {
  return (
    isObject(e) &&
    typeof e.key === 'string' &&
    Array.isArray(e.files) &&
    (e.neutral === undefined || (Array.isArray(e.neutral) && e.neutral.every((o: unknown) => typeof o === 'string'))) &&
    e.files.every((f: unknown) => isObject(f) && typeof f.path === 'string' && typeof f.hash === 'string' && Array.isArray(f.specs) && f.specs.every((s) => typeof s === 'string'))
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sorted<T>(entries: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(entries).sort().map((k) => [k, entries[k]]));
}

function isPlainRelative(file: string): boolean {
  return file !== '' && !path.isAbsolute(file) && !file.includes('\\') && file.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
