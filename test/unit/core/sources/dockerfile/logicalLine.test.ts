import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { logicalLine } from '../../../../../src/core/sources/dockerfile/logicalLine';
import { offsetOf } from '../../../../../src/core/sources/dockerfile/mappedText';

describe('logicalLine', () => {
  it('joins continuation lines with nothing between them and keeps offsets', () => {
    const doc = 'VOLUME /a \\\n  /b\nRUN x';
    const { line, next } = logicalLine(doc, 6, '\\');
    assert.equal(line.text, ' /a   /b');
    assert.equal(offsetOf(line, line.text.indexOf('/b')), doc.indexOf('/b'));
    assert.equal(next, doc.indexOf('RUN'));
  });
  it('drops comment and empty lines inside a continuation', () => {
    const doc = 'RUN a \\\n# note\n\n  b\n';
    assert.equal(logicalLine(doc, 3, '\\').line.text, ' a   b');
  });
  it('follows a backtick escape and CRLF line breaks', () => {
    const doc = 'VOLUME C:\\a `\r\n  C:\\b\r\nX';
    const { line, next } = logicalLine(doc, 6, '`');
    assert.equal(line.text, ' C:\\a   C:\\b');
    assert.equal(next, doc.indexOf('X'));
  });
  it('stops at the end of the document after a dangling continuation', () => {
    const doc = 'RUN a \\';
    const { line, next } = logicalLine(doc, 3, '\\');
    assert.equal(line.text, ' a ');
    assert.equal(next, doc.length);
  });
});
