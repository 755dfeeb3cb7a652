// argv → command. Exported so tests run the CLI in-process with their own cwd, env and buffers.
import { toLocale, type Locale } from '../core/index';
import { parseArgs, USAGE, UsageError, type CliOptions } from './args';
import { runCheck } from './commands/check';
import { runMap } from './commands/map';
import { runRules } from './commands/rules';
import { EXIT_OK, EXIT_USAGE, warn, type CliIo } from './io';
import { packageVersion } from './version';

export type { CliIo } from './io';

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    warn(io, error.message);
    io.stderr.write(`Run 'stowage --help' for usage.\n`);
    return EXIT_USAGE;
  }
  if (options.command === 'help') {
    io.stdout.write(USAGE + '\n');
    return EXIT_OK;
  }
  if (options.command === 'version') {
    io.stdout.write(packageVersion() + '\n');
    return EXIT_OK;
  }
  if (options.command === 'lsp') {
    // Loaded only here, so check/map/rules never pay for the server. The connection reads its transport
    // from the process arguments and keeps the process alive until the client sends `exit`.
    const { startServer } = await import('../server/startServer.js');
    startServer();
    return EXIT_OK;
  }
  const context = { io, options, locale: options.locale ?? localeFromEnv(io.env) };
  try {
    switch (options.command) {
      case 'check':
        return runCheck(context);
      case 'map':
        return runMap(context);
      case 'rules':
        return runRules(context);
    }
  } catch (error) {
    // A bad .stowage.json is the user's to fix, like a bad option.
    if (error instanceof UsageError) {
      warn(io, error.message);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  return toLocale(tag);
}
