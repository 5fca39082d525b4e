import { defineCommand } from './commands';

export default defineCommand({
  name: 'token create',
  summary: 'Create an API token for a user and print it (alone, on stdout)',
  usage: `Usage: npm run -s benchhub -- token create <email> [--name <label>] [--json]

Prints the new token alone on standard output (shown once; only its hash is stored); with --json, one JSON
object with the token and its id, prefix, name and user. Send it as
  Authorization: Bearer <token>
to /graphql (POST, GET, subscriptions) and /export/*. Revoke it in the web app or with revokeApiToken.`,
  options: { name: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals }) {
    const email = positionals[0];
    if (!email || positionals.length > 1) {
      console.error('Usage: npm run -s benchhub -- token create <email> [--name <label>] [--json]');
      return 2;
    }
    const [{ createPrismaClient }, { findUserByEmail }, { createApiToken }, { DomainError }] = await Promise.all([
      import('@benchhub/db'),
      import('../services/user.service'),
      import('../services/api-token.service'),
      import('../errors'),
    ]);
    const db = createPrismaClient();
    try {
      const user = await findUserByEmail(db, email);
      if (!user) {
        console.error(`No user with e-mail ${email}: create one with \`npm run -s benchhub -- user add ${email} --role member --password-stdin\`.`);
        return 1;
      }
      if (user.disabled) {
        console.error(`${user.email} is disabled: its tokens would be refused.`);
        return 1;
      }
      const { token, apiToken } = await createApiToken(db, user.id, typeof values.name === 'string' ? values.name : 'cli');
      if (values.json) console.log(JSON.stringify({ token, id: apiToken.id, prefix: apiToken.prefix, name: apiToken.name, user: user.email }));
      else console.log(token);
      return 0;
    } catch (error) {
      if (error instanceof DomainError) {
        console.error(error.message);
        return 1;
      }
      throw error;
    } finally {
      await db.$disconnect();
    }
  },
});
