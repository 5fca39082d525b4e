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
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { sqlitePath } from './config';
import { createThrowawayDatabase, poolConfig, postgresTarget } from './postgres';
import { migrationsDir, providerOf, schemaPath, schemaText, type Provider } from './providers';

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

/** OIDs of PostgreSQL's one-byte internal "char" type and of text. */
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };
const charFieldsAsText = <T>(result: T): T => {
  for (const field of (result as QueryResultLike | undefined)?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  return result;
};

/**
 * The engine introspects through pg_catalog columns of type "char" (relkind, contype…), which the
 * adapter refuses to map ("Column type 'char' could not be deserialized"). node-postgres already
 * returns their values as one-character strings; relabelling those columns as text lets the
 * adapter hand them over, so the shadow database can be described (drift checks, new migrations).
 */
function pgPoolWithCharAsText(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const last = args[args.length - 1];
      if (typeof last === 'function') {
        args[args.length - 1] = (error: unknown, result: unknown) => (last as (e: unknown, r: unknown) => void)(error, error ? result : charFieldsAsText(result));
        return query(...args);
      }
      const out = query(...args);
      return out instanceof Promise ? out.then(charFieldsAsText) : out;
    };
  });
  return pool;
}

/** An adapter on its own pool (closed when the adapter is disposed). */
function postgresAdapter(url: string): Promise<SqlDriverAdapter> {
  const target = postgresTarget(url);
  const pool = pgPoolWithCharAsText(poolConfig(target));
  return new PrismaPg(pool, { disposeExternalPool: true, ...(target.schema ? { schema: target.schema } : {}) }).connect();
}

/**
 * PostgreSQL through @prisma/adapter-pg, configured from discrete fields. The shadow database is
 * our own throwaway database on POSTGRES_ADMIN_URL: the adapter's own shadow handling drops the
 * database before closing its pool (which fails); here the pool closes first.
 */
function postgresFactory(url: string, opened: SqlDriverAdapter[], cleanups: Array<() => Promise<void>>): SqlMigrationAwareDriverAdapterFactory {
  const track = (adapter: SqlDriverAdapter) => (opened.push(adapter), adapter);
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: async () => track(await postgresAdapter(url)),
    connectToShadowDb: async () => {
      const shadow = await createThrowawayDatabase('benchhub_shadow');
      // Disposed with the others (closing its pool), then dropped.
      cleanups.push(() => shadow.drop());
      return track(await postgresAdapter(shadow.url));
    },
  };
}

function adapterFactory(url: string, opened: SqlDriverAdapter[], cleanups: Array<() => Promise<void>>): SqlMigrationAwareDriverAdapterFactory {
  return providerOf(url) === 'sqlite' ? sqliteFactory(url, opened) : postgresFactory(url, opened, cleanups);
}

/**
 * Runs `use` with a schema engine on `url` (the provider's schema, derived from schema.prisma), then
 * frees it, closes every connection it opened and drops any shadow database it made.
 */
export async function withSchemaEngine<T>(url: string, use: (engine: SchemaEngine, provider: Provider) => Promise<T>): Promise<T> {
  const bg = await loadWasm();
  const provider = providerOf(url);
  const opened: SqlDriverAdapter[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory(url, opened, cleanups));
  const engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath(provider), schemaText(provider)]] }, () => {}, factory);
  try {
    return await use(engine, provider);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    await Promise.allSettled(cleanups.map((cleanup) => cleanup()));
  }
}

export function readMigrationsList(provider: Provider): MigrationList {
  const dir = migrationsDir(provider);
  const lockPath = path.join(dir, 'migration_lock.toml');
  // A provider without migrations yet: its lock file as createMigrations will write it.
  const lockContent = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : `provider = "${provider}"\n`;
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
