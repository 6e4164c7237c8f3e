/**
 * The manifest lists, per target, the files modelgen generated in an output
 * folder, so a later run can delete the ones whose model or language is gone.
 * It is itself generated output: deterministic and checked for drift.
 */
import { GENERATED_MARKER } from '../targets/target';

export const MANIFEST_FILE = '.modelgen-manifest.json';

export interface Manifest {
  readonly files: Readonly<Record<string, readonly string[]>>;
}

export const EMPTY_MANIFEST: Manifest = { files: {} };

export function parseManifest(text: string | undefined): Manifest | undefined {
  if (text === undefined) return EMPTY_MANIFEST;
  try {
    const data = JSON.parse(text) as { generator?: unknown; files?: unknown };
    if (data.generator !== 'modelgen' || typeof data.files !== 'object' || data.files === null) return undefined;
    const files: Record<string, string[]> = {};
    for (const [target, list] of Object.entries(data.files)) {
      if (!Array.isArray(list) || !list.every((f) => typeof f === 'string')) return undefined;
      files[target] = list;
    }
    return { files };
  } catch {
    return undefined;
  }
}

export function serializeManifest(manifest: Manifest): string {
  const files = Object.fromEntries(
    Object.keys(manifest.files)
      .sort()
      .filter((t) => manifest.files[t].length > 0)
      .map((t) => [t, [...manifest.files[t]].sort()]),
  );
  return JSON.stringify({ generator: 'modelgen', note: `Files ${GENERATED_MARKER}; do not edit.`, files }, null, 2) + '\n';
}

/** Replaces the entries of the targets this run rendered; other targets' entries stay. */
export function updateManifest(previous: Manifest, rendered: ReadonlyMap<string, readonly string[]>): Manifest {
  return { files: { ...previous.files, ...Object.fromEntries(rendered) } };
}
