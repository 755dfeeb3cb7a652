import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHeredocs, shellTextForCommands } from '../../../../../src/core/sources/dockerfile/heredoc';
import { logicalLine } from '../../../../../src/core/sources/dockerfile/logicalLine';
import { offsetOf, trimMapped } from '../../../../../src/core/sources/dockerfile/mappedText';

describe('heredocs', () => {
  it('reads bodies in order and tells scripts from data', () => {
    const doc = 'RUN <<EOF cat <<-"DATA"\necho hi\nEOF\n\tline\n\tDATA\nVOLUME /x\n';
    const { line, next } = logicalLine(doc, 3, '\\');
    const heredocs = readHeredocs(doc, trimMapped(line), next);
    assert.deepEqual(heredocs.map((h) => [h.name, h.body.text, h.isScript]), [
      ['EOF', 'echo hi\n', true],
      ['DATA', '\tline\n', false],
    ]);
    const body = heredocs[0]?.body;
    assert.equal(body === undefined ? -1 : offsetOf(body, 0), doc.indexOf('echo'));
  });
  it('treats a body fed to a shell as a script', () => {
    const doc = 'RUN bash <<EOF\nset -e\nEOF\n';
    const { line, next } = logicalLine(doc, 3, '\\');
    assert.equal(readHeredocs(doc, trimMapped(line), next)[0]?.isScript, true);
  });
  it('survives a body without its terminator', () => {
    const doc = 'RUN <<EOF\necho';
    const { line, next } = logicalLine(doc, 3, '\\');
    assert.equal(readHeredocs(doc, trimMapped(line), next)[0]?.body.text, 'echo');
  });
});

describe('shellTextForCommands', () => {
  it('blanks comment lines inside a continuation without moving offsets', () => {
    const doc = 'RUN a \\\n  # note\n  b\n';
    const { line } = logicalLine(doc, 3, '\\');
    const shell = shellTextForCommands(doc, trimMapped(line), '\\');
    assert.equal(shell.offset, 4);
    assert.equal(shell.text, 'a \\\n       \\\n  b');
    assert.equal(shell.text.length, doc.indexOf('b') + 1 - 4);
  });
  it('turns a backtick continuation into a backslash', () => {
    const doc = 'RUN a `\n  b\n';
    const { line } = logicalLine(doc, 3, '`');
    assert.equal(shellTextForCommands(doc, trimMapped(line), '`').text, 'a \\\n  b');
  });
});
