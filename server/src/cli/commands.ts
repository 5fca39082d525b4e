import type { ParseArgsConfig } from 'node:util';
import type { Logger } from '@benchhub/db';
import { evaluateCommand } from './evaluate.command';
import { healthCommand } from './health.command';
import { importCommand } from './import.command';
import { importLeaderboardCommand } from './import-leaderboard.command';
import { leaderboardCommand } from './leaderboard.command';
import { planCommand } from './plan.command';
import { rankCommand } from './rank.command';
import { scoreCommand } from './score.command';

export interface CommandInput {
  values: Record<string, unknown>;
  positionals: string[];
  logger: Logger;
  redisUrl: string;
}

export interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(input: CommandInput): Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  health: healthCommand,
  evaluate: evaluateCommand,
  plan: planCommand,
  rank: rankCommand,
  score: scoreCommand,
  import: importCommand,
  leaderboard: leaderboardCommand, 'import-leaderboard': importLeaderboardCommand,
};

export function printHelp(): void {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  console.log(`BenchHub Plus — which LLM is best for my purpose?

Usage: npm run -s benchhub -- <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  .join('\n')}

Run \`npm run -s benchhub -- <command> --help\` for a command's options.
Configuration comes from the environment (DATABASE_URL, REDIS_URL, ...; see README), and .env if present.`);
}
