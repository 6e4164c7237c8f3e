/** Groups the reference entries of all specs by model id, refusing duplicates. */
import { DiagnosticBag } from '../../diagnostics/diagnostic';
import { RawEntry, RawSpec } from '../validate/raw-spec';
import { DescriptionNode } from '../validate/raw-spec';

export interface ModelSource {
  readonly id: string;
  readonly spec: RawSpec;
  readonly entries: readonly RawEntry[];
}

export function collectModels(specs: readonly RawSpec[], bag: DiagnosticBag): ModelSource[] {
  const byId = new Map<string, { spec: RawSpec; entries: RawEntry[] }>();
  for (const spec of specs) {
    for (const entry of spec.entries) {
      const known = byId.get(entry.id);
      if (!known) {
        byId.set(entry.id, { spec, entries: [entry] });
      } else if (known.spec !== spec) {
        bag.add('duplicateModel', `model \`${entry.id}\` is already defined by ${known.spec.path}`, entry.location);
      } else if (known.entries.some((e) => e.language === entry.language)) {
        bag.add('duplicateModel', `model \`${entry.id}\` is documented twice for ${entry.language}`, entry.location);
      } else {
        known.entries.push(entry);
      }
    }
  }
  return [...byId].map(([id, { spec, entries }]) => ({ id, spec, entries }));
}

/** All specs' description trees, by model id; the first spec to describe a model wins. */
export function mergeDescriptions(specs: readonly RawSpec[]): Map<string, DescriptionNode> {
  const trees = new Map<string, DescriptionNode>();
  for (const spec of specs) {
    for (const [id, tree] of spec.descriptions) if (!trees.has(id)) trees.set(id, tree);
  }
  return trees;
}
