import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinPath } from '../../../../../src/core/sources/dockerfile/posixPath';

describe('joinPath', () => {
  it('joins and cleans like Go path.Join from an absolute base', () => {
    assert.equal(joinPath('/app', 'data'), '/app/data');
    assert.equal(joinPath('/app', './lib/'), '/app/lib');
    assert.equal(joinPath('/app', '../x//y/.'), '/x/y');
    assert.equal(joinPath('/app', '/abs'), '/abs');
    assert.equal(joinPath('/', ''), '/');
    assert.equal(joinPath('/', '../..'), '/');
  });
});
