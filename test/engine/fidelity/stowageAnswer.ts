// What Stowage says about the same text, reduced to what the comparison needs.
import { analyze } from '../../../src/core/index';
import type { Finding, Range, RuleCode } from '../../../src/core/index';

export interface StowageFinding {
  readonly code: RuleCode;
  readonly severity: string;
  readonly message: string;
  readonly range: Range;
}

export interface StowageAnswer {
  readonly findings: readonly StowageFinding[];
  /** Set when the core threw: a disagreement of its own. */
  readonly threw?: string;
}

function plain(finding: Finding): StowageFinding {
  return { code: finding.code, severity: finding.severity, message: finding.message.en, range: finding.range };
}

export function askStowage(text: string, path: string, kind: 'shell' | 'dockerfile'): StowageAnswer {
  try {
    const result = analyze(text, { path, kind });
    return { findings: (result?.findings ?? []).map(plain) };
  } catch (error) {
    return { findings: [], threw: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

export function errorsOf(answer: StowageAnswer): StowageFinding[] {
  return answer.findings.filter((finding) => finding.severity === 'error');
}

/** Whether `range` lies on line `line` within [start, end) characters (the spec's place in the text). */
export function within(range: Range, line: number, start: number, end: number): boolean {
  return range.start.line === line && range.end.line === line && range.start.character >= start && range.end.character <= end;
}

export function describeFindings(findings: readonly StowageFinding[]): string {
  if (findings.length === 0) return 'no finding';
  return findings.map((f) => `${f.code} ${f.severity} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} "${f.message}"`).join('; ');
}
