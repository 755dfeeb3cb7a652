import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidLinuxMode, modeIssues, readModeWords } from '../../../../src/core/mounts/modes';

describe('modes', () => {
  it('accepts one word per group, as linuxValidMountMode does', () => {
    assert.ok(isValidLinuxMode(''));
    assert.ok(isValidLinuxMode('ro,Z,rshared,nocopy,cached'));
    assert.ok(!isValidLinuxMode('ro,rw'));
    assert.ok(!isValidLinuxMode('bogus'));
    assert.ok(!isValidLinuxMode('ro,'));
  });
  it('names the conflicting word and the first of its group', () => {
    const issues = modeIssues(readModeWords('x:ro,z,rw', { start: 2, end: 9 }));
    assert.equal(issues.length, 1);
    const [issue] = issues;
    assert.equal(issue?.kind, 'conflict');
    assert.deepEqual([issue?.word.word, issue?.word.start, issue?.word.end], ['rw', 7, 9]);
  });
});
