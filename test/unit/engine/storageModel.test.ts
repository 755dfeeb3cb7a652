import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { normalizeContainerInspect, normalizeDiskUsage, normalizeEngineInfo, normalizeEngineVersion, normalizeVolumeList } from '../../../src/engine/records';
import { buildStorageModel, describeMount, removedDriverWarning } from '../../../src/engine/storageModel';

const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(process.env['STOWAGE_ROOT'] ?? '.', 'test/unit/engine/fixtures', name), 'utf8'));

describe('buildStorageModel', () => {
  const input = {
    info: normalizeEngineInfo(fixture('info.json')),
    version: normalizeEngineVersion(fixture('version.json')),
    volumes: normalizeVolumeList(fixture('volumes.json')),
    usage: normalizeDiskUsage(fixture('df.json')),
    containers: [normalizeContainerInspect(fixture('inspect-c2.json'))],
  };
  it('lists driver, root dir, versions, volume count and total size', () => {
    const model = buildStorageModel(input);
    const facts = Object.fromEntries(model.facts.map((fact) => [fact.label.en, fact.value]));
    assert.equal(facts['Storage driver'], 'vfs');
    assert.equal(facts['API version'], '1.41');
    assert.equal(facts['Volumes'], '3');
    assert.equal(facts['Volumes total size'], '0B');
    assert.match(facts['Docker root dir'] ?? '', /\/data$/);
    assert.equal(model.driverWarning, undefined);
    assert.equal(buildStorageModel({ ...input, usage: undefined }).facts.find((fact) => fact.label.en === 'Volumes total size')?.value, '…');
  });
  it('shows each container\'s bind and tmpfs mounts', () => {
    const model = buildStorageModel(input);
    assert.equal(model.containers.length, 1);
    const [c2] = model.containers;
    assert.deepEqual(c2?.bindMounts.map(describeMount), ['/tmp → /host · ro · rslave']);
    assert.deepEqual(c2?.tmpfsMounts.map(describeMount), ['tmpfs → /run · rw · size=1m']);
  });
  it('warns about drivers Docker removed', () => {
    assert.match(removedDriverWarning('aufs')?.en ?? '', /removed in Docker Engine 24/);
    assert.match(removedDriverWarning('overlay')?.en ?? '', /Engine 24/);
    assert.match(removedDriverWarning('devicemapper')?.en ?? '', /Engine 25/);
    assert.equal(removedDriverWarning('overlay2'), undefined);
    const model = buildStorageModel({ ...input, info: normalizeEngineInfo({ Driver: 'devicemapper', DriverStatus: [['Pool Name', 'docker-pool']] }) });
    assert.match(model.driverWarning?.ko ?? '', /devicemapper/);
    assert.deepEqual(model.driverStatus.map((fact) => [fact.label.en, fact.value]), [['Pool Name', 'docker-pool']]);
  });
});
