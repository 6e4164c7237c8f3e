/**
 * The folder modelgen is installed in (the one holding package.json and
 * templates/). Found from this file's own place, which is the top of `src/`
 * under ts-jest, the top of `dist/` once compiled, and `dist/` again inside
 * the bundle (`dist/modelgen.js`): one level below the root in every case.
 */
import * as path from 'node:path';

export const PACKAGE_ROOT = path.resolve(__dirname, '..');
