// Usage: npm run db:migrate:create -- <name>   (writes prisma/migrations/<stamp>_<name>/migration.sql)
import { createMigration } from '../src/migrate';

const name = process.argv[2];
if (!name) {
  console.error('usage: npm run db:migrate:create -- <migration_name>');
  process.exit(2);
}
const created = await createMigration(name, 'file::memory:');
console.log(created ? `created prisma/migrations/${created}` : 'schema.prisma and migrations are already in sync');
