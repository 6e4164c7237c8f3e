/**
 * The data `templates/ruby/*.hbs` receive. Every name, literal and comment
 * line is decided here; the templates only lay them out.
 */
import { Binding, Model, ModelType, Property, TypeRef } from '../../ir/model';
import { memberFactLines } from '../doc-facts';
import { planUniqueNames } from '../naming';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { autoloadPath, className, commentLines, headerComment, methodName, stringLiteral } from './naming';
import { classOf, ClassNames, readerDocType, typeDescriptor, writeExpression } from './types';
import { modelsIn, stripNullable } from '../../ir/type-walk';

export interface RubyPropertyView {
  /** Comment lines, each starting with `#`, ending with the YARD `@return` tag. */
  readonly doc: readonly string[];
  /** The reader's name; the instance variable is `@` + this. */
  readonly name: string;
  /** The wire key as a Ruby string literal. */
  readonly wireKey: string;
  /** The reader call's arguments after the key: the type as data, and `optional: true`. */
  readonly readArgs: string;
  /** Writes `@name` back as wire JSON: nested models as hashes with wire keys. */
  readonly write: string;
}

/** `autoload :DirectoryGroup, "#{__dir__}/directory_group"`: a model this class refers to. */
export interface RubyAutoloadView {
  readonly constant: string;
  readonly path: string;
}

export interface RubyClassView {
  /**
   * Referenced models are autoloaded, not required: a self or mutual reference
   * (`TreeNode` ↔ `Leaf`) would be a circular require, which `ruby -w` warns
   * about, and the constants are only needed when a payload is read.
   */
  readonly autoloads: readonly RubyAutoloadView[];
  readonly doc: readonly string[];
  readonly name: string;
  /** The union modules the class is a variant of (`include ShapeEvent`), so `is_a?` answers for them. */
  readonly includes: readonly string[];
  readonly properties: readonly RubyPropertyView[];
}

export interface RubyFileView {
  readonly header: string;
  /** Whether the file requires the module's shared runtime (model and union files; not the runtime itself, nor an enum's). */
  readonly runtime: boolean;
  /** Whether the file requires `time` (the runtime, when the `dateTime` option reads Times). */
  readonly time: boolean;
  /** `module A`, `  module B`: one line per segment of the module path, indented (the innermost may have a doc line). */
  readonly moduleOpen: readonly string[];
  readonly moduleClose: readonly string[];
  /** The class, rendered from `class.rb.hbs` and indented to sit inside the modules. */
  readonly body: string;
}

/**
 * One class per model in the module, by model id: escaping can land one
 * documented name on another (`JSON` → `JSONModel` beside a `JSONModel`),
 * and a second file declaring the same class would reopen it.
 */
export function rubyClassNames(models: readonly Model[], others: readonly TypeDefinitionWithBindings[] = []): ClassNames {
  const claims = [...models, ...others].flatMap((m) => m.bindings.filter((b) => b.language === 'ruby').map((b) => ({ key: m.id, name: b.name })));
  return planUniqueNames(claims, className);
}

/** A union or enum, which claims a constant in its module beside the models. */
export interface TypeDefinitionWithBindings {
  readonly id: string;
  readonly bindings: readonly { readonly language: string; readonly name: string }[];
}

/** What a class needs from the rest of the run: the unions it is a variant of, and the `dateTime` option. */
export interface ClassRun {
  readonly includes: readonly ModelType[];
  readonly dates: boolean;
}

export function buildClassView(model: Model, binding: Binding, modulePath: string, classes: ClassNames = new Map(), run: ClassRun = { includes: [], dates: false }): RubyClassView {
  const name = classes.get(model.id) ?? className(binding.name);
  const docLines = modelDocLines(model);
  const taken = new Set<string>();
  const properties = binding.properties.map((property) => {
    const reader = methodName(property.name, taken);
    taken.add(reader);
    return propertyView(property, reader, modulePath, classes, run.dates);
  });
  // Style/Documentation wants every class documented; a spec without prose still names its model.
  const doc = [...commentLines(docLines.length > 0 ? docLines : [`The \`${model.id}\` model.`]), ...(model.deprecated ? ['# @deprecated'] : [])];
  const includes = run.includes.map((ref) => classOf(ref, classes));
  return { autoloads: autoloads([...binding.properties.map((p) => p.type), ...run.includes], name, classes), doc, name, includes, properties };
}

