import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mount } from '../../../../../src/core/mounts/mount';
import { readOnlyFix } from '../../../../../src/core/rules/mount/readOnlyFix';
import { range } from '../../../../../src/core/text';

const base: Mount = {
  type: 'bind',
  source: { value: '/etc', range: range(0, 0, 0, 4) },
  target: { value: '/e', range: range(0, 5, 0, 7) },
  readOnly: false,
  options: [],
  syntax: 'volume-flag',
  context: { kind: 'command', name: 'docker run x' },
  range: range(0, 0, 0, 7),
};

describe('readOnlyFix', () => {
  it('appends :ro after the target of a -v spec with no mode', () => {
    assert.deepEqual(readOnlyFix(base)?.edits, [{ range: range(0, 7, 0, 7), newText: ':ro' }]);
    assert.equal(readOnlyFix(base)?.preferred, true);
  });
  it('adds readonly to the end of a --mount spec', () => {
    const mount: Mount = { ...base, syntax: 'mount-flag', options: [{ key: 'dst', keyRange: range(0, 10, 0, 13), value: '/e', valueRange: range(0, 14, 0, 16) }] };
    assert.deepEqual(readOnlyFix(mount)?.edits, [{ range: range(0, 16, 0, 16), newText: ',readonly' }]);
  });
  it('has no fix for syntaxes without a read-only switch or without a target', () => {
    assert.equal(readOnlyFix({ ...base, syntax: 'tmpfs-flag' }), undefined);
    assert.equal(readOnlyFix({ ...base, target: undefined }), undefined);
    assert.equal(readOnlyFix({ ...base, syntax: 'compose-long' }), undefined);
  });
});
