/**
 * Configuration: every environment variable the platform reads, in one validated, typed place.
 * Every process (server, worker, CLI, `npm start`, setup) reads its settings through `config()`;
 * nothing else reads `process.env`. A bad value is a one-line `ConfigError` naming the variable.
 * The README's Configuration table lists exactly these variables (a test keeps them in step).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

/**
 * Repository root (the folder holding the workspaces), independent of the caller's cwd: the nearest folder above
 * this module with turbo.json. Searched rather than fixed because bundles (server/dist/cli/chunks/…) put this
 * module at other depths than its source.
 */
export const REPO_ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'turbo.json')) && existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '..', '..');
  }
}
/** Where the embedded defaults keep their files (SQLite database, secret key, local Redis). */
export const DATA_DIR = path.join(REPO_ROOT, '.data');

let envLoaded = false;
/** Reads `.env` at the repo root once, if present. Real environment variables win. */
export function loadEnv(): void {
  if (envLoaded) return;
  envLoaded = true;
  const file = path.join(REPO_ROOT, '.env');
  if (existsSync(file)) dotenv.config({ path: file, quiet: true });
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const trimmed = z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value), z.string().optional());

const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(
    (value) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? undefined : Number(String(value).trim())),
    z
      .number({ error: `must be an integer between ${min} and ${max}` })
      .int({ error: `must be an integer between ${min} and ${max}` })
      .min(min, { error: `must be an integer between ${min} and ${max}` })
      .max(max, { error: `must be an integer between ${min} and ${max}` })
      .default(fallback),
  );

const port = (fallback: number) => integer(0, 65_535, fallback);

/** `10.0.0.5`, `::1`, `10.0.0.0/8`, `fd00::/8`. */
function isAddressOrCidr(entry: string): boolean {
  if (ipaddr.IPv4.isValidFourPartDecimal(entry) || ipaddr.IPv6.isValid(entry)) return true;
  try {
    ipaddr.parseCIDR(entry);
    return true;
  } catch {
    return false;
  }
}

const httpUrl = trimmed.refine((value) => value === undefined || /^https?:\/\/[^\s]+$/i.test(value), { error: 'must be an http(s) URL' });

/** Normalises DATABASE_URL: default SQLite at .data/benchhub.db; relative `file:` paths resolve from the repo root. */
function resolveDatabaseUrl(raw: string | undefined): string {
  if (!raw) return `file:${path.join(DATA_DIR, 'benchhub.db')}`;
  if (raw.startsWith('file:')) {
    const filePath = raw.slice('file:'.length);
    return `file:${path.isAbsolute(filePath) ? filePath : path.resolve(REPO_ROOT, filePath)}`;
  }
  return raw;
}

/**
 * The variables, their types and defaults. `describe()` texts are the documentation (see README).
 * Keep names stable: scripts outside the repository set them.
 */
