/**
 * Before npm test's PostgreSQL pass: one line naming the server and the fix when the PostgreSQL of
 * POSTGRES_ADMIN_URL (where the tests create and drop their throwaway databases) does not answer.
 */
import { config } from '../src/config';
import { checkPostgresReachable } from '../src/postgres';

try {
  await checkPostgresReachable(config().POSTGRES_ADMIN_URL, 'POSTGRES_ADMIN_URL');
} catch (error) {
  console.error(`test: the PostgreSQL pass creates throwaway databases on POSTGRES_ADMIN_URL: ${(error as Error).message}`);
  process.exit(1);
}
