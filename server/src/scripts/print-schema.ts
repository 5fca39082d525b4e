// Prints the GraphQL SDL to schema.graphql at the repo root: `npm run schema:print`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '@benchhub/db';
import { printSchemaSdl } from '../graphql/print';

const file = path.join(REPO_ROOT, 'schema.graphql');
writeFileSync(file, printSchemaSdl());
console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
process.exit(0);
