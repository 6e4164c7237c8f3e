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

export interface PyEnumView {
  readonly header: string;
  readonly name: string;
  readonly doc: PyDoc;
  /** `NAME = "wire"` lines, in the documented order. */
  readonly members: readonly string[];
}

export function buildEnumView(enumModel: EnumModel, binding: EnumBinding, header: string): PyEnumView {
  const name = className(binding.name);
  const names = enumMemberNames(binding.members);
  const description = textLines(enumModel.description);
  const open = [`Open: a value not listed here reads as a plain str and is written back as read, so fields of this type are Union[${name}, str].`];
  return {
    header,
    name,
    doc: docstring(typeNotes(description.length > 0 ? [...description, '', ...open] : open, enumModel)) as PyDoc,
    members: binding.members.map((m, i) => `${names[i]} = ${stringLiteral(m.wireValue)}`),
  };
}
