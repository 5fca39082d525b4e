import { createPrismaClient, databaseUrl } from '@benchhub/db';
import { setupDatabase } from '@benchhub/server/services/setup.service';

const url = databaseUrl();
const db = createPrismaClient(url);
try {
  const { migrations, sample } = await setupDatabase(db, url);
  console.log(
    `setup: database ${url.startsWith('file:') ? url.slice(5) : '(DATABASE_URL)'} ready` +
      `${migrations.length ? ` (applied ${migrations.join(', ')})` : ''}; sample benchmark ` +
      (sample.created ? `installed (${sample.itemsAdded} items, version ${sample.datasetVersion})` : `already installed (version ${sample.datasetVersion})`),
  );
} finally {
  await db.$disconnect();
}
