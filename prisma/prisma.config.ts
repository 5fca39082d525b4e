import { defineConfig } from 'prisma/config';
import { databaseUrl } from './src/config';

// Prisma 7 keeps the connection URL here, not in schema.prisma.
export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: databaseUrl() },
});
