// The command-line interface: `npm run -s benchhub -- <command>` or the `benchhub` bin (both run the bundle
// server/dist/cli/main.mjs, rebuilt when its sources change; see bin/benchhub.mjs). Commands live one per file
// (`*.command.ts`, see commands.ts); this file only dispatches, parses options and exits with every byte written.
import '@benchhub/db/config-check';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { config, redisUrl } from '@benchhub/db/config';
import { createLogger, type Logger } from '@benchhub/db/logger';
import { DomainError } from '../errors';
import { findCommand, helpText, loadCommands, type CommandInput } from './commands';
import { exitAfterFlush, stopOnClosedPipe } from './output';

async function main(argv: string[]): Promise<number> {
  const commands = await loadCommands(path.dirname(fileURLToPath(import.meta.url)));
  const [first] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    console.log(helpText(commands));
    return first ? 0 : 1;
  }
  const found = findCommand(commands, argv);
  if (!found) {
    const group = commands.some((c) => c.name.startsWith(`${first} `));
    if (group && (argv.length === 1 || argv[1] === '--help' || argv[1] === '-h')) {
      console.log(helpText(commands, first));
      return argv.length === 1 ? 1 : 0;
    }
    console.error(`Unknown command "${group ? argv.slice(0, 2).join(' ') : first}". Run \`npm run -s benchhub -- --help\` for the list.`);
    return 2;
  }
  const { command, rest } = found;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${command.usage}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(command.usage);
    return 0;
  }
  return command.run(commandInput(parsed.values as Record<string, unknown>, parsed.positionals));
}

function commandInput(values: Record<string, unknown>, positionals: string[]): CommandInput {
  let logger: Logger | undefined;
  return {
    values,
    positionals,
    redisUrl: redisUrl(),
    // Logs go to stderr at warn level so stdout stays the command's output; made on first use.
    get logger(): Logger {
      if (!logger) {
        logger = createLogger('cli', process.stderr);
        logger.level = process.env.LOG_LEVEL ? config().LOG_LEVEL : 'warn';
      }
      return logger;
    },
  };
}

stopOnClosedPipe();
await main(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (error: unknown) => {
    if (error instanceof DomainError) {
      console.error(`error (${error.code}): ${error.message}`);
      return exitAfterFlush(2);
    }
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    return exitAfterFlush(1);
  },
);
