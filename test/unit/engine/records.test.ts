import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import {
  apiAtLeast,
  normalizeContainerInspect,
  normalizeContainerList,
  normalizeDiskUsage,
  normalizeEngineEvent,
  normalizeEngineInfo,
  normalizeEngineVersion,
  normalizeVolumeList,
} from '../../../src/engine/records';

// Answers captured from a real engine (Docker 20.10, API 1.41) with named, Compose-labelled and anonymous
// volumes, a created container using them rw/ro, and a running one with a bind, a volume and a --tmpfs.
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(process.env['STOWAGE_ROOT'] ?? '.', 'test/unit/engine/fixtures', name), 'utf8'));
const ANON = 'b3a1806a4708f79a4de0b9ac27f7bf2f58112f61b62a058ac8ee910cde3a87cc';

describe('normalizeVolumeList', () => {
  const volumes = normalizeVolumeList(fixture('volumes.json'));
  it('reads every volume with its driver, mountpoint, scope and creation time', () => {
    assert.deepEqual(volumes.map((volume) => volume.name).sort(), [ANON, 'named1', 'shop_db']);
    const named = volumes.find((volume) => volume.name === 'named1');
    assert.equal(named?.driver, 'local');
    assert.equal(named?.scope, 'local');
    assert.match(named?.mountpoint ?? '', /\/volumes\/named1\/_data$/);
    assert.equal(typeof named?.createdAt, 'number');
    assert.deepEqual(named?.labels, {});
    assert.deepEqual(named?.options, {});
  });
  it('recognizes Compose projects and anonymous volumes', () => {
    const shop = volumes.find((volume) => volume.name === 'shop_db');
    assert.equal(shop?.composeProject, 'shop');
    assert.equal(shop?.anonymous, false);
    assert.equal(volumes.find((volume) => volume.name === ANON)?.anonymous, true);
    const labelled = normalizeVolumeList({ Volumes: [{ Name: 'x1', Labels: { 'com.docker.volume.anonymous': '' }, CreatedAt: '0001-01-01T00:00:00Z' }] });
    assert.equal(labelled[0]?.anonymous, true);
    assert.equal(labelled[0]?.createdAt, undefined);
  });
  it('survives odd shapes without throwing', () => {
    assert.deepEqual(normalizeVolumeList(null), []);
    assert.deepEqual(normalizeVolumeList({ Volumes: [{ Labels: 3 }] }), []);
  });
});

describe('normalizeContainerList', () => {
  const containers = normalizeContainerList(fixture('containers.json'));
  it('reads names without the slash, state and volume mounts with rw/ro', () => {
    const c1 = containers.find((container) => container.name === 'c1');
    assert.equal(c1?.state, 'created');
    assert.deepEqual(
      c1?.mounts.map((mount) => [mount.type, mount.volumeName, mount.mountTarget, mount.readOnly]),
      [
        ['volume', 'named1', '/data', false],
        ['volume', ANON, '/data2', false],
        ['volume', 'shop_db', '/db', true],
      ],
    );
  });
  it('keeps bind mounts with their source and propagation', () => {
    const bind = containers.find((container) => container.name === 'c2')?.mounts.find((mount) => mount.type === 'bind');
    assert.deepEqual(bind, { type: 'bind', volumeName: undefined, source: '/tmp', mountTarget: '/host', readOnly: true, mode: 'ro', propagation: 'rslave' });
  });
});

describe('normalizeContainerInspect', () => {
  it('adds --tmpfs mounts from HostConfig.Tmpfs', () => {
    const c2 = normalizeContainerInspect(fixture('inspect-c2.json'));
    assert.equal(c2.name, 'c2');
    assert.equal(c2.state, 'running');
    const tmpfs = c2.mounts.find((mount) => mount.type === 'tmpfs');
    assert.deepEqual(tmpfs, { type: 'tmpfs', volumeName: undefined, source: '', mountTarget: '/run', readOnly: false, mode: '', propagation: '', tmpfsOptions: 'size=1m' });
    assert.equal(c2.mounts.length, 3);
  });
});

describe('normalizeDiskUsage', () => {
  it('reads sizes and reference counts, -1 meaning unknown', () => {
    const usage = normalizeDiskUsage(fixture('df.json'));
    assert.deepEqual(usage.volumes.get('named1'), { name: 'named1', size: 0, refCount: 2 });
    assert.equal(usage.volumes.size, 3);
    const unknown = normalizeDiskUsage({ Volumes: [{ Name: 'v', UsageData: { Size: -1, RefCount: -1 } }] });
    assert.deepEqual(unknown.volumes.get('v'), { name: 'v', size: undefined, refCount: undefined });
  });
});

describe('normalizeEngineInfo and normalizeEngineVersion', () => {
  it('reads the storage driver, root dir and versions', () => {
    const info = normalizeEngineInfo(fixture('info.json'));
    assert.equal(info.storageDriver, 'vfs');
    assert.deepEqual(info.driverStatus, []);
    assert.equal(info.backingFilesystem, undefined);
    assert.match(info.dockerRootDir, /\/data$/);
    const version = normalizeEngineVersion(fixture('version.json'));
    assert.equal(version.apiVersion, '1.41');
    assert.match(version.version, /^20\.10/);
  });
  it('finds the backing filesystem in overlay2 status lines', () => {
    const info = normalizeEngineInfo({ Driver: 'overlay2', DriverStatus: [['Backing Filesystem', 'extfs'], ['Supports d_type', 'true'], ['bad']] });
    assert.equal(info.backingFilesystem, 'extfs');
    assert.equal(info.driverStatus.length, 2);
  });
});

describe('normalizeEngineEvent', () => {
  it('keeps volume and container events, drops the rest', () => {
    // As it arrives on the wire: nanoseconds beyond double precision.
    const event = normalizeEngineEvent(JSON.parse('{"Type":"volume","Action":"create","Actor":{"ID":"named1","Attributes":{"driver":"local"}},"timeNano":1795950678682747176}'));
    assert.deepEqual(event, { type: 'volume', action: 'create', actorId: 'named1', time: 1795950678682 });
    assert.equal(normalizeEngineEvent({ Type: 'image', Action: 'tag' }), undefined);
  });
});

describe('apiAtLeast', () => {
  it('compares API versions numerically', () => {
    assert.equal(apiAtLeast('1.41', '1.42'), false);
    assert.equal(apiAtLeast('1.42', '1.42'), true);
    assert.equal(apiAtLeast('1.50', '1.42'), true);
    assert.equal(apiAtLeast('2.0', '1.42'), true);
  });
});
