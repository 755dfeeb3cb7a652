import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonStringTokens, parseJsonStringArray } from '../../../../../src/core/sources/dockerfile/jsonArray';

describe('jsonArray', () => {
  it('accepts arrays of strings only, as Docker does', () => {
    assert.deepEqual(parseJsonStringArray('["/a", "/b"]'), ['/a', '/b']);
    assert.equal(parseJsonStringArray('["/a", 1]'), 'not-strings');
    assert.equal(parseJsonStringArray("['/a']"), undefined);
    assert.equal(parseJsonStringArray('["/a",]'), undefined);
  });
  it('maps decoded characters back to the text, through escapes', () => {
    const tokens = jsonStringTokens('["a\\"b", "\\u0041"]');
    assert.deepEqual(tokens.map((t) => [t.value, t.start, t.end]), [['a"b', 1, 7], ['A', 9, 17]]);
    assert.deepEqual(tokens[0]?.offsets, [2, 3, 5]);
  });
});
