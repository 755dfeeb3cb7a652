import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { range } from '../../../../../src/core/text';
import { findingsOf } from './findings';

const sw304 = (text: string) => findingsOf('SW304', text);

describe('SW304 invalid --tmpfs spec or option', () => {
  it('reports an option the kernel refuses, on the option', () => {
    const [finding] = sw304('docker run --tmpfs /run:bogusopt img');
    assert.equal(finding?.severity, 'error');
    assert.deepEqual(finding?.range, range(0, 24, 0, 32));
    assert.match(finding?.message.en ?? '', /bogusopt/);
  });

  it('reports a relative destination', () => {
    assert.equal(sw304('docker run --tmpfs=run img').length, 1);
  });

  it('stays quiet for valid tmpfs mounts', () => {
    assert.deepEqual(sw304('docker run --tmpfs /run:rw,noexec,nosuid,size=64m --tmpfs /tmp img'), []);
  });
});
