import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, at, findingsOf, readFixture } from './fixture';

describe('SW106 undefined variable in VOLUME', () => {
  const text = readFixture('undefined-variable');
  const findings = findingsOf('SW106', text);

  it('reports undeclared variables at the reference, not ENV, defaults or declared ones', () => {
    assert.deepEqual(findings.map(at), ['4:7-4:18', '5:7-5:12', '7:7-7:15']);
    assert.equal(
      findings[0]?.message.en,
      '`$DATA_DIR` is not defined by an earlier ARG or ENV: unless the base image sets it, it expands to empty at build time, so Docker records `/cache`.',
    );
  });
  it('explains the global ARG scope and fixes it with ARG in the stage', () => {
    const global = findings[1];
    assert.ok(global !== undefined);
    assert.match(global.message.en, /an ARG before the first FROM, which a stage sees only after its own `ARG BASE`/);
    const fixed = applyFix(text, global);
    assert.equal(fixed.split('\n')[5], 'ARG BASE');
    assert.deepEqual(findingsOf('SW106', fixed).map((f) => f.message.en.slice(0, 10)), ['`$DATA_DIR', '`$NOTHING`']);
  });
  it('says the build fails when the whole path is empty', () => {
    assert.match(findings[2]?.message.en ?? '', /the path is empty and the build fails: "VOLUME specified can not be an empty string"/);
  });
  it('follows ARG scoping across stages', () => {
    const scoped = findingsOf('SW106', readFixture('arg-scope'));
    // First stage does not redeclare VERSION; the second does; the third inherits ENV but not ARGs.
    assert.deepEqual(scoped.map(at), ['2:12-2:20', '8:13-8:21']);
  });
});
