import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, at, findingsOf, readFixture } from './fixture';

describe('SW105 relative VOLUME path', () => {
  const text = readFixture('relative-path');
  const findings = findingsOf('SW105', text);

  it('reports the relative path only, saying where the engine mounts it', () => {
    assert.deepEqual(findings.map(at), ['2:7-2:11']);
    assert.equal(
      findings[0]?.message.en,
      '`data` is not an absolute path: Docker records it as written and containers get the volume at `/data`, not at `/app/data` under WORKDIR.',
    );
    assert.equal(findings[0]?.severity, 'warning');
  });
  it('prefers the path the engine already uses and offers the one under WORKDIR', () => {
    const finding = findings[0];
    assert.ok(finding !== undefined);
    assert.deepEqual(finding.fixes.map((f) => [f.title.en, f.preferred]), [
      ['Write `/data`', true],
      ['Use `/app/data` under WORKDIR', undefined],
    ]);
    assert.equal(applyFix(text, finding).split('\n')[2], 'VOLUME /data');
  });
  it('has no WORKDIR note without a WORKDIR', () => {
    assert.match(findingsOf('SW105', 'FROM busybox\nVOLUME cache\n')[0]?.message.en ?? '', /at `\/cache`\.$/);
  });
  it('stays quiet for absolute and Windows drive paths', () => {
    assert.deepEqual(findingsOf('SW105', 'FROM busybox\nVOLUME /a ["C:/data"]\nVOLUME ["D:\\\\\\\\x"]\n'), []);
  });
});
