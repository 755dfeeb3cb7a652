import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanPath, hostPath, isWithin } from '../../../../../src/core/rules/mount/paths';

describe('cleanPath', () => {
  it('cleans like Go path.Clean', () => {
    assert.deepEqual(['/a/', '//a//b/.', '/a/../b', '/..', '', 'a/./b/', '../a'].map(cleanPath), ['/a', '/a/b', '/b', '/', '.', 'a/b', '../a']);
  });
});

describe('isWithin', () => {
  it('is true for the path itself and paths under it only', () => {
    assert.equal(isWithin('/run/docker.sock', '/run'), true);
    assert.equal(isWithin('/run', '/run'), true);
    assert.equal(isWithin('/running', '/run'), false);
    assert.equal(isWithin('/x', '/'), true);
  });
});

describe('hostPath', () => {
  it('folds home prefixes and /var/run, and ignores names', () => {
    assert.deepEqual(['~/.ssh/', '$HOME', '${HOME}/x', '/var/run/docker.sock', '/var/run', '/var/runner', 'data', '$HOMEDIR/x'].map(hostPath), ['~/.ssh', '~', '~/x', '/run/docker.sock', '/run', '/var/runner', undefined, undefined]);
  });
});
