// Writes the import sample shipped in examples/ (see services/import/import-sample.ts):
//   npx tsx server/src/scripts/write-import-sample.ts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@benchhub/db';
import { importSampleFiles } from '../services/import/import-sample-files';

for (const file of importSampleFiles()) {
  const target = path.join(REPO_ROOT, 'examples', file.name);
  writeFileSync(target, file.content);
  console.log(`wrote ${path.relative(REPO_ROOT, target)} (${file.content.byteLength.toLocaleString('en-US')} bytes)`);
}
