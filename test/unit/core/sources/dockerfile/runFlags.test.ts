import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { offsetOf } from '../../../../../src/core/sources/dockerfile/mappedText';
import { extractFlags } from '../../../../../src/core/sources/dockerfile/runFlags';

const at = (text: string) => ({ text, offsets: [...text].map((_, i) => i), end: text.length });

describe('extractFlags', () => {
  it('takes leading --flags, removing quotes, and stops at the command', () => {
    const r = extractFlags(at(' --mount="type=cache,target=/c" --network=none  make all'));
    assert.deepEqual(r.flags.map((f) => f.text), ['--mount=type=cache,target=/c', '--network=none']);
    assert.equal(r.rest, 48);
    assert.equal(r.flags[0]?.end, 31);
    const flag = r.flags[0];
    assert.equal(flag === undefined ? -1 : offsetOf(flag, 8), 10);
  });
  it('stops at a bare -- and at words starting with a single dash', () => {
    assert.equal(extractFlags(at('--a=1 -- --b')).flags.length, 1);
    assert.equal(extractFlags(at('-x --a')).flags.length, 0);
  });
  it('always reads a backslash as an escape, like Docker', () => {
    assert.equal(extractFlags(at('--mount=target=C:\\cache x')).flags[0]?.text, '--mount=target=C:cache');
  });
});
