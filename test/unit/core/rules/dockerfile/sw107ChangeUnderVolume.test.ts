import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { at, findingsOf, readFixture } from './fixture';

describe('SW107 change under a declared VOLUME', () => {
  it('reports RUN paths and RUN in a WORKDIR under the volume', () => {
    const findings = findingsOf('SW107', readFixture('change-under-volume'));
    assert.deepEqual(findings.map(at), ['2:13-2:21', '5:4-5:9']);
    assert.equal(
      findings[0]?.message.en,
      'RUN changes `/data/db`, under VOLUME `/data` (line 2): the legacy builder discards this change and BuildKit keeps it, so the image depends on the builder.',
    );
    assert.match(findings[1]?.message.en ?? '', /^RUN runs in `\/data`, under VOLUME/);
    assert.match(findings[1]?.message.ko ?? '', /^RUN 명령이 `\/data`에서 실행되며/);
    assert.equal(findings[0]?.severity, 'info');
  });
  it('leaves COPY and ADD alone: both builders keep what they write under a volume', () => {
    const text = 'FROM busybox\nVOLUME /data\nCOPY seed.sql /data/\nADD a.tgz /data/a\n';
    assert.deepEqual(findingsOf('SW107', text), []);
  });
  it('stays quiet for changes before the VOLUME, read-only commands and sibling paths', () => {
    assert.deepEqual(findingsOf('SW107', readFixture('change-under-volume-quiet')), []);
  });
  it('reads heredoc scripts and redirections', () => {
    const findings = findingsOf('SW107', readFixture('heredoc'));
    assert.deepEqual(findings.map(at), ['4:13-4:24']);
  });
  it('follows cd inside the RUN and redirections relative to it', () => {
    const text = 'FROM busybox\nVOLUME /srv/data\nWORKDIR /srv\nRUN cd data && touch x\nRUN echo 1 > data/n\nRUN cd /tmp && touch y\n';
    assert.deepEqual(findingsOf('SW107', text).map(at), ['3:15-3:20', '4:13-4:19']);
  });
  it('keeps to the stage that declares the volume', () => {
    const text = 'FROM busybox AS a\nVOLUME /data\nFROM busybox AS b\nRUN touch /data/x\n';
    assert.deepEqual(findingsOf('SW107', text), []);
  });
});
