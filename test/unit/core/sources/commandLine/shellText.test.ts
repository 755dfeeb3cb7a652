import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endOffset, mappedShell, ShellTextBuilder, subShell, verbatimShell } from '../../../../../src/core/sources/commandLine/shellText';

describe('shell texts', () => {
  it('maps verbatim text by a fixed offset', () => {
    const shell = verbatimShell('abc', 10);
    assert.equal(shell.offsetAt(0), 10);
    assert.equal(shell.offsetAt(3), 13);
    assert.equal(endOffset(shell, 2), 12);
  });

  it('maps built text through its table, with the end just past the last piece', () => {
    const builder = new ShellTextBuilder();
    builder.verbatim('ab', 4);
    builder.char('$', 10, 2);
    const shell = builder.build();
    assert.equal(shell.text, 'ab$');
    assert.deepEqual([0, 1, 2, 3].map((i) => shell.offsetAt(i)), [4, 5, 10, 12]);
    assert.equal(endOffset(shell, 3), 11);
  });

  it('maps a slice of another text back to the document', () => {
    const shell = subShell(mappedShell('xyz', [3, 7, 9], 10), 1, 3);
    assert.equal(shell.text, 'yz');
    assert.equal(shell.offsetAt(0), 7);
    assert.equal(shell.offsetAt(2), 10);
  });
});
