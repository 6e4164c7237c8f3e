/**
 * The type-spelling table of docs/type-spellings.md, built from the same
 * tables the parser reads, so the documentation cannot drift from behaviour.
 */
import { REFERENCE_LANGUAGES } from '../../ir/languages';
import { LanguageSpellings, ScalarKind, SPELLINGS } from './type-spellings';

// A `|` inside a Markdown table cell must be escaped, even in code spans.
const code = (items: readonly string[]) => items.map((i) => `\`${i.replace(/\|/g, '\\|')}\``).join(', ');

function scalars(s: LanguageSpellings, kind: ScalarKind): string {
  return code(Object.entries(s.scalars).filter(([, k]) => k === kind).map(([n]) => n)) || '—';
}

function lists(language: string, s: LanguageSpellings): string {
  const generic = s.lists.map((n) => (language === 'python' ? `${n}[T]` : `${n}<T>`));
  const arrays = s.arrays ? [language === 'go' ? '[]T' : 'T[]'] : [];
  return code([...generic, ...arrays, ...s.untypedLists]) || '—';
}

function maps(language: string, s: LanguageSpellings): string {
  const key = { js: 'string', java: 'String', python: 'str', ruby: 'String' }[language] ?? 'string';
  const generic = s.maps.map((n) => (language === 'go' ? 'map[string]T' : language === 'python' ? `${n}[str, T]` : language === 'ruby' ? `${n}{String => T}` : `${n}<${key}, T>`));
  const index = s.indexSignatures ? ['{ [key: string]: T }'] : [];
  return code([...generic, ...index, ...s.untypedMaps]) || '—';
}

function nullable(language: string, s: LanguageSpellings): string {
  const forms = [
    ...s.nullableGenerics.map((n) => `${n}[T]`),
    ...(s.nullableMark === 'prefix' ? ['?T'] : s.nullableMark === 'suffix' ? ['T?'] : s.nullableMark === 'annotation' ? ['@Nullable T'] : []),
    ...(s.goForms ? ['*T'] : []),
    ...s.nullNames.filter((n) => n !== 'NilClass').flatMap((n) => (language === 'ruby' ? [`T, ${n}`, `T | ${n}`] : [`T | ${n}`])),
    ...(language === 'python' ? ['Union[T, None]'] : []),
  ];
  return code(forms) || '—';
}

export function spellingTable(): string {
  const header = '| language | string | boolean | integer | number | any JSON value | list | map (string keys) | nullable |\n|---|---|---|---|---|---|---|---|---|';
  const rows = REFERENCE_LANGUAGES.map((language) => {
    const s = SPELLINGS[language];
    return `| \`${language}\` | \`string\`, \`str\`, \`String\` | ${scalars(s, 'boolean')} | ${scalars(s, 'integer')} | ${scalars(s, 'number')} | ${scalars(s, 'any')} | ${lists(language, s)} | ${maps(language, s)} | ${nullable(language, s)} |`;
  });
  return [header, ...rows].join('\n');
}

export function spellingDoc(): string {
  return `# Type spellings

Generated from \`src/docs/normalize/type-spellings.ts\` by \`npm run docs\`; a test keeps it in sync.

A property's \`type\` is read the way its language spells it, and every accepted
spelling normalises to one IR type. Spellings nest (\`List<Map<String, Role>>\`,
\`[]*Group\`, \`Optional[List[str]]\`). A spelling not listed here is an error
(\`MG023\`) naming the language, the type and what that language accepts.

${spellingTable()}

In every language, also:

- a quoted literal, such as \`'"directory"'\` in YAML: a string that always has that value;
- \`enum\`, or a type name whose description is an enum (\`DirectoryState\`,
  \`directorysync.DirectoryType\`): an enum whose members come from the
  referenced description variant;
- the type name of another model of the run in that language (its \`key\`), from
  any spec of the run, qualified or not (\`Group\`, \`directorysync.Group\`,
  \`WorkOS\\Resource\\Role\`): a nested model. A model may refer to itself or to
  a model that refers back. A name that is neither an enum nor a model is an
  error (\`MG025\`) at the referring property.

Optional (may be absent) is the property's \`optional: true\`; nullable (may be
\`null\`) is part of the type. They are independent: a property can be either,
both or neither, and nullability can sit at any level (\`(string | null)[]\` is a
list of nullable strings, \`string[] | null\` a nullable list). Ruby's YARD
\`Array<String, nil>\` is a list of nullable strings. Java and C# strings can
hold \`null\` whatever the spelling, but only \`@Nullable String\` and \`string?\`
document it, and the lint (\`MG109\`) reports languages that disagree.
`;
}
