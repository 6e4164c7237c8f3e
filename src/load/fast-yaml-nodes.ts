/** The nodes src/load/fast-yaml.ts builds: shaped like the `yaml` library's, with only what modelgen reads of them. */
import { NODE_KINDS, NODE_TYPE } from './yaml-nodes';

export type FastNode = Record<symbol, symbol> & { range: number[]; value?: unknown; items?: unknown[]; anchor?: string; source?: string };

export const ALIAS = NODE_KINDS.alias;

export const scalarNode = (value: unknown, start: number): FastNode => ({ [NODE_TYPE]: NODE_KINDS.scalar, value, range: [start] });
export const collection = (kind: symbol, items: unknown[], start: number): FastNode => ({ [NODE_TYPE]: kind, items, range: [start] });
export const pairNode = (key: unknown, value: unknown): unknown => ({ [NODE_TYPE]: NODE_KINDS.pair, key, value });
export const aliasNode = (source: string, start: number): FastNode => ({ [NODE_TYPE]: ALIAS, source, range: [start] });

/** How the fast reader compares keys, as yaml-guards.ts's findDuplicateKey does: scalars by value, so `1` and `"1"` differ. */
export const keyId = (value: unknown): unknown => (typeof value === 'string' ? `s:${value}` : value);
