/**
 * The normalize stage: validated specs in, the IR and its lint findings out.
 * Pure: no I/O, so every rule is testable on in-memory specs.
 */
import { Diagnostic, DiagnosticBag } from '../../diagnostics/diagnostic';
import { REFERENCE_LANGUAGES } from '../../ir/languages';
import { ModelSet } from '../../ir/model';
import { RawSpec } from '../validate/raw-spec';
import { AreaOverrides, documentedArea, overriddenArea } from './area';
import { buildModel } from './build-model';
import { collectModels, mergeDescriptions } from './collect-models';
import { lintModel } from './lint';
import { indexModels } from './resolve-type';
import { titleQualifier } from './title';

export interface NormalizeResult {
  readonly modelSet: ModelSet;
  readonly diagnostics: readonly Diagnostic[];
}

export function normalize(specs: readonly RawSpec[], areas: AreaOverrides = new Map()): NormalizeResult {
  const bag = new DiagnosticBag();
  const trees = mergeDescriptions(specs);
  const models = [];
  const sources = collectModels(specs, bag);
  const index = indexModels(sources.flatMap((s) => s.entries.map((e) => ({ ...e, qualifier: titleQualifier(e.title) }))));
  for (const source of sources) {
    const entries = [...source.entries].sort((a, b) => REFERENCE_LANGUAGES.indexOf(a.language) - REFERENCE_LANGUAGES.indexOf(b.language));
    const built = buildModel({ ...source, entries }, trees, index, bag);
    if (!built) continue;
    const model = { ...built, area: overriddenArea(areas, built.id, built.source.name) ?? documentedArea(built.bindings) };
    models.push(model);
    bag.push(...lintModel(model));
  }
  return { modelSet: { models, unions: [], enums: [] }, diagnostics: bag.all };
}
