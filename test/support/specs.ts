/** Builds in-memory specs for stage tests, and runs them through load + validate. */
import { DiagnosticBag } from '../../src/diagnostics/diagnostic';
import { formatDiagnostic } from '../../src/diagnostics/format-text';
import { Diagnostic, sortDiagnostics } from '../../src/diagnostics/diagnostic';
import { parseSpec } from '../../src/load/parse-spec';
import { normalize } from '../../src/docs/normalize/normalize';
import { validateSpec } from '../../src/docs/validate/validate';
import { RawSpec } from '../../src/docs/validate/raw-spec';
import { ModelSet } from '../../src/ir/model';

export function validateText(file: string, text: string): { spec?: RawSpec; diagnostics: readonly Diagnostic[] } {
  const bag = new DiagnosticBag();
  const loaded = parseSpec(file, text, bag);
  const spec = loaded ? validateSpec(loaded, bag) : undefined;
  return { spec, diagnostics: bag.all };
}

/** load → validate → normalize on in-memory files; diagnostics rendered as the CLI prints them. */
export function normalizeTexts(files: Record<string, string>): { modelSet: ModelSet; messages: string[] } {
  const specs: RawSpec[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [file, text] of Object.entries(files)) {
    const result = validateText(file, text);
    diagnostics.push(...result.diagnostics);
    if (result.spec) specs.push(result.spec);
  }
  const normalized = normalize(specs);
  return { modelSet: normalized.modelSet, messages: sortDiagnostics([...diagnostics, ...normalized.diagnostics]).map((d) => formatDiagnostic(d).split('\n')[0]) };
}

/** A small valid spec in the seeds' format, for tests to vary. */
export const MINIMAL_SPEC = `descriptions:
  widget:
    self: A widget.
    id: Unique identifier.
    color:
      lowercase: |
        The colour.
        - \`red\`
        - \`dark blue\`
      titlecase: |
        The colour.
        - \`Red\`
        - \`DarkBlue\`
reference:
  curl:
    - url: /widget
      key: widget
      id: widget
      title: widget
      properties:
        - key: id
          type: string
          description: (widget.id)
        - key: color
          type: enum
          description: (widget.color.lowercase)
  java:
    - key: Widget
      id: widget
      title: class Widget
      properties:
        - key: id
          type: String
          description: (widget.id)
        - key: color
          type: WidgetColor
          description: (widget.color.titlecase)
`;
