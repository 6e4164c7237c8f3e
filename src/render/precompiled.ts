/**
 * The built-in templates precompiled by `npm run build`
 * (scripts/precompile-templates.js writes `dist/builtin-templates.js`), each
 * with the text it was compiled from, which a run compares with the file's
 * (a string comparison, where a digest would load `crypto` for it). Absent in a checkout
 * that was never built: every template is then compiled at run time.
 */
import * as path from 'node:path';
import type * as Handlebars from 'handlebars';
import { PACKAGE_ROOT } from '../package-root';

/** The options every template is compiled with, at build time and at run time alike. Handlebars adds to the object it is given: pass a copy. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

export const PRECOMPILED_FILE = path.join(PACKAGE_ROOT, 'dist', 'builtin-templates.js');

/** What `Handlebars.precompile` gives and `template` takes. */
export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** By `<target>/<file>`, as under templates/. */
export type PrecompiledTemplates = Readonly<Record<string, { readonly source: string; readonly spec: TemplateSpecification }>>;

export function loadPrecompiled(): PrecompiledTemplates {
  try {
    return require(PRECOMPILED_FILE) as PrecompiledTemplates;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return {};
    throw error;
  }
}
