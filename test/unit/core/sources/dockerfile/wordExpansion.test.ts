import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processWord } from '../../../../../src/core/sources/dockerfile/wordExpansion';

const vars: Record<string, string | null> = { A: '/a', EMPTY: '', DECLARED: null, FILE: 'archive.tar.gz' };
const lookup = (name: string): string | null | undefined => vars[name];
const value = (word: string, escape = '\\'): string => {
  const r = processWord(word, escape, lookup);
  return r.error ?? r.value;
};

describe('processWord', () => {
  it('removes quotes and honours the escape character like Docker', () => {
    assert.equal(value('"/a b"'), '/a b');
    assert.equal(value("'$A'"), '$A');
    assert.equal(value("['/c']"), '[/c]');
    assert.equal(value('\\$A'), '$A');
    assert.equal(value('"\\$A \\x"'), '$A \\x');
    assert.equal(value('C:\\data', '`'), 'C:\\data');
    assert.equal(value('/a\\'), '/a');
  });
  it('expands variables, unset ones to empty', () => {
    assert.equal(value('$A/x'), '/a/x');
    assert.equal(value('${A}x'), '/ax');
    assert.equal(value('$NOPE/x'), '/x');
    assert.equal(value('$DECLARED/x'), '/x');
    assert.equal(value('$'), '$');
    assert.equal(value('$1'), '');
  });
  it('applies the modifiers Docker supports', () => {
    assert.equal(value('${NOPE:-/d}'), '/d');
    assert.equal(value('${EMPTY:-/d}'), '/d');
    assert.equal(value('${EMPTY-/d}'), '');
    assert.equal(value('${A:+/set}'), '/set');
    assert.equal(value('${NOPE:+/set}'), '');
    assert.equal(value('${FILE%.*}'), 'archive.tar');
    assert.equal(value('${FILE%%.*}'), 'archive');
    assert.equal(value('${FILE#*.}'), 'tar.gz');
    assert.equal(value('${FILE##*.}'), 'gz');
    assert.equal(value('${FILE/tar/zip}'), 'archive.zip.gz');
    assert.equal(value('${A:?}'), '/a');
  });
  it("returns Docker's error text for words it refuses", () => {
    assert.equal(value('"/b'), 'failed to process ""/b": unexpected end of statement while looking for matching double-quote');
    assert.equal(value("'x"), 'failed to process "\'x": unexpected end of statement while looking for matching single-quote');
    assert.equal(value('${'), 'failed to process "${": syntax error: missing \'}\'');
    assert.equal(value('${}'), 'failed to process "${}": syntax error: bad substitution');
    assert.equal(value('${A!x}'), 'failed to process "${A!x}": unsupported modifier (!) in substitution');
    assert.equal(value('${NOPE?must be set}'), 'failed to process "${NOPE?must be set}": NOPE: must be set');
    assert.equal(value('${EMPTY:?}'), 'failed to process "${EMPTY:?}": EMPTY: is not allowed to be empty');
  });
  it('reports each variable use with its span, modifier and whether anything declares it', () => {
    const r = processWord('x${A}/$NOPE/${DECLARED:-d}', '\\', lookup);
    assert.deepEqual(r.variables, [
      { name: 'A', start: 1, end: 5, modifier: '', declared: true },
      { name: 'NOPE', start: 6, end: 11, modifier: '', declared: false },
      { name: 'DECLARED', start: 12, end: 26, modifier: ':-', declared: true },
    ]);
  });
});
