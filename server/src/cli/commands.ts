// The CLI's command registry. A command is ONE file beside this one, named `<anything>.command.ts`, whose
// default export is `defineCommand({...})`; it is found by its file name (no list to edit). Command modules are
// loaded for every call (to dispatch and for --help), so they must stay light: import services, Prisma, BullMQ
// or Redis inside `run` with `await import(...)` (server/test/e2e/cli.test.ts fails when `--help` loads them).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ParseArgsConfig } from 'node:util';
import type { Logger } from '@benchhub/db/logger';

export interface CommandInput {
  values: Record<string, unknown>;
  positionals: string[];
  /** Logs to stderr (LOG_LEVEL, default warn); created on first use (pino is not loaded otherwise). */
  readonly logger: Logger;
  redisUrl: string;
}

export interface Command {
  /** What the user types: one word (`plan`) or a group and a word (`user add`). */
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Resolves to the exit status. Print data with console.log / process.stdout; main flushes before exiting. */
  run(input: CommandInput): Promise<number>;
}

/** Identity with type checking: `export default defineCommand({ ... })`. */
export function defineCommand(command: Command): Command {
  return command;
}

const COMMAND_FILE = /\.command\.(ts|mjs|js)$/;

/** Every command in `dir` (the source folder under tsx, the bundle's folder when built), sorted by name. */
export async function loadCommands(dir: string = path.dirname(fileURLToPath(import.meta.url))): Promise<Command[]> {
  const files = readdirSync(dir).filter((file) => COMMAND_FILE.test(file) && !file.endsWith('.d.ts'));
  const modules = await Promise.all(files.map((file) => import(pathToFileURL(path.join(dir, file)).href) as Promise<{ default?: Command }>));
  const commands = modules.map((module, i) => {
    if (!module.default?.name) throw new Error(`${files[i]} has no default export made with defineCommand()`);
    return module.default;
  });
  const seen = new Set<string>();
  for (const command of commands) {
    if (seen.has(command.name)) throw new Error(`Two command files define "${command.name}"`);
    seen.add(command.name);
  }
  return commands.sort((a, b) => a.name.localeCompare(b.name));
}

/** The command named by the first words of argv (longest match: `user add` before `user`), and the rest. */
export function findCommand(commands: Command[], argv: string[]): { command: Command; rest: string[] } | null {
  let best: { command: Command; rest: string[] } | null = null;
  for (const command of commands) {
    const words = command.name.split(' ');
    if (words.every((word, i) => argv[i] === word) && (!best || words.length > best.command.name.split(' ').length)) {
      best = { command, rest: argv.slice(words.length) };
    }
  }
  return best;
}

export function helpText(commands: Command[], group?: string): string {
  const shown = group ? commands.filter((c) => c.name.startsWith(`${group} `)) : commands;
  const width = Math.max(...shown.map((c) => c.name.length));
  return `BenchHub Plus — which LLM is best for my purpose?

Usage: npm run -s benchhub -- ${group ? `${group} <command>` : '<command>'} [options]

Commands:
${shown.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`npm run -s benchhub -- <command> --help\` for a command's options; commands that print data take --json.
Configuration comes from the environment (DATABASE_URL, REDIS_URL, ...; see README), and .env if present.`;
}
