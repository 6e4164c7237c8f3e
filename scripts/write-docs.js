// Regenerates the documentation that is built from the code (`npm run docs`);
// tests fail when a committed copy no longer matches.
'use strict';
const fs = require('node:fs');
const { readSpecs } = require('../dist/pipeline');
const { templateDocs } = require('../dist/render/template-docs');
const { spellingDoc } = require('../dist/docs/normalize/spelling-docs');

fs.writeFileSync('docs/templates.md', templateDocs(readSpecs(['specs', 'docs/examples']).modelSet));
fs.writeFileSync('docs/type-spellings.md', spellingDoc());
