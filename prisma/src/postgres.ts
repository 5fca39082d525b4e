/**
 * PostgreSQL connection settings and throwaway databases.
 *
 * Connections are configured from discrete fields (host, port, user, password, database), never
 * from a connection string: the Prisma adapter mistakes the main database for the shadow one when
 * given a string (see ../shared/docs/prisma-offline.md). A `?schema=` parameter selects a schema
 * for Prisma's queries and for raw SQL alike (search_path).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { config } from './config';

export interface PostgresTarget {
  host: string;
  port: number;
  user: string | undefined;
  password: string | undefined;
  database: string;
  /** Prisma's `?schema=` (default public). */
  schema: string | undefined;
  ssl: false | { rejectUnauthorized: boolean };
  /** Prisma's `?connection_limit=`: pool size per process. */
  max: number | undefined;
}

const decode = (value: string) => (value === '' ? undefined : decodeURIComponent(value));

/** Parses a `postgresql://` URL into discrete fields. */
export function postgresTarget(url: string): PostgresTarget {
  const parsed = new URL(url);
  const params = parsed.searchParams;
  const sslmode = params.get('sslmode') ?? (params.get('ssl') === 'true' ? 'require' : 'disable');
  const limit = params.get('connection_limit');
  return {
    // A socket directory may be given as ?host=/var/run/postgresql (libpq convention).
    host: params.get('host') ?? (parsed.hostname.replace(/^\[|\]$/g, '') || 'localhost'),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decode(parsed.username),
    password: decode(parsed.password),
    database: decode(parsed.pathname.replace(/^\//, '')) ?? 'postgres',
    schema: params.get('schema') ?? undefined,
    ssl: sslmode === 'disable' || sslmode === 'prefer' || sslmode === 'allow' ? false : { rejectUnauthorized: sslmode === 'verify-full' || sslmode === 'verify-ca' },
    max: limit && Number.isInteger(Number(limit)) && Number(limit) > 0 ? Number(limit) : undefined,
  };
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** node-postgres pool/client settings for a target (search_path follows `?schema=`). */
export function poolConfig(target: PostgresTarget, extra: pg.PoolConfig = {}): pg.PoolConfig {
  return {
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
    database: target.database,
    ssl: target.ssl,
    ...(target.max ? { max: target.max } : {}),
    ...(target.schema ? { options: `-c search_path=${quoteIdent(target.schema)}` } : {}),
    connectionTimeoutMillis: 10_000,
    ...extra,
  };
}

/** A URL for another database on the same server, with the same credentials and options. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** `host:port/database` for messages (never the password). */
export function describeTarget(target: PostgresTarget): string {
  return `${target.host}:${target.port}/${target.database}`;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/**
 * One line an operator can act on for a failure to connect: which server and database, what went
 * wrong, and the fix (`variable` names the setting the URL came from). Other errors are returned unchanged.
 */
export function explainConnectionError(error: unknown, target: PostgresTarget, variable = 'DATABASE_URL'): Error {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  const where = `PostgreSQL at ${target.host}:${target.port}`;
  const user = target.user ?? 'postgres';
  const auth = explainAuthError(code, message, target, variable);
  if (auth) return auth;
  if (code === '3D000') {
    return new DatabaseUnavailableError(
      `Database "${target.database}" does not exist on ${where}: create it (createdb -h ${target.host} -p ${target.port} -U ${user} ${target.database}) or fix the database name in DATABASE_URL`,
    );
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH' || /timeout/i.test(message ?? '')) {
    return new DatabaseUnavailableError(
      `Cannot reach ${where} (database "${target.database}"): ${code ?? message}. Start PostgreSQL there, or fix the host and port in DATABASE_URL`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Authentication refused. A fresh Debian/Ubuntu cluster authenticates TCP clients with scram-sha-256 (a password
 * is required) and local sockets with peer: a URL without a password, or a pg_hba.conf without a line for this
 * client, fails here. The fix is named, never applied (pg_hba.conf belongs to the server's administrator).
 */
function explainAuthError(code: string | undefined, message: string | undefined, target: PostgresTarget, variable: string): Error | null {
  // node-postgres raises this one itself, without a code, when the server asks for a password and the URL has none.
  const passwordAsked = /client password must be a string|no password supplied/i.test(message ?? '');
  if (!passwordAsked && code !== '28P01' && code !== '28000') return null;
  const user = target.user ?? 'postgres';
  const refused = `PostgreSQL at ${target.host}:${target.port} refused user "${user}" for database "${target.database}" (${message})`;
  if (/role .* does not exist/i.test(message ?? '')) return new DatabaseUnavailableError(`${refused}: create the role (createuser) or fix the user in ${variable}`);
  const withPassword = `postgresql://${user}:<password>@${target.host}:${target.port}/${target.database}`;
  const fixes = [
    target.password === undefined ? `give the role's password in ${variable} (${withPassword})` : `fix the password in ${variable}`,
    `or admit this client in the server's pg_hba.conf (a "host" line for user ${user} from this machine's address) and reload PostgreSQL`,
  ];
  // The tests' admin URL has no password by default: test machines let local TCP clients in with trust.
  if (variable === 'POSTGRES_ADMIN_URL' && target.password === undefined) {
    fixes[1] = `or, on a test machine, let local TCP clients in without one: "host all ${user} 127.0.0.1/32 trust" above the other host lines of pg_hba.conf, then reload PostgreSQL`;
  }
  return new DatabaseUnavailableError(`${refused}: ${fixes.join(', ')}`);
}

export async function checkPostgresReachable(url: string, variable = 'DATABASE_URL'): Promise<void> {
  const target = postgresTarget(url);
  const client = new pg.Client(poolConfig(target, { connectionTimeoutMillis: 5000 }));
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw explainConnectionError(error, target, variable);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs `use` on one connection to the server of `url` (e.g. the admin database). */
export async function withPostgresClient<T>(url: string, use: (client: pg.Client) => Promise<T>, variable = 'DATABASE_URL'): Promise<T> {
  const target = postgresTarget(url);
  const client = new pg.Client(poolConfig(target));
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    throw explainConnectionError(error, target, variable);
  }
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export interface ThrowawayDatabase {
  url: string;
  name: string;
  /** Drops the database (closing other sessions on it); only ever a database this object created. */
  drop(): Promise<void>;
}

/**
 * Creates an empty database with a random name on the server of POSTGRES_ADMIN_URL (or `adminUrl`):
 * shadow databases for migration authoring and drift checks, and test databases.
 */
export async function createThrowawayDatabase(prefix = 'benchhub_tmp', adminUrl = config().POSTGRES_ADMIN_URL): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withPostgresClient(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`), 'POSTGRES_ADMIN_URL');
  let dropped = false;
  return {
    name,
    url: withDatabase(adminUrl, name),
    async drop() {
      if (dropped) return;
      dropped = true;
      await withPostgresClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`), 'POSTGRES_ADMIN_URL');
    },
  };
}
