/**
 * Prisma's schema engine in its WebAssembly build, driven through a driver adapter.
 * Prisma's CLI would download a native engine binary, which is impossible offline; the wasm
 * engine applies the same Prisma-format migrations and writes the same `_prisma_migrations`
 * table, so `prisma migrate deploy` stays compatible wherever the binary is available.
 * See ../shared/docs/prisma-offline.md for the routing-around of known bugs.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { REPO_ROOT, databaseKind, databaseUrl, sqlitePath } from './config';

export const PRISMA_DIR = path.join(REPO_ROOT, 'prisma');
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');

const require = createRequire(import.meta.url);
/** The slice of the WebAssembly global used here (Node's typings do not declare it without the DOM lib). */
const wasm = (globalThis as unknown as {
  WebAssembly: {
    Module: new (bytes: Uint8Array) => object;
    Instance: new (module: object, imports: Record<string, unknown>) => { exports: Record<string, unknown> };
  };
}).WebAssembly;

let wasmReady: Promise<typeof import('@prisma/schema-engine-wasm/schema_engine_bg')> | undefined;

/** Loads the wasm module without --experimental-wasm-modules (Node 20). */
function loadWasm() {
  wasmReady ??= (async () => {
    const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const module = new wasm.Module(readFileSync(wasmPath));
    const instance = new wasm.Instance(module, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return wasmReady;
}

/** better-sqlite3 rejects multi-statement SQL through executeRaw; the engine replays whole scripts that way. */
function scriptAwareShadow(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === 'executeRaw') {
        return async (query: { sql: string; args: unknown[] }) => {
          if (query.args.length === 0) {
            await target.executeScript(query.sql);
            return 0;
          }
          return target.executeRaw(query as Parameters<SqlDriverAdapter['executeRaw']>[0]);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function sqliteFactory(url: string, opened: SqlDriverAdapter[]): SqlMigrationAwareDriverAdapterFactory {
  const base = new PrismaBetterSqlite3({ url: sqlitePath(url) });
  const track = (adapter: SqlDriverAdapter) => (opened.push(adapter), adapter);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => track(await base.connect()),
    connectToShadowDb: async () => track(scriptAwareShadow(await base.connectToShadowDb())),
  };
}

async function adapterFactory(url: string, opened: SqlDriverAdapter[]): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (databaseKind(url) === 'sqlite') return sqliteFactory(url, opened);
  throw new Error('Migrations for PostgreSQL are not available yet: this build ships the SQLite schema only.');
}

/** Runs `use` with a schema engine on `url`, then frees it and closes every connection it opened. */
export async function withSchemaEngine<T>(url: string, use: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const bg = await loadWasm();
  const schemaText = readFileSync(SCHEMA_PATH, 'utf8');
  const opened: SqlDriverAdapter[] = [];
  const factory = bindMigrationAwareSqlAdapterFactory(await adapterFactory(url, opened));
  const engine = await bg.SchemaEngine.new({ datamodels: [[SCHEMA_PATH, schemaText]] }, () => {}, factory);
  try {
    return await use(engine);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}

export function readMigrationsList(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const lockContent = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null;
  const dirs = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: readFileSync(path.join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  } as MigrationList;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
