import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readVariables } from '../../../../../src/core/sources/dockerfile/variables';
import { LineIndex } from '../../../../../src/core/text';

function read(kind: 'ARG' | 'ENV', args: string): [string, string | undefined, number][] {
  const text = `${kind} ${args}`;
  const m = { text: args, offsets: [...args].map((_, i) => i + kind.length + 1), end: text.length };
  return readVariables(kind, m, '\\', (n) => (n === 'A' ? '/a' : undefined), new LineIndex(text)).map((v) => [v.name.value, v.value, v.name.range.start.character]);
}

describe('readVariables', () => {
  it('reads ARG names with and without defaults', () => {
    assert.deepEqual(read('ARG', 'X Y=$A/y Z="q r"'), [['X', undefined, 4], ['Y', '/a/y', 6], ['Z', 'q r', 13]]);
  });
  it('reads ENV in both forms, expanding values', () => {
    assert.deepEqual(read('ENV', 'P=$A Q=1'), [['P', '/a', 4], ['Q', '1', 9]]);
    assert.deepEqual(read('ENV', 'OLD  some value'), [['OLD', 'some value', 4]]);
  });
});
