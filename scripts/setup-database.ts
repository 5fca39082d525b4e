import '@benchhub/db/config-check';
import { config, createPrismaClient, databaseUrl } from '@benchhub/db';
import { seedLeaderboardIfEmpty } from '@benchhub/server/services/leaderboard/import.service';
import { setupDatabase } from '@benchhub/server/services/setup.service';

const url = databaseUrl();
const db = createPrismaClient(url);
try {
  const { migrations, sample } = await setupDatabase(db, url);
  console.log(
    `setup: database ${url.startsWith('file:') ? url.slice(5) : '(DATABASE_URL)'} ready` +
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
} finally {
  await db.$disconnect();
}
