// The facade the language server and the CLI call: text in, plain data out.
import type { AnalyzedDocument, AnalyzeOptions, DocumentKind, SourceResult } from './document';
import { detectKind } from './detect';
import type { Finding, RuleCode, Severity } from './findings';
import { allRules } from './rules';
import { docsUrl } from './rules/rule';
import type { Report } from './rules/rule';
import { readCommandLines } from './sources/commandLine';
import { readCompose } from './sources/compose';
import { readDockerfile } from './sources/dockerfile';
import { LineIndex } from './text';

export * from './detect';
export type * from './document';
export * from './findings';
export * from './l10n';
export * from './mounts/mount';
export * from './text';
export { allRules, ruleByCode } from './rules';
export { docsUrl } from './rules/rule';
export { version } from './version';
export type { Rule } from './rules/rule';

export interface AnalysisResult {
  readonly document: AnalyzedDocument;
  /** Sorted by position; suppressed and `off` findings removed, severities overridden. */
  readonly findings: readonly Finding[];
}

export function readDocument(text: string, kind: DocumentKind, options: AnalyzeOptions, lines = new LineIndex(text)): AnalyzedDocument {
  let source: SourceResult;
  switch (kind) {
    case 'dockerfile':
      source = readDockerfile(text, lines, options);
      break;
    case 'compose':
      source = readCompose(text, lines, options);
      break;
    default:
      source = readCommandLines(text, kind, lines);
  }
  return { ...source, kind, path: options.path, text, lines };
}

/** Reads a document and runs every rule on it. Returns `undefined` for a document Stowage does not read. */
export function analyze(text: string, options: AnalyzeOptions): AnalysisResult | undefined {
  const kind = options.kind ?? detectKind(options.path, text);
  if (kind === undefined) return undefined;
  const document = readDocument(text, kind, options);
  const suppressed = suppressions(document);
  const findings: Finding[] = [];
  for (const rule of allRules) {
    const override = options.severities?.[rule.code];
    if (override === 'off') continue;
    const report = (r: Report): void => {
      if (suppressed.get(r.range.start.line)?.has(rule.code) === true) return;
      const severity: Severity = override ?? r.severity ?? rule.defaultSeverity;
      findings.push({ code: rule.code, severity, message: r.message, range: r.range, fixes: r.fixes ?? [], docsUrl: docsUrl(rule.code) });
    };
    try {
      rule.check(document, { options, report });
    } catch (error) {
      // A rule must never take the others down with it: the caller logs the bug, the user still gets
      // every other finding.
      options.onRuleError?.(rule.code, error);
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.code.localeCompare(b.code));
  return { document, findings };
}

const IGNORE_COMMENT = /(?:#|\/\/|<!--)\s*stowage-ignore\b([^\n]*)/;

/**
 * `# stowage-ignore SW301 SW302` on the line above a finding (or at the end of its line) silences it.
 * A comment above a command or mount that spans several lines (a `\`-continued `docker run`, a Compose
 * long-syntax entry) covers all of its lines, since no comment can stand between them.
 */
function suppressions(document: AnalyzedDocument): Map<number, Set<RuleCode>> {
  const { lines } = document;
  const result = new Map<number, Set<RuleCode>>();
  // Most documents have no such comment at all: one scan of the text spares a slice of every line.
  if (!document.text.includes('stowage-ignore')) return result;
  const add = (line: number, codes: Iterable<RuleCode>): void => {
    const existing = result.get(line) ?? new Set<RuleCode>();
    for (const code of codes) existing.add(code);
    result.set(line, existing);
  };
  for (let line = 0; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (!text.includes('stowage-ignore')) continue;
    const match = IGNORE_COMMENT.exec(text);
    if (match === null) continue;
    const codes = new Set((match[1] ?? '').match(/SW\d{3}/g) as RuleCode[] | null ?? allRules.map((r) => r.code));
    const own = text.slice(0, match.index).trim() !== '';
    add(own ? line : line + 1, codes);
  }
  if (result.size === 0) return result;
  for (const unit of [...document.commands, ...document.mounts]) {
    const { start, end } = unit.range;
    const codes = result.get(start.line);
    if (codes === undefined || end.line === start.line) continue;
    for (let line = start.line + 1; line <= end.line; line++) add(line, codes);
  }
  return result;
}
