/**
 * Migrations as a deploy step: `npm run db:migrate` (several at once on PostgreSQL), `npm run setup`
 * with a postgresql:// URL and what it says when the database is missing or unreachable, install
 * leaving PostgreSQL alone, and servers and workers refusing a schema that is behind.
 */
import { spawn } from 'node:child_process';
import { BASELINE_MODELS } from '@benchhub/core/baselines';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, applyMigrations, config, createPrismaClient, migrationNames } from '@benchhub/db';
import { createThrowawayDatabase, postgresTarget, withDatabase, type ThrowawayDatabase } from '@benchhub/db/postgres';
import { createTestDatabaseUrl, testDialect, type TestDatabaseUrl } from '@benchhub/db/testing/database';
import { freePort } from '../support/stack';

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command from the repository root with extra environment and waits for it. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';
const made: Array<ThrowawayDatabase | TestDatabaseUrl> = [];
afterAll(async () => {
  await Promise.allSettled(made.map((database) => database.drop()));
});

async function postgresDatabase(): Promise<ThrowawayDatabase> {
  const database = await createThrowawayDatabase('benchhub_test_deploy');
  made.push(database);
  return database;
}

// These two talk to PostgreSQL whatever TEST_DATABASE says: they run in npm test's PostgreSQL pass only (the
// SQLite pass would run the same commands against the same server a second time).
const postgresPass = testDialect() === 'postgresql';

describe.runIf(postgresPass)('npm run db:migrate on PostgreSQL', () => {
  it('applies every migration once when two deploys run at once, then reports the database up to date', async () => {
    const database = await postgresDatabase();
    const env = { DATABASE_URL: database.url, BENCHHUB_SECRET: 'deploy-test' };
    const runs = await Promise.all([run('npm', ['run', '-s', 'db:migrate'], env), run('npm', ['run', '-s', 'db:migrate'], env)]);
    for (const finished of runs) expect(finished.code, finished.stderr).toBe(0);
    const target = `PostgreSQL 127.0.0.1:5432/${database.name}`;
    const count = migrationNames('postgresql').length;
    expect(runs.map((r) => r.stdout.trim()).sort()).toEqual(
      [`db:migrate: applied ${count} migration${count > 1 ? 's' : ''} to ${target}: ${migrationNames('postgresql').join(', ')}`, `db:migrate: ${target} is up to date (${count} migrations)`].sort(),
    );
    const again = await run('npm', ['run', '-s', 'db:migrate'], env);
    expect(again.stdout.trim()).toBe(`db:migrate: ${target} is up to date (${count} migrations)`);
  }, 180_000);
});

describe.runIf(postgresPass)('npm run setup with a postgresql:// URL', () => {
  it('says in one line that the database does not exist, with host, port, name and the fix', async () => {
    // The test server's credentials (POSTGRES_ADMIN_URL), another database name.
    const url = withDatabase(config().POSTGRES_ADMIN_URL, 'benchhub_no_such_db');
    const { host, port, user } = postgresTarget(url);
    const finished = await run('npm', ['run', '-s', 'setup'], { DATABASE_URL: url, BENCHHUB_SECRET: 's' });
    expect(finished.code).toBe(1);
    expect(lastLine(finished.stderr)).toBe(
      `Database "benchhub_no_such_db" does not exist on PostgreSQL at ${host}:${port}: create it (createdb -h ${host} -p ${port} -U ${user ?? 'postgres'} benchhub_no_such_db) or fix the database name in DATABASE_URL`,
    );
  }, 120_000);

  it('says in one line that the server cannot be reached, with host, port, database and the fix', async () => {
    const port = await freePort();
    const finished = await run('npm', ['run', '-s', 'setup'], { DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/benchhub`, BENCHHUB_SECRET: 's' });
    expect(finished.code).toBe(1);
    expect(lastLine(finished.stderr)).toBe(`Cannot reach PostgreSQL at 127.0.0.1:${port} (database "benchhub"): ECONNREFUSED. Start PostgreSQL there, or fix the host and port in DATABASE_URL`);
  }, 120_000);

  it('leaves PostgreSQL alone at install, then migrates and installs the sample benchmark', async () => {
    const database = await postgresDatabase();
    const env = { DATABASE_URL: database.url, BENCHHUB_SECRET: 'deploy-test' };
    const install = await run(process.execPath, ['scripts/setup.mjs', '--postinstall'], env);
    expect(install.code, install.stderr).toBe(0);
    expect(lastLine(install.stdout)).toContain('migrations are a deploy step, not run at install; run `npm run setup`');
    const db = createPrismaClient(database.url);
    try {
      await expect(db.$queryRawUnsafe('SELECT 1 FROM "_prisma_migrations"')).rejects.toThrow();
      const setup = await run('npm', ['run', '-s', 'setup'], env);
      expect(setup.code, setup.stderr).toBe(0);
      expect(lastLine(setup.stdout)).toMatch(new RegExp(`^setup: database PostgreSQL 127\\.0\\.0\\.1:5432/${database.name} ready \\(applied .+\\); sample benchmark installed \\(\\d+ items`));
      expect(await db.benchmarkItem.count()).toBeGreaterThan(1000);
      expect(await db.modelEndpoint.count({ where: { kind: 'BASELINE' } })).toBe(Object.keys(BASELINE_MODELS).length);
    } finally {
      await db.$disconnect();
    }
  }, 240_000);
});

describe(`servers and workers on a schema that is behind (${testDialect()})`, () => {
  it('refuse to start, with one line naming npm run db:migrate', async () => {
    const database = await createTestDatabaseUrl('benchhub-behind-');
    made.push(database);
    // Every migration but the newest: the database of a deploy that forgot to migrate.
    await applyMigrations(database.url);
    const newest = migrationNames(database.dialect).at(-1)!;
    const db = createPrismaClient(database.url);
    await db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE "migration_name" = '${newest}'`);
    await db.$disconnect();
    const env = { DATABASE_URL: database.url, BENCHHUB_SECRET: 'deploy-test', PORT: String(await freePort()), REDIS_URL: 'redis://127.0.0.1:1' };
    const [server, worker] = await Promise.all([
      run(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], env),
      run(process.execPath, ['--import', 'tsx', 'worker/src/main.ts'], env),
    ]);
    for (const finished of [server, worker]) {
      expect(finished.code).toBe(1);
      expect(finished.stderr.trim()).toBe(`Database schema is behind this build (1 migration not applied: ${newest}): run \`npm run db:migrate\``);
    }
  }, 120_000);
});
