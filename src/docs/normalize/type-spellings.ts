/**
 * What each reference language's type spellings mean. Every accepted
 * spelling normalises to one IR type shape; the tables below are the single
 * source for the parser's interpretation, the diagnostics' hints and the
 * documented spelling table (docs/type-spellings.md).
 */
import { REFERENCE_LANGUAGES, ReferenceLanguage } from '../../ir/languages';
import { didYouMean } from './name-keys';
import { splitQualifier } from './title';
import { NullableMark, parseTypeSyntax, TypeSyntax } from './type-syntax';

export type ScalarKind = 'string' | 'boolean' | 'integer' | 'number' | 'any';

/** A spelling read in the context of its language; names are resolved later (enum or model). */
export type SpelledType =
  | { readonly kind: ScalarKind }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'enum-keyword' }
  | { readonly kind: 'named'; readonly name: string; readonly qualifier?: string }
  | { readonly kind: 'list'; readonly items: SpelledType }
  | { readonly kind: 'map'; readonly values: SpelledType }
  | { readonly kind: 'nullable'; readonly inner: SpelledType };

export interface LanguageSpellings {
  readonly scalars: Readonly<Record<string, ScalarKind>>;
  /** Generic names taking the item type: `List<T>`. */
  readonly lists: readonly string[];
  /** Generic names taking a string key and the value type: `Map<String, T>`. */
  readonly maps: readonly string[];
  /** Bare names meaning a list or a map of any JSON value. */
  readonly untypedLists: readonly string[];
  readonly untypedMaps: readonly string[];
  /** Generic names meaning "this, or null": `Optional[T]`. */
  readonly nullableGenerics: readonly string[];
  /** The null type in unions: `T | null`, `T | None`, `T, nil`. */
  readonly nullNames: readonly string[];
  readonly arrays: boolean;
  readonly goForms: boolean;
  readonly nullableMark: NullableMark | 'none';
  readonly indexSignatures: boolean;
}

const none: Pick<LanguageSpellings, 'untypedLists' | 'untypedMaps' | 'nullableGenerics'> = { untypedLists: [], untypedMaps: [], nullableGenerics: [] };
const all = (kind: ScalarKind, names: string[]) => Object.fromEntries(names.map((n) => [n, kind]));

export const SPELLINGS: Readonly<Record<ReferenceLanguage, LanguageSpellings>> = {
  curl: {
    ...none,
    scalars: { ...all('string', ['string']), boolean: 'boolean', integer: 'integer', number: 'number', any: 'any' },
    lists: [], maps: [], untypedLists: ['array'], untypedMaps: ['object'],
    nullNames: ['null'], arrays: true, goForms: false, nullableMark: 'none', indexSignatures: false,
  },
  js: {
    ...none,
    scalars: { string: 'string', boolean: 'boolean', number: 'number', any: 'any', unknown: 'any' },
    lists: ['Array', 'ReadonlyArray'], maps: ['Record'],
    nullNames: ['null'], arrays: true, goForms: false, nullableMark: 'none', indexSignatures: true,
  },
  go: {
    ...none,
    scalars: {
      string: 'string', bool: 'boolean',
      ...all('integer', ['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64']),
      ...all('number', ['float32', 'float64']),
      ...all('any', ['interface{}', 'any', 'json.RawMessage']),
    },
    lists: [], maps: ['map'],
    nullNames: [], arrays: true, goForms: true, nullableMark: 'none', indexSignatures: false,
  },
  java: {
    ...none,
    scalars: {
      String: 'string', ...all('boolean', ['boolean', 'Boolean']),
      ...all('integer', ['int', 'Integer', 'long', 'Long', 'short', 'Short']),
      ...all('number', ['double', 'Double', 'float', 'Float', 'BigDecimal']),
      ...all('any', ['Object', 'JsonNode']),
    },
    lists: ['List', 'ArrayList', 'Collection'], maps: ['Map', 'HashMap'],
    nullNames: [], arrays: true, goForms: false, nullableMark: 'annotation', indexSignatures: false,
  },
  python: {
    ...none,
    scalars: { str: 'string', bool: 'boolean', int: 'integer', float: 'number', ...all('any', ['Any', 'object']) },
    lists: ['list', 'List', 'Sequence'], maps: ['dict', 'Dict', 'Mapping'], nullableGenerics: ['Optional'],
    nullNames: ['None'], arrays: false, goForms: false, nullableMark: 'none', indexSignatures: false,
  },
  ruby: {
    ...none,
    scalars: { String: 'string', Boolean: 'boolean', Integer: 'integer', ...all('number', ['Float', 'Numeric']), Object: 'any' },
    lists: ['Array'], maps: ['Hash'], untypedLists: ['Array'], untypedMaps: ['Hash'],
    nullNames: ['nil', 'NilClass'], arrays: false, goForms: false, nullableMark: 'none', indexSignatures: false,
  },
  php: {
    ...none,
    scalars: { string: 'string', ...all('boolean', ['bool', 'boolean']), ...all('integer', ['int', 'integer']), ...all('number', ['float', 'double']), mixed: 'any' },
    lists: ['array', 'list'], maps: ['array'], untypedMaps: ['array'],
    nullNames: ['null'], arrays: true, goForms: false, nullableMark: 'prefix', indexSignatures: false,
  },
  dotnet: {
    ...none,
    scalars: {
      ...all('string', ['string', 'String']), ...all('boolean', ['bool', 'Boolean']),
      ...all('integer', ['int', 'long', 'short', 'Int32', 'Int64', 'Int16']),
      ...all('number', ['double', 'float', 'decimal', 'Double', 'Single', 'Decimal']),
      ...all('any', ['object', 'Object', 'JToken', 'JsonElement']),
    },
    lists: ['List', 'IList', 'IEnumerable', 'ICollection', 'IReadOnlyList', 'IReadOnlyCollection'],
    maps: ['Dictionary', 'IDictionary', 'IReadOnlyDictionary'],
    nullNames: [], arrays: true, goForms: false, nullableMark: 'suffix', indexSignatures: false,
  },
};

