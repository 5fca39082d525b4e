// `npm start`: builds what changed since the last build (server, worker and CLI bundles in about a second; the web
// app in a minute or two, only after its sources changed), then runs the stack (scripts/start.ts, bundled).
import { buildServices } from './build-services.mjs';
import { buildWeb } from './build-web.mjs';

await buildServices({ quiet: true });
await buildWeb();
await import('./dist/start.mjs');
