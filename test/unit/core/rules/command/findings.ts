// Runs the analysis on inline text and keeps one rule's findings, with fixes applied on request.
import { analyze } from '../../../../../src/core';
import type { DocumentKind, Finding, RuleCode } from '../../../../../src/core';
import { LineIndex } from '../../../../../src/core/text';

export function findingsOf(code: RuleCode, text: string, kind: DocumentKind = 'shell'): Finding[] {
  const errors: unknown[] = [];
  const result = analyze(text, { path: kind === 'compose' ? 'compose.yaml' : 'script.sh', kind, onRuleError: (_, error) => errors.push(error) });
  if (errors.length > 0) throw errors[0];
  return (result?.findings ?? []).filter((f) => f.code === code);
}

/** Applies the finding's preferred fix and returns the new text. */
export function applyFix(text: string, finding: Finding | undefined): string {
  const fix = finding?.fixes.find((f) => f.preferred === true) ?? finding?.fixes[0];
  if (fix === undefined) throw new Error('no fix');
  const lines = new LineIndex(text);
  const edits = [...fix.edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start));
  let result = text;
  for (const edit of edits) result = result.slice(0, lines.offsetAt(edit.range.start)) + edit.newText + result.slice(lines.offsetAt(edit.range.end));
  return result;
}
