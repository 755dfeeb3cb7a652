import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, at, findingsOf, readFixture } from './fixture';

describe('SW102 VOLUME JSON with single quotes', () => {
  const text = readFixture('single-quotes');
  const findings = findingsOf('SW102', text);

  it('reports the array and says what Docker records instead', () => {
    assert.deepEqual(findings.map(at), ['1:7-1:16', '2:7-2:19']);
    assert.equal(
      findings[0]?.message.en,
      'VOLUME JSON is written with single quotes, which JSON does not allow: Docker reads the line as plain words and records `[/data]` instead of `/data`.',
    );
    assert.match(findings[1]?.message.en ?? '', /records `\[\/a,`, `\/b\]` instead of `\/a`, `\/b`/);
    assert.equal(findings[0]?.severity, 'error');
  });
  it('fixes the array with double quotes', () => {
    const first = findings[0];
    const second = findings[1];
    assert.ok(first !== undefined && second !== undefined);
    assert.equal(applyFix(text, first).split('\n')[1], 'VOLUME ["/data"]');
    assert.equal(applyFix(text, second).split('\n')[2], 'VOLUME ["/a", "/b"]');
    assert.deepEqual(findingsOf('SW102', applyFix(applyFix(text, second), first)), []);
  });
  it('stays quiet for valid JSON and for malformed arrays that have no single quotes', () => {
    assert.deepEqual(findingsOf('SW102', 'FROM busybox\nVOLUME ["/data"]\nVOLUME ["/a",]\n'), []);
  });
});
