import { createInterface } from 'node:readline';
import { DomainError } from '../errors';
import { defineCommand } from './commands';

export default defineCommand({
  name: 'plan',
  summary: 'Plan a query onto the BenchHub taxonomy (no side effects)',
  usage: `Usage: npm run -s benchhub -- plan [--json] "<query>"
       npm run -s benchhub -- plan --json < queries.txt   (one query per line in, one JSON plan per line out)`,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }) {
    const { planQuery } = await import('../services/planning.service');
    const print = (plan: unknown) => console.log(values.json ? JSON.stringify(plan) : JSON.stringify(plan, null, 2));
    if (positionals.length > 0) {
      print(await planQuery({}, positionals.join(' ')));
      return 0;
    }
    let failures = 0;
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      try {
        print(await planQuery({}, line));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        failures++;
        print({ error: { code: error.code, message: error.message } });
      }
    }
    return failures > 0 ? 1 : 0;
  },
});
