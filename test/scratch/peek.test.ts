import * as fs from 'node:fs';
import { TemplateEngine } from '../../src/render/template-engine';
import { goTarget } from '../../src/targets/go';
import { workosModelSet } from '../support/workos-openapi';
import { payloadsFor } from '../support/openapi-payloads';
test('peek', () => {
  const set = workosModelSet();
  const files = goTarget.render({ ...set, options: { package: '' }, dir: 'go' }, new TemplateEngine());
  fs.rmSync('/tmp/gowork/workos', { recursive: true, force: true });
  for (const f of files) { fs.mkdirSync(require('path').dirname('/tmp/gowork/workos/' + f.path), { recursive: true }); fs.writeFileSync('/tmp/gowork/workos/' + f.path, f.contents); }
  const p = payloadsFor(set);
  console.log(set.models.length, set.unions.length, set.enums.length, files.length, p.length, [...new Set(files.map((f) => f.path.split('/')[1]))]);
});
