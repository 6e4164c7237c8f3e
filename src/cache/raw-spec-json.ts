/**
 * A validated spec as plain JSON data, for the cache: its Maps become tagged
 * entry lists, and its many source locations, all in the spec's own file,
 * become `[line, column]` pairs. Generic over the shape, so a field added to
 * `RawSpec` later is kept without a change here.
 */
import { SourceLocation } from '../diagnostics/diagnostic';
import { RawSpec } from '../docs/validate/raw-spec';

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function rawSpecToJson(spec: RawSpec): Plain {
  const plain = (value: unknown): Plain => {
    if (typeof value !== 'object' || value === null) return value as Plain;
    if (Array.isArray(value)) return value.map(plain);
    if (value instanceof Map) return { $map: [...value].map(([k, v]) => [k, plain(v)]) };
    if (isLocation(value) && value.file === spec.path) return { $at: [value.line, value.column] };
    const out: { [key: string]: Plain } = {};
    for (const key in value) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = plain(v);
    }
    return out;
  };
  return plain(spec);
}

export function rawSpecFromJson(path: string, json: unknown): RawSpec {
  const revive = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map(revive);
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.$map)) return new Map((record.$map as [string, unknown][]).map(([k, v]) => [k, revive(v)]));
    if (Array.isArray(record.$at)) return { file: path, line: record.$at[0], column: record.$at[1] };
    const out: Record<string, unknown> = {};
    for (const key in record) out[key] = revive(record[key]);
    return out;
  };
  return revive(json) as RawSpec;
}

function isLocation(value: object): value is SourceLocation {
  const v = value as Partial<SourceLocation>;
  return typeof v.file === 'string' && typeof v.line === 'number' && typeof v.column === 'number' && Object.keys(value).length === 3;
}

/**
 * Whether a revived value has the shape of a RawSpec, down to every field the
 * later stages read. A cache entry is sealed, but a malformed one (an older
 * or buggy writer, a forger holding the key) must cost a re-parse, never a
 * crash in normalisation.
 */
export function isRawSpecShape(value: unknown, path: string): value is RawSpec {
  const spec = value as Partial<Record<keyof RawSpec, unknown>>;
  return (
    isRecord(value) &&
    spec.path === path &&
    optionalString(spec.title) &&
    optionalString(spec.summary) &&
    spec.descriptions instanceof Map &&
    [...spec.descriptions].every(([k, v]) => typeof k === 'string' && isDescriptionNode(v, 0)) &&
    Array.isArray(spec.entries) &&
    spec.entries.every(isEntry)
  );
}

const MAX_DESCRIPTION_DEPTH = 64;

function isDescriptionNode(value: unknown, depth: number): boolean {
  if (!isRecord(value) || depth > MAX_DESCRIPTION_DEPTH || !optionalString(value.text) || !isLocationValue(value.location) || !(value.children instanceof Map)) return false;
  return [...value.children].every(([k, v]) => typeof k === 'string' && isDescriptionNode(v, depth + 1));
}

function isEntry(value: unknown): boolean {
  return (
    isRecord(value) &&
    ['language', 'key', 'id'].every((k) => typeof value[k] === 'string') &&
    optionalString(value.title) &&
    optionalString(value.url) &&
    isLocationValue(value.location) &&
    Array.isArray(value.properties) &&
    value.properties.every(isProperty)
  );
}

function isProperty(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    typeof value.type === 'string' &&
    typeof value.optional === 'boolean' &&
    (value.deprecated === undefined || value.deprecated === true) &&
    Array.isArray(value.reference) &&
    value.reference.every((r) => typeof r === 'string') &&
    ['location', 'typeLocation', 'referenceLocation'].every((k) => isLocationValue(value[k]))
  );
}

function isLocationValue(value: unknown): boolean {
  return isRecord(value) && typeof value.file === 'string' && Number.isInteger(value.line) && Number.isInteger(value.column);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}
