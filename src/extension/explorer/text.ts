// The explorer speaks English and Korean like the core, in the language the user chose for Stowage: the
// extension hands over the same choice the language server gets (`stowage.locale`, else VS Code's display
// language), read on every call so a changed setting applies to the next label.
import { localize, toLocale, type Localized } from '../../core/l10n';

let displayLocale: () => string = () => 'en';

/** Sets where the explorer reads the chosen language from (the extension's displayLocale). */
export function useDisplayLocale(source: () => string): void {
  displayLocale = source;
}

export function t(text: Localized): string {
  return localize(text, toLocale(displayLocale()));
}

/** Minimal log surface; a LogOutputChannel satisfies it. */
export interface ExplorerLog {
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(error: string | Error, ...args: unknown[]): void;
}
