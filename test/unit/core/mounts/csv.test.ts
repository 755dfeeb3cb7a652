import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readCsvRecord } from '../../../../src/core/mounts/csv';

describe('readCsvRecord', () => {
  it('splits plain fields and keeps their offsets', () => {
    const record = readCsvRecord('a=1,b=2');
    assert.equal(record.error, undefined);
    assert.deepEqual(record.fields.map((f) => [f.text, f.start, f.end]), [['a=1', 0, 3], ['b=2', 4, 7]]);
    assert.deepEqual(record.fields[1]?.offsets, [4, 5, 6]);
  });
  it('removes quotes and maps each character back', () => {
    const record = readCsvRecord('"a,b",c');
    assert.deepEqual(record.fields.map((f) => f.text), ['a,b', 'c']);
    assert.deepEqual(record.fields[0]?.offsets, [1, 2, 3]);
    assert.deepEqual([record.fields[0]?.start, record.fields[0]?.end], [0, 5]);
  });
  it('reads a doubled quote as one quote', () => {
    assert.deepEqual(readCsvRecord('"a""b"').fields.map((f) => f.text), ['a"b']);
  });
  it('keeps an empty last field after a trailing comma', () => {
    const record = readCsvRecord('a,');
    assert.deepEqual(record.fields.map((f) => [f.text, f.start, f.end]), [['a', 0, 1], ['', 2, 2]]);
  });
  it('reports a bare quote with a 1-based column', () => {
    const record = readCsvRecord('src="x"');
    assert.deepEqual(record.error, { message: 'parse error on line 1, column 5: bare " in non-quoted-field', at: 4 });
  });
  it('reports an unterminated quote', () => {
    assert.equal(readCsvRecord('"abc').error?.message, 'parse error on line 1, column 5: extraneous or missing " in quoted-field');
  });
  it('reports EOF for an empty value', () => {
    assert.equal(readCsvRecord('').error?.message, 'EOF');
  });
  it('reads only the first line', () => {
    assert.deepEqual(readCsvRecord('a,b\nc').fields.map((f) => f.text), ['a', 'b']);
  });
});
