import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';

/** Repository root (the folder holding the workspaces), independent of the caller's cwd. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
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

/** DATABASE_URL, default SQLite at .data/benchhub.db. Relative `file:` paths resolve from the repo root. */
export function databaseUrl(): string {
  loadEnv();
  const raw = process.env.DATABASE_URL?.trim();
  if (!raw) return `file:${path.join(DATA_DIR, 'benchhub.db')}`;
  if (raw.startsWith('file:')) {
    const filePath = raw.slice('file:'.length);
    return `file:${path.isAbsolute(filePath) ? filePath : path.resolve(REPO_ROOT, filePath)}`;
  }
  return raw;
}

export type DatabaseKind = 'sqlite' | 'postgresql';

export function databaseKind(url = databaseUrl()): DatabaseKind {
  if (url.startsWith('file:')) return 'sqlite';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgresql';
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (got "${url.split(':')[0]}:")`);
}

/** Absolute path of the SQLite file of a `file:` URL. */
export function sqlitePath(url = databaseUrl()): string {
  return url.slice('file:'.length);
}

/** REDIS_URL, default the local Redis on 127.0.0.1:6379. */
export function redisUrl(): string {
  loadEnv();
  return process.env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379';
}

export function intFromEnv(name: string, fallback: number): number {
  loadEnv();
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer (got "${raw}")`);
  return value;
}
