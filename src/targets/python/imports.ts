/**
 * Which sibling modules a model module may import at its top. Two modules that
 * import each other's classes at the top fail at runtime (the second finds the
 * first half-initialised), so a reference that leads back to the referring
 * model, directly or through others, is imported under `TYPE_CHECKING` for the
 * annotations (postponed by `from __future__ import annotations`) and again
 * inside `from_dict` / `to_dict`, which run after both modules are loaded.
 */
import { Binding, Model } from '../../ir/model';
import { className, moduleName } from './naming';
import { ModelRef } from './view-model';
import { referencedModels } from './types';

export interface PythonModel {
  readonly model: Model;
  readonly binding: Binding;
  /** The dotted package the model's module is generated in. */
  readonly pkg: string;
}

/** For each model id, the models it refers to, each marked cyclic when it leads back. */
export function modelRefs(models: readonly PythonModel[]): Map<string, Map<string, ModelRef>> {
  const edges = new Map<string, string[]>();
  for (const { model, binding } of models) {
    const ids = new Map<string, string>();
    binding.properties.forEach((p) => referencedModels(p.type, ids));
    edges.set(model.id, [...ids.keys()]);
  }
  const names = new Map(models.map(({ model, binding }) => [model.id, className(binding.name)]));
  const packages = new Map(models.map(({ model, pkg }) => [model.id, pkg]));
  const result = new Map<string, Map<string, ModelRef>>();
  for (const [from, targets] of edges) {
    const refs = new Map<string, ModelRef>();
    for (const to of targets) {
      const name = names.get(to);
      if (name === undefined) continue;
      const pkg = packages.get(to);
      // A sibling module by relative import; another area's package by its full name, which needs no common parent package.
      const module = pkg === packages.get(from) ? `.${moduleName(to)}` : `${pkg}.${moduleName(to)}`;
      refs.set(to, { module, name, cyclic: reaches(edges, to, from) });
    }
    result.set(from, refs);
  }
  return result;
}

/** Whether `target` is reachable from `start` along the references. */
function reaches(edges: ReadonlyMap<string, readonly string[]>, start: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === target) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(edges.get(id) ?? []));
  }
  return false;
}
