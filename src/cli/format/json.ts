// `--format json`: one stable shape for scripts, with LSP-style 0-based ranges.
import { localize, type Locale, type Range } from '../../core/index';
import type { CheckedFile } from './model';

export interface JsonFinding {
  readonly file: string;
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly range: Range;
}

export function formatJson(files: readonly CheckedFile[], locale: Locale): string {
  const findings: JsonFinding[] = [];
  for (const file of files) {
    for (const finding of file.findings) {
      findings.push({
        file: file.displayPath,
        code: finding.code,
        severity: finding.severity,
        message: localize(finding.message, locale),
        range: plainRange(finding.range),
      });
    }
  }
  return JSON.stringify({ findings }, null, 2) + '\n';
}

/** Copies only the four numbers, so extra fields a parser attached never leak into the output. */
export function plainRange(range: Range): Range {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}
