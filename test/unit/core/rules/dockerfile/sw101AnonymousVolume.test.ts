import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, findingsOf, readFixture } from './fixture';

describe('SW101 anonymous VOLUME', () => {
  it('reports every path of shell and JSON forms with the consequence', () => {
    const findings = findingsOf('SW101', readFixture('anonymous-volume'));
    assert.deepEqual(findings.map(at), ['1:7-1:31', '2:8-2:22', '2:24-2:36']);
    assert.equal(
      findings[0]?.message.en,
      'VOLUME `/var/lib/postgresql/data` declares an anonymous volume: every container gets a new one unless a volume is mounted at `/var/lib/postgresql/data`, and it outlives the container unless run with --rm.',
    );
    assert.match(findings[1]?.message.ko ?? '', /`\/srv\/uploads`.*--rm/);
    assert.equal(findings[0]?.severity, 'warning');
  });
  it('stays quiet without VOLUME, also with RUN --mount caches', () => {
    assert.deepEqual(findingsOf('SW101', readFixture('volume-quiet')), []);
  });
  it('names the path Docker records, after variable expansion', () => {
    const findings = findingsOf('SW101', 'FROM busybox\nENV D=/srv\nVOLUME $D/data\n');
    assert.equal(findings.length, 1);
    assert.match(findings[0]?.message.en ?? '', /^VOLUME `\/srv\/data` declares/);
    assert.equal(at(findings[0]), '2:7-2:14');
  });
  it('can be silenced with stowage-ignore on the line above', () => {
    assert.deepEqual(findingsOf('SW101', 'FROM busybox\n# stowage-ignore SW101\nVOLUME /data\n'), []);
  });
});
