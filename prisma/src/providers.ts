/**
 * Two database providers from one schema. Engineers edit `prisma/schema.prisma` (SQLite, the
 * embedded default); the PostgreSQL schema is derived from it here (Prisma takes one provider per
 * schema file), written under prisma/generated/ for `prisma generate`, and read in memory by the
 * migration tooling. Each provider has its own migrations folder and lock file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, databaseKind, type DatabaseKind } from './config';

export type Provider = DatabaseKind;
export const PROVIDERS: readonly Provider[] = ['sqlite', 'postgresql'];

export const PRISMA_DIR = path.join(REPO_ROOT, 'prisma');
/** The schema engineers edit (SQLite provider). */
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');
/** The derived PostgreSQL schema (generated at install, gitignored). */
export const POSTGRES_SCHEMA_PATH = path.join(PRISMA_DIR, 'generated', 'postgresql', 'schema.prisma');

/** Migrations folder per provider: SQLite keeps Prisma's default place. */
export function migrationsDir(provider: Provider): string {
  return path.join(PRISMA_DIR, provider === 'sqlite' ? 'migrations' : 'migrations-postgresql');
}

export function providerOf(url: string): Provider {
  return databaseKind(url);
}

export class SchemaVariantError extends Error {
  override name = 'SchemaVariantError';
}

/**
 * The PostgreSQL variant of the SQLite schema text: provider swapped, the client generated into its
 * own folder, the Pothos generator dropped (its types come from the SQLite schema and describe the
 * same models). Anything this function does not know how to translate is refused loudly rather
 * than silently giving the two providers different models.
 */
export function postgresSchemaText(sqliteSchema: string): string {
  const datasource = /datasource\s+db\s*\{[^}]*\}/.exec(sqliteSchema);
  if (!datasource || !/provider\s*=\s*"sqlite"/.test(datasource[0])) {
    throw new SchemaVariantError('prisma/schema.prisma must declare `datasource db { provider = "sqlite" }` (the PostgreSQL schema is derived from it)');
  }
  // Native type attributes are provider-specific; SQLite has almost none, and none are used today.
  const native = /@db\.\w+/.exec(sqliteSchema);
  if (native) throw new SchemaVariantError(`prisma/schema.prisma uses the native type ${native[0]}: teach prisma/src/providers.ts how to translate it for PostgreSQL`);
  let text = sqliteSchema.replace(datasource[0], datasource[0].replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'));
  text = text.replace(/generator\s+pothos\s*\{[^}]*\}\n*/, '');
  text = text.replace(/(generator\s+client\s*\{[^}]*?output\s*=\s*)"[^"]*"/, '$1"./client"');
  return `// GENERATED from prisma/schema.prisma by prisma/src/providers.ts: edit that file, not this one.\n${text}`;
}

/** The schema text of a provider, derived from prisma/schema.prisma as it is now. */
export function schemaText(provider: Provider): string {
  const source = readFileSync(SCHEMA_PATH, 'utf8');
  return provider === 'sqlite' ? source : postgresSchemaText(source);
}

/** Path the schema engine is told a provider's schema lives at (relative paths resolve from it). */
export function schemaPath(provider: Provider): string {
  return provider === 'sqlite' ? SCHEMA_PATH : POSTGRES_SCHEMA_PATH;
}

/** Writes the derived PostgreSQL schema file (before `prisma generate` of its client). */
export function writePostgresSchema(): string {
  mkdirSync(path.dirname(POSTGRES_SCHEMA_PATH), { recursive: true });
  writeFileSync(POSTGRES_SCHEMA_PATH, schemaText('postgresql'));
  return POSTGRES_SCHEMA_PATH;
}

/** Written after both clients are generated: the hash of the schema.prisma they were made from. */
export const GENERATED_STAMP = path.join(PRISMA_DIR, 'generated', 'schema.sha256');

/** Also changes with Prisma's version (an upgrade regenerates the clients). */
export function schemaStamp(): string {
  const prismaVersion = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', 'prisma', 'package.json'), 'utf8')) as { version: string }).version;
  return createHash('sha256').update(readFileSync(SCHEMA_PATH)).update(`\u0000prisma ${prismaVersion}`).digest('hex');
}
