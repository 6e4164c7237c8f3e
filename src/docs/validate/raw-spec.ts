/**
 * A spec after validation: the parts of the YAML modelgen reads, typed, each
 * with its source location. Still one spec, one language at a time: joining
 * languages and specs is normalisation's job.
 */
import { SourceLocation } from '../../diagnostics/diagnostic';
import { ReferenceLanguage } from '../../ir/languages';

export interface RawSpec {
  readonly path: string;
  /** Relative to the project root, for headers. */
  readonly name: string;
  readonly title?: string;
  readonly summary?: string;
  /** The model a page's `<CodeBlock referenceId=...>` shows: the one its summary is about. */
  readonly referenceId?: string;
  /** `descriptions.<model>` trees, by model id. */
  readonly descriptions: ReadonlyMap<string, DescriptionNode>;
  readonly entries: readonly RawEntry[];
}

/** A leaf holds `text`; a node holds `children` (fields, or variants). */
export interface DescriptionNode {
  readonly text?: string;
  readonly children: ReadonlyMap<string, DescriptionNode>;
  readonly location: SourceLocation;
}

export interface RawEntry {
  readonly language: ReferenceLanguage;
  readonly key: string;
  readonly id: string;
  readonly title?: string;
  readonly url?: string;
  readonly properties: readonly RawProperty[];
  readonly location: SourceLocation;
}

export interface RawProperty {
  readonly key: string;
  readonly type: string;
  readonly optional: boolean;
  /** `deprecated: true`; absent when false. */
  readonly deprecated?: boolean;
  /** The reference's path: `(directory.state.titlecase)` → [directory, state, titlecase]. */
  readonly reference: readonly string[];
  readonly location: SourceLocation;
  readonly typeLocation: SourceLocation;
  readonly referenceLocation: SourceLocation;
}
