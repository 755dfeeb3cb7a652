import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { range } from '../../../../../src/core/text';
import { findingsOf } from './findings';

const sw302 = (text: string, kind: 'shell' | 'markdown' = 'shell') => findingsOf('SW302', text, kind);

describe('SW302 invalid -v/--volume spec', () => {
  it('reports what the -v parser finds, at its range, as an error', () => {
    const [finding] = sw302('docker run -v /data:relative img');
    assert.equal(finding?.severity, 'error');
    assert.deepEqual(finding?.range, range(0, 20, 0, 28));
    assert.match(finding?.message.en ?? '', /^docker run refuses this: .*must be absolute/);
    assert.notEqual(finding?.message.ko, finding?.message.en);
  });

  it('reports --volume=, attached -v values and quoted specs at their document ranges', () => {
    assert.deepEqual(sw302('docker run --volume=/a:/b:bogus img').map((f) => f.range), [range(0, 26, 0, 31)]);
    assert.deepEqual(sw302('docker run -itv/a:/b:bogus img').map((f) => f.range), [range(0, 21, 0, 26)]);
    assert.deepEqual(sw302(`docker run -v '/a:/b:bogus' img`).map((f) => f.range), [range(0, 21, 0, 26)]);
  });

  it('reports -v without a value with the CLI\'s error', () => {
    const [finding] = sw302('docker run -v');
    assert.deepEqual(finding?.range, range(0, 11, 0, 13));
    assert.match(finding?.message.en ?? '', /flag needs an argument: 'v' in -v/);
  });

  it('stays quiet for valid specs, variables and other commands', () => {
    assert.deepEqual(sw302('docker run -v data:/data:ro -v /srv:/srv:z,ro -v "$PWD":/app -v /anon img'), []);
    assert.deepEqual(sw302('echo -v /data:relative'), []);
  });

  it('passes the command\'s program to the parser, so Podman\'s own -v options are not errors', () => {
    assert.deepEqual(sw302('podman run -v /a:/b:O -v /c:/d:U,z -v /e:/f:idmap=uids=0-1-10 -v /g:/h:noexec,rbind img'), []);
    assert.deepEqual(sw302('/usr/bin/podman run -v /a:/b:O img'), []);
    assert.equal(sw302('docker run -v /a:/b:O img').length, 1);
  });

  it('works in Markdown fences', () => {
    assert.equal(sw302('```bash\ndocker run -v /a:/b:bogus img\n```\n', 'markdown').length, 1);
  });
});
