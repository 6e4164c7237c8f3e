/**
 * The contract model: what an OpenAPI document says about its component
 * schemas, as plain readonly data with every schema and property located in
 * the document. Nothing here knows about lint or the IR, so issue 15's front
 * end can turn it into IR models and `lint --contract` can compare against it.
 */
import { SourceLocation } from '../diagnostics/diagnostic';

export interface Contract {
  /** The document's path as given to the run. */
  readonly file: string;
  /** The `openapi:` version, such as `3.1.1`. */
  readonly openapi: string;
  /** Where `components.schemas` is, or the document's start. */
  readonly location: SourceLocation;
  /** The component schemas, in document order. */
  readonly schemas: readonly ContractSchema[];
}

export interface ContractSchema {
  /** The key under `components.schemas` (`DirectoryGroup`). */
  readonly name: string;
  readonly location: SourceLocation;
  readonly description?: string;
  readonly deprecated: boolean;
  /** The schema's own type; its properties (allOf merged) when it is an object. */
  readonly type: ContractType;
  readonly properties: readonly ContractProperty[];
}

export interface ContractProperty {
  /** The JSON key on the wire. */
  readonly wireName: string;
  /** Listed in the parent's `required`. */
  readonly required: boolean;
  /** `nullable: true`, `type: [T, "null"]` or a `{type: "null"}` member of oneOf/anyOf. */
  readonly nullable: boolean;
  /** The type with null taken out: nullability is the flag above. */
  readonly type: ContractType;
  readonly const?: ContractValue;
  readonly enum?: readonly ContractValue[];
  readonly format?: string;
  readonly deprecated: boolean;
  readonly description?: string;
  /** The property's key in the document. */
  readonly location: SourceLocation;
}

export type ContractValue = string | number | boolean | null;

export type ContractType =
  | { readonly kind: 'string' | 'integer' | 'number' | 'boolean' | 'unknown' }
  | { readonly kind: 'array'; readonly items: ContractType }
  | { readonly kind: 'object'; readonly properties: readonly ContractProperty[] }
  | { readonly kind: 'map'; readonly values: ContractType }
  | { readonly kind: 'ref'; readonly schema: string }
  | { readonly kind: 'union'; readonly members: readonly ContractType[] };

/** `array of string`, `ref to Directory`: how findings name a contract type. */
export function describeContractType(type: ContractType): string {
  switch (type.kind) {
    case 'array':
      return `array of ${describeContractType(type.items)}`;
    case 'map':
      return `map of ${describeContractType(type.values)}`;
    case 'ref':
      return `\`${type.schema}\``;
    case 'union':
      return type.members.map(describeContractType).join(' | ');
    default:
      return type.kind;
  }
}
