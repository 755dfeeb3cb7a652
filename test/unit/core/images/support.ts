import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../../../src/core';
import type { AnalyzeOptions, Finding, RuleCode } from '../../../../src/core';

export const IMAGE_FIXTURES = path.join(process.env['STOWAGE_ROOT'] ?? process.cwd(), 'test', 'fixtures', 'images');

export function imageFixture(...parts: string[]): string {
  return readFileSync(path.join(IMAGE_FIXTURES, ...parts), 'utf8');
}

/** A `readFile` over a fixture folder, as the CLI and the server supply it. */
export function fixtureReader(feature: string): (relativePath: string) => string | undefined {
  return (relativePath) => {
    try {
      return readFileSync(path.join(IMAGE_FIXTURES, feature, relativePath), 'utf8');
    } catch {
      return undefined;
    }
  };
}

export function composeFindings(text: string, code: RuleCode, options: Partial<AnalyzeOptions> = {}): Finding[] {
  const result = analyze(text, { path: 'compose.yaml', ...options });
  assert.ok(result, 'a compose file is analysed');
  return result.findings.filter((f) => f.code === code);
}

/** `line:col-line:col`, 1-based, as an editor shows it. */
export function at(finding: Finding): string {
  const { start, end } = finding.range;
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}

interface Expected {
  readonly code: RuleCode;
  readonly at: string;
  readonly message: string;
}

/** Checks a fixture folder's findings of one code against its expected.json (range and message). */
export function assertImageFixture(feature: string, code: RuleCode): Finding[] {
  const actual = composeFindings(imageFixture(feature, 'compose.yaml'), code);
  const want = JSON.parse(imageFixture(feature, 'expected.json')) as Expected[];
  assert.deepEqual(actual.map(at), want.map((w) => w.at));
  want.forEach((w, i) => {
    const finding = actual[i];
    assert.ok(finding);
    assert.equal(finding.code, w.code);
    assert.ok(finding.message.en.includes(w.message), `"${finding.message.en}" mentions "${w.message}"`);
    assert.notEqual(finding.message.ko, finding.message.en);
  });
  return actual;
}