const variables = {
  DATABASE_URL: trimmed
    .refine((value) => value === undefined || /^(file:|postgres(ql)?:\/\/)/.test(value), { error: 'must start with file: (SQLite) or postgresql://' })
    .transform(resolveDatabaseUrl)
    .describe('Database: `file:<path>` (embedded SQLite, default `file:.data/benchhub.db`) or `postgresql://…`'),
  REDIS_URL: trimmed
    .refine((value) => value === undefined || /^rediss?:\/\/[^\s]*$/.test(value), { error: 'must be a redis:// or rediss:// URL' })
    .describe('Redis for the BullMQ queue and progress pub/sub (default redis://127.0.0.1:6379; `npm start` may start its own)'),
  PORT: port(4000).describe('GraphQL server port'),
  HOST: trimmed
    .refine((value) => value === undefined || /^(\[[0-9a-fA-F:.]+\]|[0-9a-fA-F:.]+|[A-Za-z0-9.-]+)$/.test(value), { error: 'must be an address or host name, e.g. 127.0.0.1 or 0.0.0.0' })
    .transform((value) => (value ?? '127.0.0.1').replace(/^\[(.*)\]$/, '$1'))
    .describe('Address the GraphQL server and the web app listen on (default 127.0.0.1; 0.0.0.0 for a deployment behind a reverse proxy)'),
  WEB_PORT: port(5173).describe('Web app port'),
  WEB_ORIGIN: trimmed
    .transform((value, context) => {
      if (value === undefined) return undefined;
      const origins = value.split(',').map((entry) => entry.trim().replace(/\/+$/, '')).filter(Boolean);
      const bad = origins.find((origin) => !/^https?:\/\/[^/\s?#]+$/i.test(origin));
      if (bad !== undefined) context.addIssue({ code: 'custom', message: `must be comma-separated origins such as https://bench.example.org ("${bad}" is not)` });
      return origins;
    })
    .describe('Web origin(s) the browser uses, comma-separated (default http://localhost:<WEB_PORT> and http://127.0.0.1:<WEB_PORT>); sign-in accepts only these, and session cookies are Secure when the first is https'),
  BENCHHUB_API_URL: httpUrl
    .transform((value) => value?.replace(/\/+$/, ''))
    .describe('API server the web app of `npm run web` forwards /graphql, /export and /api/auth to (default http://127.0.0.1:<PORT>; `npm start` always uses its own server)'),
  OIDC_ISSUER: trimmed
    .refine((value) => value === undefined || /^https?:\/\/[^\s?#]+$/i.test(value), { error: 'must be the issuer URL of the OpenID provider, e.g. https://accounts.google.com' })
    .transform((value) => value?.replace(/\/+$/, ''))
    .describe('OpenID Connect issuer URL (discovery at <issuer>/.well-known/openid-configuration); OIDC sign-in is on when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set'),
  OIDC_CLIENT_ID: trimmed.describe('OpenID Connect client id registered at the provider'),
  OIDC_CLIENT_SECRET: trimmed.describe('OpenID Connect client secret registered at the provider'),
  OIDC_NAME: trimmed.transform((value) => value ?? 'Single sign-on').describe('Label of the OpenID Connect sign-in button (default "Single sign-on")'),
  BENCHHUB_SECRET: trimmed.describe('Key material for encrypting API keys at rest; required unless the database is the embedded SQLite file'),
  LOG_LEVEL: z
    .preprocess((value) => (typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : undefined), z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'))
    .describe('Log level: debug, info, warn, error'),
  WORKER_CONCURRENCY: integer(1, 1000, 4).describe('Model runs one worker process handles at once'),
  RUN_STALLED_MS: integer(10_000, 86_400_000, 120_000).describe('A running run that stored nothing for this long is shown as STALLED'),
  WORKER_LOCK_MS: integer(1000, 3_600_000, 5000).describe('BullMQ job lock duration of workers: a killed worker\'s run resumes on another within about 1.5× this'),
  CACHE_MAX_AGE_DAYS: integer(0, 36_500, 30).describe('Leaderboard cells older than this are not used to answer from the cache'),
  SEED_LEADERBOARD_FILE: trimmed.describe('A leaderboard file loaded into an empty database at setup'),
  SERVER_IMPORT_DIRS: trimmed
    .transform((value) => (value ? value.split(path.delimiter).map((dir) => dir.trim()).filter(Boolean) : [path.join(DATA_DIR, 'imports')]).map((dir) => path.resolve(REPO_ROOT, dir)))
    .describe('Directories the importLeaderboard mutation may read files from'),
  PLANNER_BASE_URL: httpUrl.describe('OpenAI-compatible base URL of the LLM planner (with PLANNER_MODEL)'),
  PLANNER_MODEL: trimmed.describe('Model id of the LLM planner'),
  PLANNER_API_KEY: trimmed.describe('API key of the LLM planner'),
  PLANNER_TIMEOUT_MS: integer(100, 600_000, 15_000).describe('LLM planner timeout'),
  ENDPOINT_ALLOWED_HOSTS: trimmed
    .transform((value, context) => {
      if (value === undefined) return undefined;
      const entries = value.split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean);
      const bad = entries.find((entry) => entry !== 'loopback' && entry !== 'none' && !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/.test(entry));
      if (bad !== undefined) context.addIssue({ code: 'custom', message: `must be comma-separated host:port entries, "loopback" or "none" ("${bad}" is not)` });
      return entries;
    })
    .describe('Outbound destinations allowed besides public addresses: host:port entries, `loopback`, or `none`'),
  ALLOWED_HOSTS: trimmed
    .transform((value, context) => {
      if (value === undefined) return [];
      const names = value.split(',').map((entry) => entry.trim().toLowerCase().replace(/:\d{1,5}$/, '')).filter(Boolean);
      const bad = names.find((name) => name !== '*' && !/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.?$/.test(name));
      if (bad !== undefined) context.addIssue({ code: 'custom', message: `must be comma-separated host names such as bench.example.org or *.example.org ("${bad}" is not)` });
      return names;
    })
    .describe('Host names the server and web app answer to besides localhost, IP addresses and the WEB_ORIGIN hosts (DNS-rebinding protection); `*` turns the check off'),
  TRUST_PROXY: trimmed
    .transform((value, context) => {
      const entries = (value ?? 'loopback').split(',').map((entry) => entry.trim().toLowerCase()).filter(Boolean);
      const bad = entries.find((entry) => !['loopback', 'private', 'none'].includes(entry) && !isAddressOrCidr(entry));
      if (bad !== undefined) context.addIssue({ code: 'custom', message: `must be comma-separated addresses or CIDR ranges, "loopback", "private" or "none" ("${bad}" is not)` });
      return entries.includes('none') ? [] : entries;
    })
    .describe('Proxies whose X-Forwarded-For is believed for the client address (rate limits, audit log): addresses, CIDR ranges, `loopback`, `private` or `none`'),
  MAX_BODY_BYTES: integer(1024, 100 * 1024 * 1024, 1024 * 1024).describe('Largest request body the API accepts (bytes); larger ones get 413'),
  NODE_ENV: z
    .preprocess((value) => (typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : undefined), z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('production'))
    .describe('development turns on GraphQL introspection and field suggestions for everyone (npm run dev sets it); otherwise only signed-in callers may introspect'),
  SIGN_IN_LIMIT_PER_IP: integer(0, 1_000_000, 30).describe('Sign-in attempts per client address per 15 minutes (0: no limit)'),
  SIGN_IN_LIMIT_PER_ACCOUNT: integer(0, 1_000_000, 10).describe('Sign-in attempts per account (email) per 15 minutes (0: no limit)'),
  EVALUATION_LIMIT_PER_IP: integer(0, 1_000_000, 30).describe('createEvaluation calls per client address per minute (0: no limit)'),
  EVALUATION_LIMIT_PER_USER: integer(0, 1_000_000, 20).describe('createEvaluation calls per user per minute (0: no limit)'),
  QUOTA_ITEMS_PER_DAY: integer(0, 100_000_000, 50_000).describe('Default per-user quota: live items (questions × models) per rolling 24 hours (0: unlimited); admins override per user'),
  QUOTA_CONCURRENT_TASKS: integer(0, 100_000, 10).describe('Default per-user quota: tasks pending, running or held at once (0: unlimited); admins override per user'),
  HF_TOKEN: trimmed.describe('Sent only to Hugging Face hosts by `benchhub import <url>`'),
  POSTGRES_ADMIN_URL: trimmed
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), { error: 'must be a postgresql:// URL' })
    .transform((value) => value ?? 'postgresql://postgres@127.0.0.1:5432/postgres')
    .describe('A PostgreSQL server (any database on it) where migration authoring, the PostgreSQL drift check and tests create and drop throwaway databases'),
  TEST_DATABASE: z
    .preprocess((value) => (typeof value === 'string' && value.trim() ? value.trim().toLowerCase() : undefined), z.enum(['sqlite', 'postgres'], { error: 'must be sqlite or postgres' }).default('sqlite'))
    .describe('Database the tests run on: sqlite (temporary files) or postgres (throwaway databases on POSTGRES_ADMIN_URL)'),
};

const configSchema = z.object(variables).superRefine((value, context) => {
  if (!value.DATABASE_URL.startsWith('file:') && !value.BENCHHUB_SECRET) {
    context.addIssue({
      code: 'custom',
      path: ['BENCHHUB_SECRET'],
      message: 'is required when DATABASE_URL is not the embedded SQLite file (every server and worker must share it)',
    });
  }
  if (Boolean(value.PLANNER_BASE_URL) !== Boolean(value.PLANNER_MODEL)) {
    context.addIssue({ code: 'custom', path: [value.PLANNER_BASE_URL ? 'PLANNER_MODEL' : 'PLANNER_BASE_URL'], message: 'is required with the other PLANNER_ variable' });
  }
});

export type Config = z.infer<typeof configSchema>;
/** The names of every variable the platform reads. */
export const CONFIG_VARIABLES = Object.keys(variables) as Array<keyof typeof variables>;
/** Documentation of every variable, from the schema. */
export const CONFIG_DOCS: Record<string, string> = Object.fromEntries(Object.entries(variables).map(([name, schema]) => [name, schema.description ?? '']));

/** Validates an environment (default: process.env after `.env`); throws one ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, env[name]]));
  const parsed = configSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'configuration');
    const raw = env[name];
    const shown = raw === undefined || name.includes('SECRET') || name.includes('KEY') || name.includes('TOKEN') ? '' : ` (got "${raw}")`;
    return `${name} ${issue.message}${shown}`;
  });
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

let cached: { fingerprint: string; config: Config } | undefined;

/**
 * The process's configuration. Cached, re-validated when a variable changes (tests set them at
 * run time), so callers may call it wherever they need a setting.
 */
export function config(): Config {
  loadEnv();
  const fingerprint = CONFIG_VARIABLES.map((name) => process.env[name] ?? '\u0000').join('\u0001');
  if (cached?.fingerprint !== fingerprint) cached = { fingerprint, config: loadConfig(process.env) };
  return cached.config;
}

/** DATABASE_URL, default SQLite at .data/benchhub.db. Relative `file:` paths resolve from the repo root. */
export function databaseUrl(): string {
  return config().DATABASE_URL;
}

export type DatabaseKind = 'sqlite' | 'postgresql';

export function databaseKind(url = databaseUrl()): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgresql';
  throw new ConfigError(`DATABASE_URL must start with file: (SQLite) or postgresql:// (got "${url.split(':')[0]}:")`);
}

/** Absolute path of the SQLite file of a `file:` URL. */
export function sqlitePath(url = databaseUrl()): string {
  return url.slice('file:'.length);
}

/** REDIS_URL, default the local Redis on 127.0.0.1:6379. */
export function redisUrl(): string {
  return config().REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/**
 * The database index a Redis URL selects (`redis://host:port/3` → 3; none → 0). Pub/sub ignores
 * the index, so channels that must stay within one deployment name it.
 */
export function redisDbIndex(url: string): number {
  const pathname = new URL(url).pathname.replace(/^\//, '');
  if (pathname === '') return 0;
  const index = Number(pathname);
  if (!Number.isInteger(index) || index < 0) throw new ConfigError(`REDIS_URL has an invalid database index "${pathname}"`);
  return index;
}

/** A Redis URL with its database index replaced (never appended: `redis://h:6379/1` → `redis://h:6379/5`). */
export function withRedisDb(url: string, index: number): string {
  const parsed = new URL(url);
  parsed.pathname = `/${index}`;
  return parsed.toString();
}

/**
 * For process entry points: the configuration, or the one-line error and exit status 1 (a bad
 * variable is the operator's to fix; a stack trace would hide the line that says how).
 */
export function configOrExit(): Config {
  try {
    return config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
