/**
 * The view of a package's `_types.py`: the helpers every package has, and
 * those only some need (unions, named enums, date-times, deprecations), so
 * a package of plain models carries no code it never calls.
 */
import { modelsIn } from '../../ir/type-walk';
import { formatOf } from './doc-notes';
import { PythonEnum, PythonModel, PythonUnion } from './imports';
import { importLines as fromImport } from './layout';
import { PyTypeOptions } from './types';

export interface PyTypesView {
  readonly header: string;
  readonly imports: readonly string[];
  readonly unions: boolean;
  readonly enums: boolean;
  readonly dateTime: boolean;
  readonly deprecations: boolean;
}

interface Contents {
  readonly models: readonly PythonModel[];
  readonly unions: readonly PythonUnion[];
  readonly enums: readonly PythonEnum[];
}

export function buildTypesView(header: string, contents: Contents, options: PyTypeOptions): PyTypesView {
  const properties = contents.models.flatMap((m) => m.binding.properties);
  const types = [...properties.map((p) => p.type), ...contents.unions.flatMap((u) => u.binding.variants.map((v) => v.type))];
  // A package whose models hold another area's union or enum reads it with its own helpers.
  const refers = (kind: 'union' | 'enum') => types.some((t) => modelsIn(t).some((m) => m.modelKind === kind));
  const flags = {
    unions: contents.unions.length > 0 || refers('union'),
    enums: contents.enums.length > 0 || refers('enum'),
    dateTime: options.dateTime === true && types.some((t) => formatOf(t) === 'date-time'),
    deprecations: contents.models.some((m) => m.model.deprecated || m.binding.properties.some((p) => p.deprecated)),
  };
  return { header, imports: importLines(flags), ...flags };
}

/** The standard library imports, in isort's order: `import x` lines, then `from x import` lines by module. */
function importLines(flags: { unions: boolean; enums: boolean; dateTime: boolean; deprecations: boolean }): string[] {
  const typing = ['Any', 'Callable', 'Dict', 'Final', 'Mapping', 'NoReturn', 'Sequence', 'Tuple'];
  if (flags.deprecations) typing.push('Iterator');
  if (flags.unions) typing.push('List', 'Optional');
  if (flags.dateTime) typing.push('Optional');
  if (flags.enums) typing.push('Type');
  return [
    'import json',
    ...(flags.dateTime ? ['import re'] : []),
    ...(flags.deprecations ? ['import warnings', 'from contextlib import contextmanager', 'from contextvars import ContextVar'] : []),
    'from dataclasses import is_dataclass',
    ...(flags.dateTime ? ['from datetime import datetime, timedelta, timezone'] : []),
    ...(flags.enums ? ['from enum import Enum'] : []),
    ...fromImport('typing', [...new Set(typing)].sort()),
  ];
}
