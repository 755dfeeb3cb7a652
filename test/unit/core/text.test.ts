import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../../src/core/text';

describe('LineIndex', () => {
  it('maps offsets to positions across LF and CRLF line breaks', () => {
    const lines = new LineIndex('ab\ncd\r\nef');
    assert.deepEqual(lines.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(lines.positionAt(7), { line: 2, character: 0 });
    assert.equal(lines.lineText(1), 'cd');
    assert.equal(lines.offsetAt({ line: 2, character: 1 }), 8);
    assert.equal(lines.lineCount, 3);
  });
  it('clamps offsets and positions that lie outside the text', () => {
    const lines = new LineIndex('abc');
    assert.deepEqual(lines.positionAt(99), { line: 0, character: 3 });
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(lines.offsetAt({ line: 5, character: 0 }), 3);
  });
});
