// The bundled examples/ workspace: every rule fires somewhere, each finding sits under a comment that
// names its code, and nothing under a "Correct and quiet" comment is reported.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { RULE_CODES } from '../../../src/core/index';
import { ROOT, runCli } from './support';

const EXAMPLES = path.join(ROOT, 'examples');
const MARKER = /\bSW\d{3}\b|Correct and quiet/;

interface JsonFinding {
  file: string;
  code: string;
  range: { start: { line: number } };
}

async function exampleFindings(): Promise<JsonFinding[]> {
  const result = await runCli(['check', '--format', 'json'], EXAMPLES);
  assert.equal(result.stderr, '');
  assert.equal(result.code, 1, 'the examples hold errors');
  return (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
}

/** Every VOLUME path is also an anonymous volume, so SW101 may sit beside any other VOLUME finding. */
const isIncidental = (finding: JsonFinding): boolean => finding.code === 'SW101' && /Dockerfile$/.test(finding.file);

describe('examples/', () => {
  it('makes every rule fire', async () => {
    const codes = new Set((await exampleFindings()).map((f) => f.code));
    // SW210 speaks of volumes missing on the engine; the CLI reads none (the engine suites cover it).
    assert.deepEqual([...RULE_CODES].filter((code) => code !== 'SW210' && !codes.has(code)), []);
  });

  it('reports each finding under a comment that names its code, never under "Correct and quiet"', async () => {
    for (const finding of await exampleFindings()) {
      if (isIncidental(finding)) continue;
      const lines = readFileSync(path.join(EXAMPLES, finding.file), 'utf8').split('\n');
      let marker: string | undefined;
      for (let line = finding.range.start.line; line >= 0 && marker === undefined; line--) {
        if (MARKER.test(lines[line] ?? '')) marker = lines[line];
      }
      const where = `${finding.file}:${finding.range.start.line + 1} ${finding.code}`;
      assert.ok(marker !== undefined, `${where} has a comment above it`);
      assert.ok(!marker.includes('Correct and quiet'), `${where} is under "Correct and quiet"`);
      assert.ok(marker.includes(finding.code), `${where} is under a comment for another code: ${marker.trim()}`);
    }
  });

  it('has no comment promising a finding that does not come', async () => {
    const findings = await exampleFindings();
    const files = [...new Set(findings.map((f) => f.file))].filter((file) => !file.endsWith('.md'));
    for (const file of files) {
      const promised = new Set(readFileSync(path.join(EXAMPLES, file), 'utf8').match(/(?<=#.*)\bSW\d{3}\b/g) ?? []);
      const found = new Set(findings.filter((f) => f.file === file && !isIncidental(f)).map((f) => f.code));
      if (/Dockerfile$/.test(file)) promised.delete('SW101');
      assert.deepEqual([...promised].sort(), [...found].sort(), file);
    }
  });
});
