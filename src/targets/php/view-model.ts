/**
 * The data `templates/php/*.hbs` receive. Every name, literal, expression and
 * comment line is decided here; the templates only lay them out.
 */
import { Binding, Model, Property, TypeRef } from '../../ir/model';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { headerText } from '../target';
import { ClassNames, classRefs } from './class-refs';
import { docComment, PhpDoc } from './doc-comment';
import { INDENT, layout } from './expr';
import { className, propertyName, stringLiteral } from './naming';
import { docType, Expressions, Helper, HELPERS, NameOf, nativeType, needsDocType } from './types';
import { admitsNull, stripNullable } from '../../ir/type-walk';

/** A promoted constructor parameter, which is also the public readonly property. */
export interface PhpParameterView {
  readonly doc: PhpDoc;
  /** `string`, `?array`, `mixed`, `?TreeNode`. */
  readonly type: string;
  readonly name: string;
  /** ` = null` for an optional property, ` = []` for the explicit-null list, else empty. */
  readonly defaultValue: string;
}

/** An optional property whose wire key is left out of `jsonSerialize` when `condition` holds. */
export interface PhpOmissionView {
  readonly condition: string;
  readonly wireKey: string;
}

/**
 * Optional properties that admit null keep "absent" and "null" apart: `fromArray`
 * lists those present with `null` in this parameter, and writing keeps them.
 */
export interface PhpExplicitNullsView {
  readonly name: string;
  readonly properties: readonly { readonly wireKey: string; readonly property: string }[];
}

export interface PhpClassView {
  readonly header: PhpDoc;
  readonly namespace: string;
  /** `use` targets for models of other namespaces. */
  readonly imports: readonly string[];
  readonly doc: PhpDoc;
  readonly name: string;
  /** Required parameters first: PHP deprecates an optional parameter before a required one. */
  readonly parameters: readonly PhpParameterView[];
  readonly explicitNulls: PhpExplicitNullsView | null;
  /** The named arguments of `new self(...)`, laid out from column 12. */
  readonly reads: readonly string[];
  /** The entries of the wire array in `jsonSerialize`, in the documented order, laid out from column 12. */
  readonly writes: readonly string[];
  readonly omissions: readonly PhpOmissionView[];
  /** Which private static helpers the class uses. */
  readonly helpers: Readonly<Record<Helper, boolean>>;
}

/** Promoted parameters sit inside the class and the parameter list: 8 columns in. */
const PARAMETER_INDENT = 2 * INDENT;
/** Named arguments of `new self(` and entries of the wire array: 12 columns in. */
const ENTRY_INDENT = 3 * INDENT;
const EXPLICIT_NULLS = 'explicitNulls';

interface Named {
  readonly property: Property;
  readonly name: string;
}

export function buildClassView(model: Model, binding: Binding, namespace: string, namespaceOption?: string, classes: ClassNames = new Map()): PhpClassView {
  const name = classes.get(model.id) ?? className(binding.name);
  const names = uniqueNames(binding.properties.map((p) => propertyName(p.name)));
  const properties: Named[] = binding.properties.map((property, i) => ({ property, name: names[i] }));
  const ordered = [...properties.filter((p) => !p.property.optional), ...properties.filter((p) => p.property.optional)];
  const refs = classRefs(namespace, name, binding.properties.map((p) => p.type), namespaceOption, classes);
  const expressions = new Expressions(refs.nameOf);
  const tracked = properties.filter((p) => p.property.optional && admitsNull(p.property.type));
  const explicitNulls = tracked.length === 0 ? null : explicitNullsView(names, tracked);
  const parameters = ordered.map((p) => parameterView(p, tracked.includes(p) ? explicitNulls : null, refs.nameOf));
  const reads = ordered.flatMap(({ property, name }) =>
    layout(expressions.readProperty(property.type, property.optional, stringLiteral(property.wireName)), ENTRY_INDENT, `${name}: `, ','),
  );
  return {
    header: docComment([headerText({ spec: model.source.name })], 0),
    namespace,
    imports: refs.imports,
    doc: docComment(modelDocLines(model), 0),
    name,
    parameters: explicitNulls ? [...parameters, explicitNullsParameter(explicitNulls.name)] : parameters,
    explicitNulls,
    reads: explicitNulls ? [...reads, `${explicitNulls.name}: $${explicitNulls.name},`] : reads,
    writes: properties.flatMap(({ property, name }) =>
      layout(expressions.write(property.type, `$this->${name}`), ENTRY_INDENT, `${stringLiteral(property.wireName)} => `, ','),
    ),
    omissions: properties.filter((p) => p.property.optional).map((p) => omissionView(p, explicitNulls)),
    helpers: Object.fromEntries(HELPERS.map((h) => [h, expressions.used.has(h)])) as Record<Helper, boolean>,
  };
}

