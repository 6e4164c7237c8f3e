/**
 * Which sibling modules a module may import at its top. Two modules that
 * import each other's names at the top fail at runtime (the second finds the
 * first half-initialised), so a reference that leads back to the referring
 * module, directly or through others, is imported under `TYPE_CHECKING` for
 * the annotations (postponed by `from __future__ import annotations`) and
 * again inside the functions that run after both modules are loaded
 * (`from_dict`, `wire_shape`, a union's reader).
 */
import { Binding, EnumBinding, EnumModel, Model, TypeRef, UnionBinding, UnionModel } from '../../ir/model';
import { className, moduleName } from './naming';
import { ModelRef } from './module-imports';
import { referencedModels } from './types';

export interface PythonModel {
  readonly model: Model;
  readonly binding: Binding;
  /** The dotted package the model's module is generated in. */
  readonly pkg: string;
}

export interface PythonUnion {
  readonly union: UnionModel;
  readonly binding: UnionBinding;
  readonly pkg: string;
}

export interface PythonEnum {
  readonly enumModel: EnumModel;
  readonly binding: EnumBinding;
  readonly pkg: string;
}

/** A module of the run: an object model, a union or a named enum, with the types it refers to. */
interface Node {
  readonly id: string;
  readonly name: string;
  readonly kind: ModelRef['kind'];
  readonly pkg: string;
  readonly types: readonly TypeRef[];
}

function nodesOf(models: readonly PythonModel[], unions: readonly PythonUnion[] = [], enums: readonly PythonEnum[] = []): Node[] {
  return [
    ...models.map(({ model, binding, pkg }): Node => ({ id: model.id, name: binding.name, kind: 'model', pkg, types: binding.properties.map((p) => p.type) })),
    ...unions.map(({ union, binding, pkg }): Node => ({ id: union.id, name: binding.name, kind: 'union', pkg, types: binding.variants.map((v) => v.type) })),
    ...enums.map(({ enumModel, binding, pkg }): Node => ({ id: enumModel.id, name: binding.name, kind: 'enum', pkg, types: [] })),
  ];
}

/** For each module's id, the modules it refers to, each marked cyclic when it leads back. */
export function modelRefs(models: readonly PythonModel[], unions: readonly PythonUnion[] = [], enums: readonly PythonEnum[] = []): Map<string, Map<string, ModelRef>> {
  const nodes = nodesOf(models, unions, enums);
  const edges = new Map<string, string[]>();
  for (const node of nodes) {
    const ids = new Map<string, string>();
    node.types.forEach((type) => referencedModels(type, ids));
    edges.set(node.id, [...ids.keys()]);
  }
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const result = new Map<string, Map<string, ModelRef>>();
  for (const [from, targets] of edges) {
    const refs = new Map<string, ModelRef>();
    for (const to of targets) {
      const node = byId.get(to);
      if (node === undefined) continue;
      // A sibling module by relative import; another area's package by its full name, which needs no common parent package.
      const module = node.pkg === byId.get(from)?.pkg ? `.${moduleName(to)}` : `${node.pkg}.${moduleName(to)}`;
      refs.set(to, { module, name: className(node.name), kind: node.kind, cyclic: reaches(edges, to, from) });
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
