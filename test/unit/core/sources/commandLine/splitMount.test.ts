import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSplitContinuation, splitMountProblem } from '../../../../../src/core/sources/commandLine/splitMount';
import { verbatimShell } from '../../../../../src/core/sources/commandLine/shellText';
import { tokenize } from '../../../../../src/core/sources/commandLine/tokenize';
import type { Word } from '../../../../../src/core/sources/commandLine/tokenize';
import { WordMapper } from '../../../../../src/core/sources/commandLine/words';
import { LineIndex, range } from '../../../../../src/core/text';

describe('isSplitContinuation', () => {
  it('needs a trailing comma and a key=value (or bare key) word that is not a flag', () => {
    assert.equal(isSplitContinuation('type=volume,src=a,', 'target=/d'), true);
    assert.equal(isSplitContinuation('type=volume,src=a,dst=/d,', 'readonly'), true);
    assert.equal(isSplitContinuation('type=volume,src=a', 'target=/d'), false);
    assert.equal(isSplitContinuation('type=volume,src=a,', '--rm'), false);
    assert.equal(isSplitContinuation('type=volume,src=a,', 'busybox'), false);
  });
});

describe('splitMountProblem', () => {
  it('spans both words and removes everything between them, a line continuation included', () => {
    const text = '--mount "type=volume,src=a," \\\n  target=/d img';
    const words = tokenize(text).commands[0]?.words ?? [];
    const problem = splitMountProblem([words[1] as Word, words[2] as Word], 0, new WordMapper(verbatimShell(text, 0), new LineIndex(text)));
    assert.deepEqual(problem.range, range(0, 8, 1, 11));
    assert.deepEqual(problem.fixes?.[0]?.edits, [{ range: range(0, 28, 1, 2), newText: '' }]);
    assert.equal(problem.fixes?.[0]?.preferred, true);
    assert.match(problem.message.en, /^docker run refuses this: "invalid field '' must be a key=value pair"\. The space after the comma/);
    assert.match(problem.message.ko, /공백/);
  });
});
