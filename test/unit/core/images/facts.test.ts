import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configVolumePaths } from '../../../../src/core/images/facts';

describe('configVolumePaths', () => {
  it('reads the keys of Config.Volumes, and none from null or other shapes', () => {
    assert.deepEqual(configVolumePaths({ '/data': {}, '[/c]': {} }), ['/data', '[/c]']);
    assert.deepEqual(configVolumePaths(null), []);
    assert.deepEqual(configVolumePaths(['/data']), []);
    assert.deepEqual(configVolumePaths('/data'), []);
  });
});
