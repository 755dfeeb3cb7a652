import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanPath, isWithin } from '../../../../src/core/images/paths';

describe('container paths', () => {
  it('cleans like the engine: slashes, dots, trailing slash', () => {
    assert.equal(cleanPath('/var//lib/./mysql/'), '/var/lib/mysql');
    assert.equal(cleanPath('/var/lib/../log'), '/var/log');
    assert.equal(cleanPath('/'), '/');
  });

  it('tells a folder and what lies in it from a neighbour with the same prefix', () => {
    assert.ok(isWithin('/data/db', '/data'));
    assert.ok(isWithin('/data/', '/data'));
    assert.ok(isWithin('/data', '/'));
    assert.ok(!isWithin('/database', '/data'));
    assert.ok(!isWithin('/data', '/data/db'));
  });
});
