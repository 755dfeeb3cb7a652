import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, at, findingsOf, readFixture } from './fixture';

describe('SW104 host path in VOLUME', () => {
  const text = readFixture('host-path');
  const findings = findingsOf('SW104', text);

  it('reports host:container and name:container, not Windows drive paths', () => {
    assert.deepEqual(findings.map(at), ['1:7-1:23', '3:7-3:23']);
    assert.equal(
      findings[0]?.message.en,
      '`/host:/container` reads like a host bind, but a Dockerfile cannot bind a host directory: Docker records the whole string as one container path.',
    );
  });
  it('keeps only the container path as the fix', () => {
    const first = findings[0];
    assert.ok(first !== undefined);
    assert.equal(applyFix(text, first).split('\n')[1], 'VOLUME /container');
  });
  it('stays quiet for plain container paths', () => {
    assert.deepEqual(findingsOf('SW104', 'FROM busybox\nVOLUME /data /var/lib/x\n'), []);
  });
});