function propertyView(property: Property, reader: string, modulePath: string, classes: ClassNames, dates: boolean): RubyPropertyView {
  const descriptor = typeDescriptor(property.type, classes, dates);
  const prose = propertyDocLines(withKnownValues(property));
  const facts = [...enumDocLines(property.type), ...memberFactLines(property, Number.POSITIVE_INFINITY)];
  const lines = facts.length > 0 && prose.length > 0 ? [...prose, '', ...facts] : [...prose, ...facts];
  return {
    doc: [...commentLines(lines), ...(property.deprecated ? ['# @deprecated'] : []), `# @return ${readerDocType(property.type, property.optional, modulePath, classes, dates)}`],
    name: reader,
    wireKey: stringLiteral(property.wireName),
    readArgs: property.optional ? `${descriptor}, optional: true` : descriptor,
    write: writeExpression(property.type, `@${reader}`, dates),
  };
}

/** A named enum is a String: its doc names the module of constants. */
function enumDocLines(type: TypeRef): string[] {
  const bare = stripNullable(type);
  return bare.kind === 'model' && bare.modelKind === 'enum' ? [`One of the ${bare.name} constants; a value it does not list is kept as read.`] : [];
}

/** The other models and unions the class mentions, once each, by constant name; named enums are strings and need none. */
export function autoloads(types: readonly TypeRef[], self: string, classes: ClassNames): RubyAutoloadView[] {
  const byConstant = new Map<string, RubyAutoloadView>();
  for (const ref of types.flatMap(modelsIn).filter((r) => r.modelKind !== 'enum')) {
    const constant = classOf(ref, classes);
    // Another area's class is named from the top (`::Acme::Sso::Connection`) and loaded by the entry file.
    if (constant !== self && !constant.startsWith('::') && !byConstant.has(constant)) byConstant.set(constant, { constant, path: autoloadPath(ref.modelId) });
  }
  return [...byConstant.values()].sort((a, b) => (a.constant < b.constant ? -1 : a.constant > b.constant ? 1 : 0));
}

/**
 * Ruby has no enum types: an enum-typed property is a String that keeps any
 * value the wire carries, and lists its known wire values in its doc.
 */
function withKnownValues(property: Property): Property {
  if (property.type.kind !== 'enum') return property;
  const values = property.type.members.filter((m) => m.primary).map((m) => m.wireValue);
  return { ...property, knownValues: values };
}

/**
 * `autoload` in the module body makes it more than a namespace, so
 * Style/Documentation then wants the module documented: such a file gets a
 * comment on its innermost module line.
 */
const MODULE_DOC = '# The generated models; this file autoloads the ones its class refers to.';

/**
 * The file around a class, or around what needs no runtime (`standalone`:
 * the runtime itself, an enum); `documented` when its module line needs the
 * autoload comment; `time` when it requires `time`.
 */
export function buildFileView(header: string, modulePath: string, documented: boolean, classText: string, standalone = false, time = false): RubyFileView {
  const segments = modulePath.split('::');
  const indents = segments.map((_, depth) => '  '.repeat(depth));
  const innermost = segments.length - 1;
  const moduleOpen = segments.flatMap((s, depth) => {
    const line = `${indents[depth]}module ${s}`;
    return depth === innermost && documented ? [`${indents[depth]}${MODULE_DOC}`, line] : [line];
  });
  return {
    header: headerComment(header),
    runtime: !standalone,
    time,
    moduleOpen,
    moduleClose: [...indents].reverse().map((indent) => `${indent}end`),
    body: indentBlock(classText.replace(/\n+$/, ''), '  '.repeat(segments.length)),
  };
}

/** Indents every non-blank line, so blank lines carry no trailing whitespace. */
function indentBlock(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `${indent}${line}`))
    .join('\n');
}