/** `explicitNulls` is set when the property is one it tracks. */
function parameterView({ property, name }: Named, explicitNulls: PhpExplicitNullsView | null, nameOf: NameOf): PhpParameterView {
  // An optional property reads as null when absent, whatever its documented type.
  const type: TypeRef = property.optional && property.type.kind !== 'nullable' ? { kind: 'nullable', inner: property.type } : property.type;
  const lines = paragraphs(
    propertyDocLines(property),
    typeDocLines(property.type),
    explicitNulls ? [`Left out of the wire JSON when null, unless named in \`$${explicitNulls.name}\`.`] : [],
  );
  return {
    doc: docComment(lines, PARAMETER_INDENT, needsDocType(type) ? [`@var ${docType(type, nameOf)}`] : []),
    type: nativeType(type, nameOf),
    name,
    defaultValue: property.optional ? ' = null' : '',
  };
}

/** The parameter is named `explicitNulls` unless a property took that name. */
function explicitNullsView(names: readonly string[], tracked: readonly Named[]): PhpExplicitNullsView {
  let name = EXPLICIT_NULLS;
  for (let n = 2; names.includes(name); n++) name = `${EXPLICIT_NULLS}${n}`;
  return { name, properties: tracked.map((p) => ({ wireKey: stringLiteral(p.property.wireName), property: stringLiteral(p.name) })) };
}

function explicitNullsParameter(name: string): PhpParameterView {
  const lines = [
    'The optional properties (by name) that are null on the wire rather than absent: they are written as null instead of left out.',
  ];
  return { doc: docComment(lines, PARAMETER_INDENT, ['@var list<string>']), type: 'array', name, defaultValue: ' = []' };
}

function omissionView({ property, name }: Named, explicitNulls: PhpExplicitNullsView | null): PhpOmissionView {
  const isNull = `$this->${name} === null`;
  const condition =
    explicitNulls && admitsNull(property.type) ? `${isNull} && !in_array(${stringLiteral(name)}, $this->${explicitNulls.name}, true)` : isNull;
  return { condition, wireKey: stringLiteral(property.wireName) };
}

/**
 * What the PHP type cannot say: a literal's value, an enum's known values (an
 * enum stays an open string, so reading never fails on a value the docs do not list).
 */
function typeDocLines(type: TypeRef): string[] {
  const bare = stripNullable(type);
  if (bare.kind === 'literal') return [`Always \`${bare.value}\`.`];
  if (bare.kind !== 'enum') return [];
  const values = [...new Set(bare.members.map((m) => m.wireValue))];
  return values.length === 0 ? [] : [`Known values: ${values.map((v) => `\`${v}\``).join(', ')}.`];
}

function paragraphs(...parts: readonly string[][]): string[] {
  return parts.filter((p) => p.length > 0).flatMap((p, i) => (i === 0 ? p : ['', ...p]));
}

/** Sanitised names can collide (`a-b` and `aB`); later ones get a number. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; seen.has(unique); n++) unique = `${name}${n}`;
    seen.add(unique);
    return unique;
  });
}
