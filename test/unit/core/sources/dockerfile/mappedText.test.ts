import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MappedText } from '../../../../../src/core/sources/dockerfile/mappedText';
import { mappedRange, offsetOf, sliceMapped, splitQuotedWords, splitWhitespace, trimMapped } from '../../../../../src/core/sources/dockerfile/mappedText';
import { LineIndex } from '../../../../../src/core/text';

function at(text: string, offset = 0): MappedText {
  return { text, offsets: [...text].map((_, i) => offset + i), end: offset + text.length };
}

describe('MappedText', () => {
  it('splits at whitespace without regard to quotes', () => {
    assert.deepEqual(splitWhitespace(at(' "/a b"  c ')).map((w) => w.text), ['"/a', 'b"', 'c']);
  });
  it('splits words the way Docker does for ENV and COPY: quotes and escapes group', () => {
    assert.deepEqual(splitQuotedWords(at('A="x y" B=a\\ b \'c d\''), '\\').map((w) => w.text), ['A="x y"', 'B=a\\ b', "'c d'"]);
  });
  it('trims, slices and ranges against the document', () => {
    const m = trimMapped(at('  abc  ', 10));
    assert.equal(m.text, 'abc');
    assert.equal(offsetOf(m, 0), 12);
    assert.equal(sliceMapped(m, 1, 2).text, 'b');
    const lines = new LineIndex(' '.repeat(20));
    assert.deepEqual(mappedRange(m, lines), { start: { line: 0, character: 12 }, end: { line: 0, character: 15 } });
    assert.deepEqual(mappedRange(m, lines, 3, 3), { start: { line: 0, character: 15 }, end: { line: 0, character: 15 } });
  });
});
