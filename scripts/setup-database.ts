// Sets up DATABASE_URL: `--setup` (npm run setup) and `--postinstall` on SQLite migrate, install the
// baselines and the sample benchmark and seed the leaderboard; `--postinstall` on PostgreSQL does
// nothing but say how (migrations are a deploy step); `--start` (npm start) migrates SQLite, and on
// PostgreSQL refuses a schema that is behind (one line naming `npm run db:migrate`).
import '@benchhub/db/config-check';
import {
  DatabaseUnavailableError,
  SchemaBehindError,
  assertSchemaCurrent,
  config,
  createPrismaClient,
  databaseUrl,
  describeDatabase,
  providerOf,
} from '@benchhub/db';
import { seedLeaderboardIfEmpty } from '@benchhub/server/services/leaderboard/import.service';
import { setupDatabase } from '@benchhub/server/services/setup.service';

const mode = process.argv.includes('--postinstall') ? 'postinstall' : process.argv.includes('--start') ? 'start' : 'setup';
const url = databaseUrl();
const where = describeDatabase(url);
const postgres = providerOf(url) === 'postgresql';

if (postgres && mode === 'postinstall') {
  console.log(`setup: DATABASE_URL is ${where}: migrations are a deploy step, not run at install; run \`npm run setup\` (migrations, baselines, sample benchmark) or \`npm run db:migrate\``);
  process.exit(0);
}

const db = createPrismaClient(url);
try {
  // npm start on PostgreSQL never migrates: a schema that is behind is the deploy's to fix.
  if (postgres && mode === 'start') await assertSchemaCurrent(db, url);
  const { migrations, sample } = await setupDatabase(db, url, { migrate: !(postgres && mode === 'start') });
  console.log(
    `setup: database ${where} ready` +
      `${migrations.length ? ` (applied ${migrations.join(', ')})` : ''}; sample benchmark ` +
      (sample.created ? `installed (${sample.itemsAdded} items, version ${sample.datasetVersion})` : `already installed (version ${sample.datasetVersion})`) +
      (sample.supersededVersions.length ? `, replacing version ${sample.supersededVersions.join(', ')} (${sample.itemsUpdated} items updated)` : ''),
  );
  const seedFile = config().SEED_LEADERBOARD_FILE;
  if (seedFile) {
    const seeded = await seedLeaderboardIfEmpty(db, seedFile);
    console.log(
      seeded.seeded
        ? `setup: leaderboard seeded from ${seedFile} (${seeded.report.inserted} cells)`
        : `setup: leaderboard not seeded from ${seedFile}: ${seeded.reason}`,
    );
  }
} catch (error) {
  if (!(error instanceof DatabaseUnavailableError || error instanceof SchemaBehindError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
