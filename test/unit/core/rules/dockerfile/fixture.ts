// Shared by the Dockerfile rule tests: analyse a fixture (or inline text) and keep one rule's findings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../../../src/core';
import type { Finding, RuleCode } from '../../../../../src/core';

export function readFixture(feature: string): string {
  const root = process.env['STOWAGE_ROOT'] ?? process.cwd();
  return readFileSync(path.join(root, 'test', 'fixtures', 'dockerfile', feature, 'Dockerfile'), 'utf8');
}

export function findingsOf(code: RuleCode, text: string): Finding[] {
  const errors: unknown[] = [];
  const result = analyze(text, { path: 'Dockerfile', kind: 'dockerfile', onRuleError: (_code, error) => errors.push(error) });
  if (errors.length > 0) throw errors[0];
  return (result?.findings ?? []).filter((f) => f.code === code);
}

/** `line:char-line:char`, 0-based, for compact range assertions. */
export function at(finding: Finding | undefined): string {
  if (finding === undefined) return 'none';
  const r = finding.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Applies a finding's preferred fix to the text (single-line edits are all these rules make). */
export function applyFix(text: string, finding: Finding): string {
  const fix = finding.fixes.find((f) => f.preferred === true) ?? finding.fixes[0];
  if (fix === undefined) throw new Error('no fix');
  const lines = text.split('\n');
  for (const edit of [...fix.edits].reverse()) {
    const { start, end } = edit.range;
    const before = (lines[start.line] ?? '').slice(0, start.character);
    const after = (lines[end.line] ?? '').slice(end.character);
    lines.splice(start.line, end.line - start.line + 1, ...(before + edit.newText + after).split('\n'));
  }
  return lines.join('\n');
}
