import { createPrismaClient } from '@benchhub/db';

/** The server's Prisma client on DATABASE_URL (SQLite .data/benchhub.db by default). */
export const db = createPrismaClient();
