/**
 * The names of a Go run decided before any file is built: which package
 * each model, union and named enum lands in and its type name there, so a
 * field can name one of another spec (or the model itself) as its file will
 * declare it.
 */
import { Binding, EnumBinding, EnumModel, Model, UnionBinding, UnionModel } from '../../ir/model';
import { exportedName, NameScope } from './naming';
import { NULLABLE_TYPE } from './types';
import { admitsNull } from '../../ir/type-walk';

/** A model the Go reference documents, with its binding. */
export interface GoModel {
  readonly model: Model;
  readonly binding: Binding;
}

export interface GoUnion {
  readonly union: UnionModel;
  readonly binding: UnionBinding;
}

export interface GoEnum {
  readonly enum: EnumModel;
  readonly binding: EnumBinding;
}

/** What one package declares, as grouped from the run's input. */
export interface GoPackageMembers {
  readonly models: readonly GoModel[];
  readonly unions: readonly GoUnion[];
  readonly enums: readonly GoEnum[];
}

export interface GoPackagePlan extends GoPackageMembers {
  readonly packageName: string;
  /** The package scope, with the helper and type names claimed; docs-page enum names are claimed as files are built. */
  readonly scope: NameScope;
  readonly structNames: readonly string[];
  /** `Unmarshal<Struct>Strict` per model, claimed after the type names. */
  readonly strictNames: readonly string[];
  readonly unionNames: readonly string[];
  readonly unionStrictNames: readonly string[];
  readonly enumNames: readonly string[];
  /** Some field is optional and nullable, so the package declares `Nullable`. */
  readonly usesNullable: boolean;
}

export interface GoPlan {
  readonly packages: readonly GoPackagePlan[];
  /** Model, union or enum id → where its type is declared. */
  readonly placements: ReadonlyMap<string, { readonly packageName: string; readonly structName: string }>;
  /** Model id → the model ids of its required object-model fields, which hold a struct by value. */
  readonly byValueEdges: ReadonlyMap<string, readonly string[]>;
}

/** The helper names a package that uses `Nullable` declares; claimed first, so a model named like one gets `_2`. */
export const NULLABLE_NAMES = [NULLABLE_TYPE, `New${NULLABLE_TYPE}`, 'NewNull'];

/** The error type every package declares for its strict readers; claimed first too. */
export const VALIDATION_ERROR = 'ValidationError';

/** Some field of the binding is optional and admits null, so its type is `Nullable[T]`. */
export function hasNullableField(binding: Binding): boolean {
  return binding.properties.some((p) => p.optional && admitsNull(p.type));
}

export function planPackages(packages: ReadonlyMap<string, GoPackageMembers>): GoPlan {
  const plans: GoPackagePlan[] = [];
  const placements = new Map<string, { packageName: string; structName: string }>();
  const byValueEdges = new Map<string, string[]>();
  for (const [packageName, members] of packages) {
    const scope = new NameScope();
    const usesNullable = members.models.some(({ binding }) => hasNullableField(binding));
    if (usesNullable) NULLABLE_NAMES.forEach((name) => scope.claim(name));
    scope.claim(VALIDATION_ERROR);
    const claim = (name: string, fallback: string) => scope.claim(exportedName(name, fallback));
    const structNames = members.models.map((m) => claim(m.binding.name, 'Model'));
    const unionNames = members.unions.map((u) => claim(u.binding.name, 'Union'));
    const enumNames = members.enums.map((e) => claim(e.binding.name, 'Enum'));
    const strictNames = structNames.map((name) => scope.claim(`Unmarshal${name}Strict`));
    const unionStrictNames = unionNames.map((name) => scope.claim(`Unmarshal${name}Strict`));
    const place = (id: string, structName: string) => placements.set(id, { packageName, structName });
    members.unions.forEach(({ union }, i) => place(union.id, unionNames[i]));
    members.enums.forEach((e, i) => place(e.enum.id, enumNames[i]));
    members.models.forEach(({ model, binding }, i) => {
      place(model.id, structNames[i]);
      byValueEdges.set(
        model.id,
        binding.properties.flatMap((p) => (!p.optional && p.type.kind === 'model' && p.type.modelKind === undefined ? [p.type.modelId] : [])),
      );
    });
    plans.push({ packageName, ...members, scope, structNames, strictNames, unionNames, unionStrictNames, enumNames, usesNullable });
  }
  return { packages: plans, placements, byValueEdges };
}
