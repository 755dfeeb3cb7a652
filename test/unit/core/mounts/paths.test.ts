import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanPosixPath, hasShellExpansion, isLinuxAbsolute, isLinuxRoot, isLocalPath, isWindowsPath, isWindowsPipePath, splitOutsideExpansions } from '../../../../src/core/mounts/paths';

describe('paths', () => {
  it('cleans paths as Go path.Clean does', () => {
    assert.equal(cleanPosixPath('/data/../'), '/');
    assert.equal(cleanPosixPath('//a//b/./c/..'), '/a/b');
    assert.equal(cleanPosixPath('a/../..'), '..');
    assert.equal(cleanPosixPath(''), '.');
  });
  it('judges container paths as the Linux parser does', () => {
    assert.ok(isLinuxAbsolute('\\data'));
    assert.ok(!isLinuxAbsolute('data'));
    assert.ok(isLinuxRoot('/data/..'));
    assert.ok(!isLinuxRoot('/data'));
  });
  it('recognises Windows paths and pipes', () => {
    assert.ok(isWindowsPath('C:\\data'));
    assert.ok(isWindowsPath('c:/x'));
    assert.ok(isWindowsPipePath('\\\\.\\pipe\\docker_engine'));
    assert.ok(isWindowsPipePath('//./pipe/docker_engine'));
    assert.ok(!isWindowsPath('/data'));
    assert.ok(!isWindowsPath('ab:/data'));
  });
  it('tells a local subpath from one that climbs out', () => {
    assert.ok(isLocalPath('a/b'));
    assert.ok(!isLocalPath('../x'));
    assert.ok(!isLocalPath('a/../../x'));
    assert.ok(!isLocalPath('/abs'));
    assert.ok(!isLocalPath(''));
  });
  it('splits outside shell expansions only', () => {
    const value = '${A:-x:y}:$(echo a:b):`c:d`:e';
    const parts = splitOutsideExpansions(value, ':').map((s) => value.slice(s.start, s.end));
    assert.deepEqual(parts, ['${A:-x:y}', '$(echo a:b)', '`c:d`', 'e']);
    assert.ok(hasShellExpansion('$PWD'));
    assert.ok(!hasShellExpansion('/data'));
  });
});
