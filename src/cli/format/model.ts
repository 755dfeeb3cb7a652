import type { Finding } from '../../core/index';

/** One analysed file as the formatters see it. */
export interface CheckedFile {
  /** Relative to the cwd, with `/`. */
  readonly displayPath: string;
  readonly text: string;
  readonly findings: readonly Finding[];
}
