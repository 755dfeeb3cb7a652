import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { range } from '../../../../../src/core/text';
import { findingsOf } from './findings';

const sw305 = (text: string) => findingsOf('SW305', text);

describe('SW305 two mounts with the same target', () => {
  it('reports the second of two binds at one path with the daemon\'s error', () => {
    const [finding, ...rest] = sw305('docker run -v /tmp:/x/ -v /etc:/x img');
    assert.equal(rest.length, 0);
    assert.equal(finding?.severity, 'error');
    assert.deepEqual(finding?.range, range(0, 31, 0, 33));
    assert.equal(finding?.message.en, 'docker run refuses this: "Duplicate mount point: /x"; another mount of this command (line 1) already uses /x, so the container is not created.');
    assert.match(finding?.message.ko ?? '', /Duplicate mount point: \/x/);
  });

  it('reports named volumes, --mount and a -v bind at a --tmpfs path', () => {
    assert.equal(sw305('docker run -v a1:/d -v b1:/d img').length, 1);
    assert.equal(sw305('docker run -v a1:/d --mount type=volume,dst=/d img').length, 1);
    assert.equal(sw305('docker run --mount type=volume,dst=/d --mount type=bind,src=/s,dst=/d img').length, 1);
    assert.equal(sw305('docker run --tmpfs /d -v /s:/d/ img').length, 1);
  });

  it('reports the --mount when a -v bind holds the path, whatever their order (the daemon reads -v first)', () => {
    const [finding] = sw305('docker run --mount type=bind,src=/a,dst=/d -v /b:/d img');
    assert.deepEqual(finding?.range, range(0, 40, 0, 42));
  });

  it('stays quiet where the daemon accepts the command', () => {
    assert.deepEqual(sw305('docker run -v /d -v /d img'), []);
    // The CLI keeps -v values in a set: the same spec twice is one mount.
    assert.deepEqual(sw305('docker run -v stw-a:/a -v stw-a:/a img'), []);
    assert.deepEqual(sw305('docker run -v /d -v vol:/d img'), []);
    assert.deepEqual(sw305('docker run -v /d --mount type=volume,dst=/d img'), []);
    assert.deepEqual(sw305('docker run --tmpfs /d --tmpfs /d/ img'), []);
    assert.deepEqual(sw305('docker run --tmpfs /d --mount type=volume,dst=/d img'), []);
    // The daemon looks a -v destination up among --tmpfs paths as written.
    assert.deepEqual(sw305('docker run --tmpfs /d/ -v /s:/d img'), []);
    assert.deepEqual(sw305('docker run -v /a:/a img; docker run -v /b:/a img'), []);
    assert.deepEqual(sw305('docker run -v "$A":/a -v "$B":/b img'), []);
  });
});
