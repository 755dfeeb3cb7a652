import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDockerRamSize, isGoOctalUint32, isKernelMemSize, isKernelOctalMode, isKernelUint32 } from '../../../../src/core/mounts/size';

describe('size and number formats', () => {
  it('reads go-units sizes', () => {
    for (const ok of ['64m', '1g', '1.5g', '512 MiB', '1048576', '10KB']) assert.ok(isDockerRamSize(ok), ok);
    for (const bad of ['abc', '-1', '10%', '', '1x']) assert.ok(!isDockerRamSize(bad), bad);
  });
  it('reads octal modes as strconv.ParseUint(_, 8, 32)', () => {
    assert.ok(isGoOctalUint32('1777'));
    assert.ok(!isGoOctalUint32('999'));
    assert.ok(!isGoOctalUint32('0o700'));
    assert.ok(!isGoOctalUint32('40000000000'));
  });
  it('reads kernel memparse sizes', () => {
    for (const ok of ['64m', '1G', '0x1000', '100']) assert.ok(isKernelMemSize(ok, false), ok);
    assert.ok(isKernelMemSize('50%', true));
    assert.ok(!isKernelMemSize('50%', false));
    for (const bad of ['1.5m', '64x', '', 'abc']) assert.ok(!isKernelMemSize(bad, true), bad);
  });
  it('reads kernel modes and ids', () => {
    assert.ok(isKernelOctalMode('0755'));
    assert.ok(!isKernelOctalMode('999'));
    assert.ok(isKernelUint32('1000'));
    assert.ok(isKernelUint32('0'));
    assert.ok(!isKernelUint32('-1'));
    assert.ok(!isKernelUint32('root'));
  });
});
