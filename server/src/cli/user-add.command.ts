import { readFileSync } from 'node:fs';
import { defineCommand } from './commands';

export default defineCommand({
  name: 'user add',
  summary: 'Create a user who signs in with a password (admin, member or viewer)',
  usage: `Usage: npm run -s benchhub -- user add <email> --role <admin|member|viewer> --password-stdin [--name <name>]

Creates a user; the password (at least 8 characters) is read from standard input, e.g.
  printf '%s' "$PASSWORD" | npm run -s benchhub -- user add ada@example.org --role admin --password-stdin
The first admin becomes the owner of endpoints and tasks created before accounts existed.`,
  options: {
    role: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    name: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals }) {
    const email = positionals[0];
    if (!email || positionals.length > 1 || typeof values.role !== 'string' || !values['password-stdin']) {
      console.error('Usage: npm run -s benchhub -- user add <email> --role <admin|member|viewer> --password-stdin [--name <name>] [--json]');
      return 2;
    }
    // One trailing newline (echo, a terminal) is not part of the password.
    const password = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
    const [{ createPrismaClient }, { createUser }, { DomainError }] = await Promise.all([
      import('@benchhub/db'),
      import('../services/user.service'),
      import('../errors'),
    ]);
    const db = createPrismaClient();
    try {
      const { user } = await createUser(db, { email, role: values.role, password, name: typeof values.name === 'string' ? values.name : null });
      if (values.json) console.log(JSON.stringify({ id: user.id, email: user.email, name: user.name, role: user.role }));
      else console.log(`Created ${user.role.toLowerCase()} ${user.email} (${user.id}).`);
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
