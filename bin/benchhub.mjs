#!/usr/bin/env node
// `benchhub` (the root package's bin) and `npm run -s benchhub --`: runs the bundled CLI, rebuilding it first
// when its sources changed (a few milliseconds to check; about a second to build).
import { buildServices } from '../scripts/build-services.mjs';

await buildServices({ quiet: true });
await import('../server/dist/cli/main.mjs');
