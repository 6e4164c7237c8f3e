/** Go names: exported identifiers, package and file names, string literals and struct tags. */
import { AsciiTwin } from '../ascii-twin';
import { words } from '../naming';

/** The 25 keywords; an identifier (a package name here) may not be one. */
export const GO_KEYWORDS: ReadonlySet<string> = new Set([
  'break', 'case', 'chan', 'const', 'continue', 'default', 'defer', 'else', 'fallthrough', 'for', 'func', 'go', 'goto',
  'if', 'import', 'interface', 'map', 'package', 'range', 'return', 'select', 'struct', 'switch', 'type', 'var',
]);

/**
 * Initialisms Go spells in capitals (golint's list plus the API's own: SCIM,
 * SSO, SAML), applied when modelgen builds a name from words.
 */
export const GO_INITIALISMS: ReadonlySet<string> = new Set([
  'ACL', 'API', 'ASCII', 'CPU', 'CSS', 'DNS', 'EOF', 'GUID', 'HTML', 'HTTP', 'HTTPS', 'ID', 'IP', 'JSON', 'LHS', 'QPS',
  'RAM', 'RHS', 'RPC', 'SAML', 'SCIM', 'SLA', 'SMTP', 'SQL', 'SSH', 'SSO', 'TCP', 'TLS', 'TTL', 'UDP', 'UI', 'UID',
  'URI', 'URL', 'UTF8', 'UUID', 'VM', 'XML', 'XMPP', 'XSRF', 'XSS',
]);

/** An exported Go identifier as the spec may already spell it (`OrganizationID`, `Größe`). */
const EXPORTED_IDENTIFIER = new AsciiTwin(/^[A-Z][A-Za-z0-9_]*$/, /^\p{Lu}[\p{L}\p{Nd}_]*$/u);
const LOWER_WORD = new AsciiTwin(/^[a-z][A-Za-z0-9]*$/, /^\p{Ll}[\p{L}\p{Nd}]*$/u);
const LETTER_OR_DIGIT = new AsciiTwin(/[A-Za-z0-9]/, /[\p{L}\p{Nd}]/u);
const ASCII_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * PascalCase with Go's initialisms: `organization_id` → `OrganizationID`.
 * Digits on both sides of a word break keep an underscore, so `v2.0` reads
 * `V2_0`, not `V20`.
 */
export function goPascalCase(name: string): string {
  let result = '';
  for (const word of words(name)) {
    const upper = word.toUpperCase();
    const spelled = GO_INITIALISMS.has(upper) ? upper : upper.charAt(0) + word.slice(1).toLowerCase();
    result += /[0-9]$/.test(result) && /^[0-9]/.test(spelled) ? `_${spelled}` : spelled;
  }
  return result;
}

/**
 * An exported identifier for a type or field: kept when the docs already
 * give one, otherwise built from its words. Exporting also settles keywords
 * and predeclared names (`type` → `Type`), which are all lowercase.
 */
export function exportedName(name: string, fallback: string): string {
  if (EXPORTED_IDENTIFIER.test(name)) return name;
  const built = goPascalCase(name);
  if (built === '') return fallback;
  return /^[0-9]/.test(built) ? `X${built}` : built;
}

/** What follows the type name in an enum constant: `linked` → `Linked`, `` → `Empty`. */
export function constantSuffix(memberName: string): string {
  if (memberName === '') return 'Empty';
  if (EXPORTED_IDENTIFIER.test(memberName)) return memberName;
  // A non-ASCII word (`ünïcode`) is kept whole, capitalised, rather than cut at its non-ASCII letters.
  if (LOWER_WORD.test(memberName) && /[^\x00-\x7f]/.test(memberName)) return memberName.charAt(0).toUpperCase() + memberName.slice(1);
  return goPascalCase(memberName) || 'Value';
}

/** Hands out names unique within one Go scope: a clash gets `_2`, `_3`, ... */
export class NameScope {
  private readonly used = new Set<string>();

  claim(base: string): string {
    let name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}_${n}`;
    this.used.add(name);
    return name;
  }
}

/** Why a `package` option value cannot name a Go package, or undefined when it can. */
export function packageProblem(value: string): string | undefined {
  if (!ASCII_IDENTIFIER.test(value)) return 'must be a Go identifier: ASCII letters, digits and `_`, not starting with a digit';
  if (GO_KEYWORDS.has(value)) return `\`${value}\` is a Go keyword`;
  if (value === '_') return 'the blank identifier cannot name a package';
  if (value === 'main') return '`main` names a command, not a library package';
  return undefined;
}

export const DEFAULT_PACKAGE = 'models';

/** The package a title's qualifier names (`directorysync`), made a valid package name. */
export function packageFromQualifier(qualifier: string | undefined): string {
  const last = (qualifier ?? '').split(/[./\\]/).pop() ?? '';
  const name = last.toLowerCase().replace(/[^a-z0-9_]/g, '');
  if (name === '' || /^[0-9]/.test(name) || packageProblem(name) !== undefined) return DEFAULT_PACKAGE;
  return name;
}

// Suffixes the go tool reads as build constraints in a file name (`x_windows.go`, `x_test.go`).
const KNOWN_OS = 'aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris unix wasip1 windows zos';
const KNOWN_ARCH =
  '386 amd64 amd64p32 arm armbe arm64 arm64be loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc ppc64 ppc64le riscv riscv64 s390 s390x sparc sparc64 wasm';
const CONSTRAINED_SUFFIXES: ReadonlySet<string> = new Set(['test', ...KNOWN_OS.split(' '), ...KNOWN_ARCH.split(' ')]);

/**
 * A file name stem from a model id: snake_case, and never one the go tool
 * would skip or build only for tests or one platform (`sync_windows` gets `_model`).
 */
export function fileStem(modelId: string): string {
  const stem = words(modelId)
    .map((w) => w.toLowerCase())
    .join('_');
  if (stem === '') return 'model';
  const parts = stem.split('_');
  return parts.length > 1 && CONSTRAINED_SUFFIXES.has(parts[parts.length - 1]) ? `${stem}_model` : stem;
}

/**
 * A Go interpreted string literal. Control characters, the BOM (which the
 * compiler rejects anywhere but the start of a file) and lone surrogates are
 * escaped or replaced; everything else is written as it is.
 */
export function goString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code === 0xfeff) out += '\\ufeff';
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return `${out}"`;
}

/**
 * Why encoding/json cannot read `wireName` from a struct tag, if it cannot.
 * A tag name may hold only letters, digits, spaces and
 * `!#$%&()*+-./:;<=>?@[]^_{|}~` (its `isValidTag`); any other character
 * (a comma ends the name, a quote or a backslash is reserved) makes it fall
 * back to the field's Go name without a word, so `la,bel` would read `la`.
 */
export function wireKeyProblem(wireName: string): string | undefined {
  if (wireName === '') return 'it is empty';
  const bad = [...wireName].find((c) => !LETTER_OR_DIGIT.test(c) && !"!#$%&()*+-./:;<=>?@[]^_{|}~ ".includes(c));
  return bad === undefined ? undefined : `it holds \`${bad === '`' ? '\\u0060' : bad}\`, which a Go struct tag cannot carry`;
}

/**
 * The struct tag: `json:"wire"`, with `omitempty` for an optional field (`-`
 * alone would mean "skip"). The wire name has passed `wireKeyProblem`.
 */
export function jsonTag(wireName: string, optional: boolean): string {
  const options = optional ? ',omitempty' : wireName === '-' ? ',' : '';
  return `\`json:${goString(wireName + options)}\``;
}
