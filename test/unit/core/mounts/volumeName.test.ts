import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLocalDriver, localVolumeNameProblem } from '../../../../src/core/mounts/volumeName';

describe('localVolumeNameProblem', () => {
  it('accepts names the local driver accepts', () => {
    for (const name of ['ab', 'pgdata', 'my.vol_1-2', '0abc']) assert.equal(localVolumeNameProblem(name), undefined, name);
  });
  it('refuses one-character names with the daemon text', () => {
    assert.equal(localVolumeNameProblem('a')?.dockerError, 'create a: volume name is too short, names should be at least two alphanumeric characters');
  });
  it('refuses other characters with the daemon text', () => {
    assert.match(localVolumeNameProblem('~/x')?.dockerError ?? '', /^create ~\/x: "~\/x" includes invalid characters for a local volume name/);
    assert.ok(localVolumeNameProblem('_a') !== undefined);
    assert.ok(localVolumeNameProblem('-a') !== undefined);
  });
  it('knows the local driver by its names', () => {
    assert.ok(isLocalDriver(undefined));
    assert.ok(isLocalDriver('local'));
    assert.ok(!isLocalDriver('rexray'));
  });
});
