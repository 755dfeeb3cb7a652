import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTable } from '../../../../src/cli/format/table';

describe('formatTable', () => {
  it('aligns columns to the widest cell and leaves no trailing spaces', () => {
    assert.equal(
      formatTable(['A', 'LONGER', 'C'], [['wide cell', 'x', ''], ['y', 'z', 'last']]),
      'A          LONGER  C\nwide cell  x\ny          z       last\n',
    );
  });
});
