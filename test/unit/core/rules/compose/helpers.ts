import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../../../src/core';
import type { AnalyzeOptions, Finding, RuleCode, TextEdit } from '../../../../../src/core';
import { LineIndex } from '../../../../../src/core/text';

export const FIXTURES = path.join(process.env['STOWAGE_ROOT'] ?? process.cwd(), 'test', 'fixtures', 'compose');

export function fixture(feature: string, file = 'compose.yaml'): string {
  return readFileSync(path.join(FIXTURES, feature, file), 'utf8');
}

export function findings(text: string, code?: RuleCode, options: Partial<AnalyzeOptions> = {}): Finding[] {
  const result = analyze(text, { path: 'compose.yaml', ...options });
  assert.ok(result, 'a compose file is analysed');
  return code === undefined ? [...result.findings] : result.findings.filter((f) => f.code === code);
}

/** `line:col-line:col` (1-based lines and columns, as an editor shows them), for readable assertions. */
export function at(finding: { range: Finding['range'] }): string {
  const { start, end } = finding.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, lines.offsetAt(edit.range.start)) + edit.newText + result.slice(lines.offsetAt(edit.range.end));
  }
  return result;
}

/** The expected findings of a fixture folder, as `expected.json` lists them. */
export interface ExpectedFinding {
  readonly code: RuleCode;
  readonly at: string;
  readonly severity?: string;
  readonly message?: string;
}

export function expected(feature: string): ExpectedFinding[] {
  return JSON.parse(readFileSync(path.join(FIXTURES, feature, 'expected.json'), 'utf8')) as ExpectedFinding[];
}

/** Checks a fixture's findings of the given codes against its expected.json. */
export function assertFixture(feature: string, codes: readonly RuleCode[], options: Partial<AnalyzeOptions> = {}): Finding[] {
  const actual = findings(fixture(feature), undefined, options).filter((f) => codes.includes(f.code));
  const want = expected(feature);
  assert.deepEqual(
    actual.map((f) => ({ code: f.code, at: at(f) })),
    want.map((w) => ({ code: w.code, at: w.at })),
  );
  want.forEach((w, i) => {
    const f = actual[i];
    assert.ok(f);
    if (w.severity !== undefined) assert.equal(f.severity, w.severity, `severity of ${w.code} at ${w.at}`);
    if (w.message !== undefined) assert.ok(f.message.en.includes(w.message), `"${f.message.en}" mentions "${w.message}"`);
    assert.notEqual(f.message.ko, f.message.en, 'the Korean message is written');
  });
  return actual;
}