/**
 * "Did you mean" for a scalar spelt another language's way (`integer` or
 * `int` in js, `string` in python): the language's own spelling of that kind.
 * A language without an integer type (js) is told its number type holds them.
 */
export function foreignScalarSuggestion(language: ReferenceLanguage, name: string): string | undefined {
  const own = SPELLINGS[language].scalars;
  if (Object.hasOwn(own, name)) return undefined;
  const kind = REFERENCE_LANGUAGES.map((l) => SPELLINGS[l].scalars).find((s) => Object.hasOwn(s, name))?.[name];
  if (kind === undefined) return undefined;
  const spelling = (k: ScalarKind) => Object.keys(own).find((n) => own[n] === k);
  const same = spelling(kind);
  if (same !== undefined) return `; did you mean \`${same}\`?`;
  const number = kind === 'integer' ? spelling('number') : undefined;
  return number === undefined ? undefined : `; did you mean \`${number}\`? ${language} has no integer type: \`${number}\` holds every number`;
}

const MARKS: Record<NullableMark, string> = { prefix: '`?T`', suffix: '`T?`', annotation: '`@Nullable T`' };

/** Spelt the same in every language, as the seeds do. */
const UNIVERSAL_STRINGS = new Set(['string', 'str', 'String']);

export type SpellingResult = { readonly ok: true; readonly type: SpelledType } | { readonly ok: false; readonly reason: string };

export function readSpelling(language: ReferenceLanguage, text: string): SpellingResult {
  if (text.trim() === 'enum') return { ok: true, type: { kind: 'enum-keyword' } };
  const syntax = parseTypeSyntax(text);
  if (!syntax) return { ok: false, reason: `\`${text}\` is not a type spelling modelgen can read` };
  return interpret(syntax, SPELLINGS[language], language, text);
}

function interpret(syntax: TypeSyntax, s: LanguageSpellings, language: ReferenceLanguage, text: string): SpellingResult {
  const fail = (why: string, suggestion = ''): SpellingResult => ({ ok: false, reason: `\`${text}\`: ${why} in ${language}${suggestion}` });
  const sub = (inner: TypeSyntax) => interpret(inner, s, language, text);
  const wrap = (inner: TypeSyntax, make: (t: SpelledType) => SpelledType): SpellingResult => {
    const r = sub(inner);
    return r.ok ? { ok: true, type: make(r.type) } : r;
  };
  switch (syntax.form) {
    case 'literal':
      return { ok: true, type: { kind: 'literal', value: syntax.value } };
    case 'array':
      return s.arrays ? wrap(syntax.items, (items) => ({ kind: 'list', items })) : fail('array forms are not spelt this way');
    case 'pointer':
      return s.goForms ? wrap(syntax.inner, (inner) => ({ kind: 'nullable', inner })) : fail('pointers are not spelt this way');
    case 'nullable':
      return s.nullableMark === syntax.mark ? wrap(syntax.inner, (inner) => ({ kind: 'nullable', inner })) : fail(`${MARKS[syntax.mark]} is not spelt this way`);
    case 'index':
      return s.indexSignatures ? wrap(syntax.values, (values) => ({ kind: 'map', values })) : fail('index signatures are not spelt this way');
    case 'union':
      return interpretUnion(syntax.members, s, sub, fail);
    case 'name':
      return interpretName(syntax, s, sub, fail);
  }
}

