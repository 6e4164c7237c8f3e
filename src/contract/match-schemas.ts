/**
 * Which contract schema each docs model stands for: the config's explicit
 * `contractNames` first, then the wire `object` const, then the model id
 * turned PascalCase. Several schemas may share an `object` const
 * (`DirectoryUser`, `DirectoryUserWithGroups`); the one named after the id wins.
 */
import { Model } from '../ir/model';
import { Contract, ContractSchema } from '../openapi/contract';

export interface SchemaMatch {
  readonly model: Model;
  readonly schema?: ContractSchema;
  /** Why no schema matched, for the finding. */
  readonly tried: string;
}

export function matchSchemas(models: readonly Model[], contract: Contract, names: Readonly<Record<string, string>>): SchemaMatch[] {
  const byName = new Map(contract.schemas.map((s) => [s.name, s]));
  return models.map((model) => {
    const explicit = names[model.id];
    if (explicit !== undefined) return { model, schema: byName.get(explicit), tried: `\`contractNames\` maps it to \`${explicit}\`, which the contract does not define` };
    const pascal = pascalCase(model.id);
    const objectConst = wireObjectConst(model);
    const candidates = objectConst === undefined ? [] : contract.schemas.filter((s) => objectConstOf(s) === objectConst);
    const schema = candidates.find((s) => s.name === pascal) ?? candidates[0] ?? byName.get(pascal);
    const constText = objectConst === undefined ? 'the docs give no `object` literal' : `no schema has \`object\` const \`${objectConst}\``;
    return { model, schema, tried: `${constText}, none is named \`${pascal}\` and \`contractNames\` has no entry for it` };
  });
}

/** `directory_group` → `DirectoryGroup`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** The literal a docs binding gives the wire `object` field (`"directory"`). */
function wireObjectConst(model: Model): string | undefined {
  for (const binding of model.bindings) {
    const property = binding.properties.find((p) => p.wireName === 'object');
    const type = property?.type.kind === 'nullable' ? property.type.inner : property?.type;
    if (type?.kind === 'literal') return typeof type.value === 'string' ? type.value : undefined;
  }
  return undefined;
}

function objectConstOf(schema: ContractSchema): string | undefined {
  const value = schema.properties.find((p) => p.wireName === 'object')?.const;
  return typeof value === 'string' ? value : undefined;
}
