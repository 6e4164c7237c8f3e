/**
 * The names of a Go run decided before any file is built: which package
 * each model lands in and its struct name there, so a field can name a
 * model of another spec (or the model itself) as its file will declare it.
 */
import { Binding, Model } from '../../ir/model';
import { exportedName, NameScope } from './naming';
import { NULLABLE_TYPE } from './types';
import { admitsNull } from '../../ir/type-walk';

/** A model the Go reference documents, with its binding. */
export interface GoModel {
  readonly model: Model;
  readonly binding: Binding;
}

export interface GoPackagePlan {
  readonly packageName: string;
  readonly models: readonly GoModel[];
  /** The package scope, with the helper and struct names claimed; enum names are claimed as files are built. */
  readonly scope: NameScope;
  readonly structNames: readonly string[];
  /** `Unmarshal<Struct>Strict` per model, claimed after the struct names. */
  readonly strictNames: readonly string[];
  /** Some field is optional and nullable, so the package declares `Nullable`. */
  readonly usesNullable: boolean;
}

export interface GoPlan {
  readonly packages: readonly GoPackagePlan[];
  /** Model id → where its struct is declared. */
  readonly placements: ReadonlyMap<string, { readonly packageName: string; readonly structName: string }>;
  /** Model id → the model ids of its required model fields, which hold a struct by value. */
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

export function planPackages(packages: ReadonlyMap<string, readonly GoModel[]>): GoPlan {
  const plans: GoPackagePlan[] = [];
  const placements = new Map<string, { packageName: string; structName: string }>();
  const byValueEdges = new Map<string, string[]>();
  for (const [packageName, models] of packages) {
    const scope = new NameScope();
    const usesNullable = models.some(({ binding }) => hasNullableField(binding));
    if (usesNullable) NULLABLE_NAMES.forEach((name) => scope.claim(name));
    scope.claim(VALIDATION_ERROR);
    const structNames = models.map((m) => scope.claim(exportedName(m.binding.name, 'Model')));
    const strictNames = structNames.map((name) => scope.claim(`Unmarshal${name}Strict`));
    models.forEach(({ model, binding }, i) => {
      placements.set(model.id, { packageName, structName: structNames[i] });
      byValueEdges.set(
        model.id,
        binding.properties.flatMap((p) => (!p.optional && p.type.kind === 'model' ? [p.type.modelId] : [])),
      );
    });
    plans.push({ packageName, models, scope, structNames, strictNames, usesNullable });
  }
  return { packages: plans, placements, byValueEdges };
}
