/**
 * Which generated Go packages import which: a model field or a union
 * variant naming a type of another area's package makes its package import
 * that one. Go needs the module's import path for that (the `module`
 * option), and refuses import cycles, so both are checked before any file
 * is built.
 */
import { modelsIn } from '../../ir/type-walk';
import { TargetError } from '../target';
import { GoPlan } from './package-plan';

/** Package name → the other packages its models refer to. */
export function packageImports(plan: GoPlan): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const pkg of plan.packages) {
    const targets = new Set<string>();
    const types = [...pkg.models.flatMap(({ binding }) => binding.properties.map((p) => p.type)), ...pkg.unions.flatMap(({ binding }) => binding.variants.map((v) => v.type))];
    for (const ref of types.flatMap(modelsIn)) {
      const other = plan.placements.get(ref.modelId)?.packageName;
      if (other !== undefined && other !== pkg.packageName) targets.add(other);
    }
    edges.set(pkg.packageName, targets);
  }
  return edges;
}

/** Refuses a plan Go cannot build: imports without a module path, or packages that import each other. */
export function checkPackageImports(edges: ReadonlyMap<string, ReadonlySet<string>>, module: string): void {
  const first = [...edges].find(([, targets]) => targets.size > 0);
  if (first && module === '') {
    throw new TargetError(
      `go: package ${first[0]} refers to models of package ${[...first[1]][0]}, and importing it needs the module path`,
      'set `targets.go.module` to the import path of the Go output folder, as its go.mod declares it (e.g. github.com/acme/sdk/models)',
    );
  }
  for (const [from] of edges) {
    const cycle = cycleFrom(edges, from);
    if (cycle) {
      throw new TargetError(
        `go: packages ${cycle.join(' → ')} import each other, which Go refuses`,
        'generate those areas into one Go package: set `targets.go.package` without `{area}`, or give their specs one area in `areas`',
      );
    }
  }
}

/** A path of imports from `start` back to itself, if there is one. */
function cycleFrom(edges: ReadonlyMap<string, ReadonlySet<string>>, start: string): string[] | undefined {
  const walk = (node: string, path: string[], seen: Set<string>): string[] | undefined => {
    for (const next of edges.get(node) ?? []) {
      if (next === start) return [...path, start];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, next], seen);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start], new Set());
}
