// The explorer speaks English and Korean like the core; VS Code's display language picks one.
import * as vscode from 'vscode';
import { localize, toLocale, type Localized } from '../../core/l10n';

export function t(text: Localized): string {
  return localize(text, toLocale(vscode.env.language));
}

/** Minimal log surface; a LogOutputChannel satisfies it. */
export interface ExplorerLog {
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(error: string | Error, ...args: unknown[]): void;
}
