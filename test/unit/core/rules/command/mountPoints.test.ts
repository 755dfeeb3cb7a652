import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createdAnonymousVolumes, duplicateMountPoints } from '../../../../../src/core/rules/command/mountPoints';
import { findDockerCommands } from '../../../../../src/core/sources/commandLine/find';
import { LineIndex } from '../../../../../src/core/text';

const mountsOf = (text: string) => findDockerCommands(text, 0, new LineIndex(text)).commands[0]?.mounts ?? [];

describe('duplicateMountPoints', () => {
  it('pairs each refused mount with the one holding its cleaned destination', () => {
    const found = duplicateMountPoints(mountsOf('docker run -v /a:/d/ --mount type=bind,src=/b,dst=//d/. -v /c:/e img'));
    assert.deepEqual(found.map((d) => [d.mount.source?.value, d.holder.source?.value, d.destination]), [['/b', '/a', '/d']]);
  });
  it('ignores targets with unexpanded variables', () => {
    assert.deepEqual(duplicateMountPoints(mountsOf('docker run -v /a:$D -v /b:$D img')), []);
  });
});

describe('createdAnonymousVolumes', () => {
  it('keeps one volume per path and drops those another mount replaces', () => {
    const created = createdAnonymousVolumes(mountsOf('docker run -v /a -v /a -v /b -v /c --tmpfs /c -v /d -v xx:/d --mount type=volume,dst=/e img'));
    assert.deepEqual(created.map((m) => m.target?.value), ['/a', '/b', '/e']);
  });
});

describe('duplicateMountPoints: the CLI\'s set of -v values', () => {
  it('counts a -v spec written twice, character for character, as one mount', () => {
    assert.deepEqual(duplicateMountPoints(mountsOf('docker run -v stw-a:/a -v stw-a:/a -v /h:/b:ro,z -v /h:/b:ro,z img')), []);
    assert.deepEqual(duplicateMountPoints(mountsOf(`docker run -v stw-a:/a -v 'stw-a:/a' img`)), []);
  });
  it('still refuses specs that differ in any character, and a --mount repeating a -v', () => {
    const differ = (text: string) => duplicateMountPoints(mountsOf(text)).map((d) => d.destination);
    assert.deepEqual(differ('docker run -v stw-a:/a -v stw-a:/a/ img'), ['/a']);
    assert.deepEqual(differ('docker run -v stw-a:/a:ro -v stw-a:/a img'), ['/a']);
    assert.deepEqual(differ('docker run -v /h:/b:ro,z -v /h:/b:z,ro img'), ['/b']);
    assert.deepEqual(differ('docker run -v stw-a:/a --mount type=volume,src=stw-a,dst=/a img'), ['/a']);
    assert.deepEqual(differ('docker run --mount type=volume,src=stw-a,dst=/a --mount type=volume,src=stw-a,dst=/a img'), ['/a']);
  });
});