function interpretUnion(members: readonly TypeSyntax[], s: LanguageSpellings, sub: (t: TypeSyntax) => SpellingResult, fail: (why: string) => SpellingResult): SpellingResult {
  const isNull = (m: TypeSyntax) => m.form === 'name' && m.args.length === 0 && s.nullNames.includes(m.name);
  const rest = members.filter((m) => !isNull(m));
  if (rest.length !== 1 || rest.length === members.length) return fail('only "a type or null" unions are supported');
  const inner = sub(rest[0]);
  return inner.ok ? { ok: true, type: { kind: 'nullable', inner: inner.type } } : inner;
}

function interpretName(
  syntax: Extract<TypeSyntax, { form: 'name' }>,
  s: LanguageSpellings,
  sub: (t: TypeSyntax) => SpellingResult,
  fail: (why: string, suggestion?: string) => SpellingResult,
): SpellingResult {
  const { name, args } = syntax;
  if (args.length === 0) {
    if (UNIVERSAL_STRINGS.has(name)) return { ok: true, type: { kind: 'string' } };
    // Own properties only: `constructor` or `__proto__` are type names, not scalars.
    const scalar = Object.hasOwn(s.scalars, name) ? s.scalars[name] : undefined;
    if (scalar) return { ok: true, type: { kind: scalar } };
    if (s.untypedLists.includes(name)) return { ok: true, type: { kind: 'list', items: { kind: 'any' } } };
    if (s.untypedMaps.includes(name)) return { ok: true, type: { kind: 'map', values: { kind: 'any' } } };
    if (s.nullNames.includes(name)) return fail('`null` alone is not a type');
    return { ok: true, type: { kind: 'named', ...splitQualifier(name) } };
  }
  if (args.length === 1 && s.lists.includes(name)) {
    const items = sub(args[0]);
    return items.ok ? { ok: true, type: { kind: 'list', items: items.type } } : items;
  }
  // YARD lists an array's possible item types: `Array<String, nil>`.
  if (args.length > 1 && s.lists.includes(name) && s.nullNames.includes('nil')) {
    const items = interpretUnion(args, s, sub, fail);
    return items.ok ? { ok: true, type: { kind: 'list', items: items.type } } : items;
  }
  if (args.length === 1 && s.nullableGenerics.includes(name)) {
    const inner = sub(args[0]);
    return inner.ok ? { ok: true, type: { kind: 'nullable', inner: inner.type } } : inner;
  }
  if (name === 'Union' && s.nullNames.includes('None')) return interpretUnion(args, s, sub, fail);
  if (args.length === 2 && s.maps.includes(name)) {
    const key = sub(args[0]);
    if (!key.ok || key.type.kind !== 'string') return fail('map keys must be strings');
    const values = sub(args[1]);
    return values.ok ? { ok: true, type: { kind: 'map', values: values.type } } : values;
  }
  return fail(`\`${name}\` with ${args.length} type argument${args.length === 1 ? '' : 's'} is not a known generic`, didYouMean(name, [...s.lists, ...s.maps, ...s.nullableGenerics]));
}

/** The accepted spellings of a language, for hints and docs. */
export function acceptedSpellings(language: ReferenceLanguage): string {
  const s = SPELLINGS[language];
  const forms = [
    ...Object.keys(s.scalars),
    ...s.untypedLists, ...s.untypedMaps.filter((n) => !s.untypedLists.includes(n)),
    ...s.lists.map((n) => (language === 'python' ? `${n}[T]` : `${n}<T>`)),
    ...s.maps.map((n) => (language === 'go' ? 'map[string]T' : language === 'python' ? `${n}[str, T]` : language === 'ruby' ? `${n}{String => T}` : `${n}<${language === 'js' ? 'string' : language === 'java' ? 'String' : 'string'}, T>`)),
    ...(s.arrays ? [language === 'go' ? '[]T' : 'T[]'] : []),
    ...(s.goForms ? ['*T'] : []),
    ...(s.indexSignatures ? ['{ [key: string]: T }'] : []),
    ...s.nullableGenerics.map((n) => `${n}[T]`),
    ...(s.nullableMark === 'none' ? [] : [MARKS[s.nullableMark].slice(1, -1)]),
    ...s.nullNames.filter((n) => n !== 'NilClass').map((n) => (language === 'ruby' ? `T, ${n}` : `T | ${n}`)),
  ];
  return `${[...new Set(forms)].join(', ')}, a quoted literal ('"value"'), enum, or the name of an enum or model type`;
}
