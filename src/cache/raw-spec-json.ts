/**
 * A validated spec as plain JSON data, for the cache: its Maps become tagged
 * entry lists, and its many source locations, all in the spec's own file,
 * become `[line, column]` pairs.
 */
import { SourceLocation } from '../diagnostics/diagnostic';
import { RawSpec } from '../validate/raw-spec';

export function rawSpecToJson(spec: RawSpec): unknown {
  const plain = (value: unknown): unknown => {
    if (value instanceof Map) return { $map: [...value].map(([k, v]) => [k, plain(v)]) };
    if (Array.isArray(value)) return value.map(plain);
    if (isLocation(value) && value.file === spec.path) return { $at: [value.line, value.column] };
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  };
  return plain(spec);
}

export function rawSpecFromJson(path: string, json: unknown): RawSpec {
  const revive = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(revive);
    if (typeof value !== 'object' || value === null) return value;
    if (isTagged(value, '$map')) return new Map((value.$map as [string, unknown][]).map(([k, v]) => [k, revive(v)]));
    if (isTagged(value, '$at')) {
      const [line, column] = value.$at as [number, number];
      return { file: path, line, column };
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  };
  return revive(json) as RawSpec;
}

function isLocation(value: unknown): value is SourceLocation {
  return typeof value === 'object' && value !== null && 'file' in value && 'line' in value && 'column' in value && Object.keys(value).length === 3;
}

function isTagged(value: object, tag: string): value is Record<string, unknown> {
  return tag in value && Object.keys(value).length === 1;
}
