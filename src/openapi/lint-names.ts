/**
 * Names that collide once a language has cased them: two schemas that
 * become one type name (`SSOConnection`, `SsoConnection`), two properties
 * that become one member name (`user_id`, `userId`). The targets still
 * tell them apart with a suffix, which is seldom the name a user wants.
 */
import { Diagnostic, diagnostic, SourceLocation } from '../diagnostics/diagnostic';
import { ReferenceLanguage } from '../ir/languages';
import { ModelSet } from '../ir/model';

interface Named {
  readonly language: ReferenceLanguage;
  readonly name: string;
  readonly location: SourceLocation;
}

export function lintNames(modelSet: ModelSet): Diagnostic[] {
  const findings: Diagnostic[] = [];
  const types = [...modelSet.models, ...modelSet.unions, ...modelSet.enums].flatMap((t) => t.bindings.map((b) => ({ ...b, owner: t.id })));
  findings.push(...collisions(types, (a, b, n) => `schemas \`${a}\` and \`${b}\` are both named \`${n.name}\` in ${n.language}`));
  for (const model of modelSet.models) {
    for (const binding of model.bindings) {
      const members = binding.properties.map((p) => ({ language: binding.language, name: p.name, location: p.location, owner: p.wireName }));
      findings.push(...collisions(members, (a, b, n) => `properties \`${a}\` and \`${b}\` of \`${model.id}\` are both named \`${n.name}\` in ${n.language}`));
    }
  }
  return findings;
}

/** One finding per name given twice within a language (curl keeps wire names, which cannot collide). */
function collisions<T extends Named & { readonly owner: string }>(named: readonly T[], message: (first: string, second: string, at: T) => string): Diagnostic[] {
  const seen = new Map<string, T>();
  const findings: Diagnostic[] = [];
  for (const n of named) {
    if (n.language === 'curl') continue;
    const key = `${n.language} ${n.name}`;
    const first = seen.get(key);
    if (!first) seen.set(key, n);
    else if (first.owner !== n.owner) findings.push(diagnostic('openapiNameCollision', message(first.owner, n.owner, n), n.location));
  }
  return findings;
}
