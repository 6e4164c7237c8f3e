/**
 * A named enum's module: a `str` Enum with one constant per documented value,
 * the extensible-enum pattern of Azure's Python SDKs. It stays open: reading
 * turns a listed value into its member and keeps any other string as a plain
 * str, so a field of the enum is `Union[Status, str]`, and writing gives back
 * the string that was read. Members are strings, so `== "active"` holds.
 */
import { EnumBinding, EnumModel } from '../../ir/model';
import { textLines } from '../doc-text';
import { typeNotes } from './doc-notes';
import { className, docstring, enumMemberNames, PyDoc, stringLiteral } from './naming';
import { call, fitLines, LINE_LENGTH } from './layout';

export interface PyEnumView {
  readonly header: string;
  readonly name: string;
  /** `class Name(str, Enum):`, as Black splits it when too long. */
  readonly classLines: readonly string[];
  readonly doc: PyDoc;
  /** `NAME = "wire"` lines, in the documented order. */
  readonly members: readonly string[];
}

/** `NAME = "value"`; too long, the value goes in parentheses on its own line, as Black wraps a right-hand side. */
function memberLines(name: string, value: string): string[] {
  const line = `${name} = ${value}`;
  return line.length + 4 <= LINE_LENGTH ? [line] : [`${name} = (`, `    ${value}`, ')'];
}

export function buildEnumView(enumModel: EnumModel, binding: EnumBinding, header: string): PyEnumView {
  const name = className(binding.name);
  const names = enumMemberNames(binding.members);
  const description = textLines(enumModel.description);
  const open = [`Open: a value not listed here reads as a plain str and is written back as read, so fields of this type are Union[${name}, str].`];
  return {
    header,
    name,
    classLines: fitLines(0, 'class ', call(name, 'str', 'Enum'), ':'),
    doc: docstring(typeNotes(description.length > 0 ? [...description, '', ...open] : open, enumModel)) as PyDoc,
    members: binding.members.flatMap((m, i) => memberLines(names[i], stringLiteral(m.wireValue))),
  };
}
