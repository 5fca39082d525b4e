// The command-line interface: `npm run benchhub -- <command>` (add -s to npm for clean output).
import '@benchhub/db/config-check';
import { parseArgs } from 'node:util';
import { config, createLogger, redisUrl } from '@benchhub/db';
import { DomainError } from '../errors';
import { COMMANDS, printHelp } from './commands';

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    printHelp();
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}". Run \`npm run benchhub -- --help\` for the list.`);
    return 2;
  }
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
  // Logs go to stderr at warn level so stdout stays the command's output.
  const logger = createLogger('cli', process.stderr);
  logger.level = process.env.LOG_LEVEL ? config().LOG_LEVEL : 'warn';
  return command.run({ values: parsed.values as Record<string, unknown>, positionals: parsed.positionals, logger, redisUrl: redisUrl() });
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (error instanceof DomainError) {
      console.error(`error (${error.code}): ${error.message}`);
      process.exit(2);
    }
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
