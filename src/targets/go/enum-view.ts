/**
 * Go enum types: `type DirectoryState string` with one prefixed constant per
 * documented value, open to any other string. A docs page declares one
 * where a model first uses it; a named enum of a contract gets its own file.
 */
import { EnumBinding, EnumMember, EnumModel } from '../../ir/model';
import { textLines } from '../doc-text';
import { alignColumns } from './columns';
import { goDocLines } from './doc-comment';
import { deprecation, typeNotes, withParagraphs } from './doc-notes';
import { constantSuffix, goString, NameScope } from './naming';

export interface GoEnumView {
  readonly doc: readonly string[];
  readonly name: string;
  readonly constantsDoc: readonly string[];
  readonly constants: readonly GoConstantView[];
}

export interface GoConstantView {
  readonly doc: readonly string[];
  readonly name: string;
  readonly padding: string;
  readonly type: string;
  readonly value: string;
}

/** The file of a named enum (`widget_status.go`). */
export interface GoEnumFileView {
  readonly header: string;
  readonly packageName: string;
  readonly enums: readonly GoEnumView[];
}

/** An enum type named `name` (claimed already) whose constants are claimed in the package `scope`. */
export function enumDeclaration(name: string, members: readonly EnumMember[], doc: readonly string[], scope: NameScope): GoEnumView {
  const names = members.map((m) => scope.claim(`${name}${constantSuffix(m.name)}`));
  // A later member repeating a wire value stays a constant (callers may use it) and says which one it equals.
  const docs = members.map((m, i) => {
    const primary = members.findIndex((p) => p.primary && p.wireValue === m.wireValue);
    return m.primary || primary < 0 ? [] : [`${names[i]} has the same value as ${names[primary]}.`];
  });
  const padded = alignColumns(
    names.map((n) => [n, name]),
    docs.map((d) => d.length > 0),
  );
  return {
    doc,
    name,
    constantsDoc: [`The ${name} values the docs list. Any other value the API sends is kept as it is.`],
    constants: members.map((m, i) => ({ doc: docs[i], name: names[i], padding: padded[i].paddings[0], type: name, value: goString(m.wireValue) })),
  };
}

/** A contract's named enum, with its description, example and deprecation. */
export function namedEnumView(name: string, named: EnumModel, binding: EnumBinding, scope: NameScope): GoEnumView {
  const doc = withParagraphs(goDocLines(name, textLines(named.description)), typeNotes(named), deprecation(named.deprecated, 'type'));
  return enumDeclaration(name, binding.members, doc, scope);
}
