/**
 * The data `templates/ruby/*.hbs` receive. Every name, literal and comment
 * line is decided here; the templates only lay them out.
 */
import { Binding, Model, Property } from '../../ir/model';
import { modelDocLines, propertyDocLines } from '../doc-text';
import { className, commentLines, headerComment, methodName, stringLiteral } from './naming';

export interface RubyPropertyView {
  /** Comment lines, each starting with `#`, ending with the YARD `@return` tag. */
  readonly doc: readonly string[];
  /** The reader's name; the instance variable is `@` + this. */
  readonly name: string;
  /** The wire key as a Ruby string literal. */
  readonly wireKey: string;
  readonly optional: boolean;
}

export interface RubyClassView {
  readonly doc: readonly string[];
  readonly name: string;
  readonly properties: readonly RubyPropertyView[];
}

export interface RubyFileView {
  readonly header: string;
  /** `module A`, `  module B`: one line per segment of the module path, indented. */
  readonly moduleOpen: readonly string[];
  readonly moduleClose: readonly string[];
  /** The class, rendered from `class.rb.hbs` and indented to sit inside the modules. */
  readonly body: string;
}

export function buildClassView(model: Model, binding: Binding): RubyClassView {
  const name = className(binding.name);
  const docLines = modelDocLines(model);
  const taken = new Set<string>();
  const properties = binding.properties.map((property) => {
    const reader = methodName(property.name, taken);
    taken.add(reader);
    return propertyView(property, reader);
  });
  // Style/Documentation wants every class documented; a spec without prose still names its model.
  return { doc: commentLines(docLines.length > 0 ? docLines : [`The \`${model.id}\` model.`]), name, properties };
}

function propertyView(property: Property, reader: string): RubyPropertyView {
  const type = property.optional ? '[String, nil]' : '[String]';
  return {
    doc: [...commentLines(propertyDocLines(withKnownValues(property))), `# @return ${type}`],
    name: reader,
    wireKey: stringLiteral(property.wireName),
    optional: property.optional,
  };
}

/**
 * Ruby has no enum types: every property is a String that keeps any value the
 * wire carries. An enum-typed property still lists its known wire values in its doc.
 */
function withKnownValues(property: Property): Property {
  if (property.type.kind !== 'enum') return property;
  const values = property.type.members.filter((m) => m.primary).map((m) => m.wireValue);
  return { ...property, knownValues: values };
}

export function buildFileView(header: string, modulePath: string, classText: string): RubyFileView {
  const segments = modulePath.split('::');
  const indents = segments.map((_, depth) => '  '.repeat(depth));
  return {
    header: headerComment(header),
    moduleOpen: segments.map((s, depth) => `${indents[depth]}module ${s}`),
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
