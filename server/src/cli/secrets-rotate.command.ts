import { readFileSync } from 'node:fs';
import { defineCommand } from './commands';

export default defineCommand({
  name: 'secrets rotate',
  summary: 'Re-encrypt every stored API key and header set (same secret, or a new one)',
  usage: `Usage: npm run -s benchhub -- secrets rotate [--new-secret-stdin | --generate] [--dry-run] [--json]

Re-encrypts every stored API key and extra-header set in one transaction.
  (no option)          under the current secret: upgrades old formats, seals headers stored in plain text
  --new-secret-stdin   under a new secret read from standard input (at least 16 characters)
  --generate           under a new random secret
  --dry-run            report what would be re-encrypted; change nothing

Stop the servers and workers first, and start them again afterwards. With the generated key file
(.data/secret.key, no BENCHHUB_SECRET) the new secret replaces the file's. With BENCHHUB_SECRET, set it to
the new value on every server and worker (--generate prints it, alone, on stdout). Stored secrets that the
current secret cannot open are listed and left as they are (exit status 1). Sign-in sessions end.`,
  options: {
    'new-secret-stdin': { type: 'boolean' },
    generate: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values }) {
    if (values['new-secret-stdin'] && values.generate) {
      console.error('Give either --new-secret-stdin or --generate, not both.');
      return 2;
    }
    const [{ createPrismaClient, secretKeyFile, secretMaterial, secretSource }, { generateSecret, rotateSecrets }] = await Promise.all([
      import('@benchhub/db'),
      import('../services/secrets.service'),
    ]);
    const next = values['new-secret-stdin'] ? readFileSync(0, 'utf8').trim() : values.generate ? generateSecret() : undefined;
    const source = secretSource();
    const db = createPrismaClient();
    try {
      const result = await rotateSecrets(db, { current: secretMaterial(), source, keyFile: secretKeyFile(), next, dryRun: Boolean(values['dry-run']) });
      // With BENCHHUB_SECRET and --generate, stdout carries the new secret alone (for a secret store).
      const printSecret = Boolean(values.generate) && source === 'env' && !values['dry-run'];
      const say = printSecret ? console.error : console.log;
      if (printSecret) console.log(next);
      if (values.json && !printSecret) {
        console.log(JSON.stringify({ ...result, dryRun: Boolean(values['dry-run']) }));
      } else {
        const verb = values['dry-run'] ? 'would re-encrypt' : 're-encrypted';
        if (result.resumed) say('Completed an interrupted rotation (secret.key.new installed).');
        say(`${verb} the secrets of ${result.rewritten.length} endpoint(s)${result.changed ? ' under the new secret' : ' under the current secret'}; ${result.untouched} without secrets.`);
        if (result.unreadable.length) say(`left unchanged (the current secret cannot open them): ${result.unreadable.join(', ')}`);
        if (result.keyFileWritten) say(`The new secret is in ${secretKeyFile()}. Start the servers and workers again.`);
        else if (result.changed && source === 'env' && !values['dry-run']) {
          say('Set BENCHHUB_SECRET to the new value on every server and worker, then start them again.');
        }
      }
      return result.unreadable.length ? 1 : 0;
    } finally {
      await db.$disconnect();
    }
  },
});
