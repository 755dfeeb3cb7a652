import type { Locale } from '../core/index';
import type { CliOptions } from './args';

/** What a command may touch besides the file system: tests pass buffers, main.ts passes the process's. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface CommandContext {
  readonly io: CliIo;
  readonly options: CliOptions;
  readonly locale: Locale;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export function warn(io: CliIo, message: string): void {
  io.stderr.write(`stowage: ${message}\n`);
}
