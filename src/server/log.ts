// The server's log goes to the client's output channel through window/logMessage; errors keep their stack.
import type { Connection } from 'vscode-languageserver';

export interface Log {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export function connectionLog(connection: Connection): Log {
  return {
    info: (message) => connection.console.info(message),
    error: (message, error) => {
      const detail = error instanceof Error ? `${error.stack ?? error.message}` : error === undefined ? '' : String(error);
      connection.console.error(detail === '' ? message : `${message}: ${detail}`);
    },
  };
}
