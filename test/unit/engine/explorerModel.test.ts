import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildVolumeTree, describeUser, describeVolume, usersByVolume, volumeNodes, volumeTooltip, type ExplorerOptions, type VolumeSnapshot } from '../../../src/engine/explorerModel';
import { normalizeContainerList, normalizeDiskUsage, normalizeVolumeList, type VolumeRecord } from '../../../src/engine/records';

const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(process.env['STOWAGE_ROOT'] ?? '.', 'test/unit/engine/fixtures', name), 'utf8'));
const ANON = 'b3a1806a4708f79a4de0b9ac27f7bf2f58112f61b62a058ac8ee910cde3a87cc';
const real: VolumeSnapshot = { volumes: normalizeVolumeList(fixture('volumes.json')), containers: normalizeContainerList(fixture('containers.json')), usage: normalizeDiskUsage(fixture('df.json')) };
const byProject: ExplorerOptions = { grouping: 'composeProject', sort: 'name', filter: {} };

function volume(name: string, extra: Partial<VolumeRecord> = {}): VolumeRecord {
  return { name, driver: 'local', mountpoint: `/v/${name}`, createdAt: 1_000, labels: {}, options: {}, scope: 'local', composeProject: undefined, anonymous: false, ...extra };
}

describe('buildVolumeTree', () => {
  it('groups Compose projects first, then named, then anonymous volumes', () => {
    const groups = buildVolumeTree(real, byProject);
    assert.deepEqual(groups.map((group) => [group.kind, group.label.en, group.volumes.map((node) => node.volume.name)]), [
      ['composeProject', 'Compose project shop', ['shop_db']],
      ['named', 'Named volumes', ['named1']],
      ['anonymous', 'Anonymous volumes', [ANON]],
    ]);
  });
  it('lists each volume\'s users with mount path and rw/ro', () => {
    const nodes = volumeNodes(real);
    const named = nodes.find((node) => node.volume.name === 'named1');
    assert.deepEqual(named?.users.map((user) => [user.containerName, user.state, user.mountTarget, user.readOnly]), [
      ['c1', 'created', '/data', false],
      ['c2', 'running', '/n', false],
    ]);
    const shop = nodes.find((node) => node.volume.name === 'shop_db');
    assert.equal(shop?.users[0] !== undefined && describeUser(shop.users[0]).en, 'created · /db · ro');
    assert.equal(named?.unused, false);
  });
  it('marks unused volumes and filters by name, label and unused', () => {
    const snapshot: VolumeSnapshot = { ...real, volumes: [...real.volumes, volume('idle', { labels: { team: 'a' } })] };
    const unused = buildVolumeTree(snapshot, { ...byProject, filter: { unusedOnly: true } });
    assert.deepEqual(unused.flatMap((group) => group.volumes.map((node) => node.volume.name)), ['idle']);
    assert.equal(unused[0]?.volumes[0]?.unused, true);
    const labelled = buildVolumeTree(snapshot, { ...byProject, filter: { label: 'com.docker.compose.project=shop' } });
    assert.deepEqual(labelled.flatMap((group) => group.volumes.map((node) => node.volume.name)), ['shop_db']);
    assert.deepEqual(buildVolumeTree(snapshot, { ...byProject, filter: { label: 'team' } }).flatMap((group) => group.volumes.map((node) => node.volume.name)), ['idle']);
    assert.deepEqual(buildVolumeTree(snapshot, { ...byProject, filter: { name: 'NAMED' } }).flatMap((group) => group.volumes.map((node) => node.volume.name)), ['named1']);
  });
  it('sorts by size (largest first, unknown last) and by creation (newest first)', () => {
    const snapshot: VolumeSnapshot = {
      volumes: [volume('small', { createdAt: 3 }), volume('big', { createdAt: 1 }), volume('unknown', { createdAt: 2 })],
      containers: [],
      usage: normalizeDiskUsage({ Volumes: [{ Name: 'small', UsageData: { Size: 10, RefCount: 0 } }, { Name: 'big', UsageData: { Size: 5000, RefCount: 0 } }, { Name: 'unknown', UsageData: { Size: -1, RefCount: 0 } }] }),
    };
    const names = (options: ExplorerOptions): string[] => buildVolumeTree(snapshot, options).flatMap((group) => group.volumes.map((node) => node.volume.name));
    assert.deepEqual(names({ grouping: 'none', sort: 'size', filter: {} }), ['big', 'small', 'unknown']);
    assert.deepEqual(names({ grouping: 'none', sort: 'created', filter: {} }), ['small', 'unknown', 'big']);
    assert.deepEqual(names({ grouping: 'none', sort: 'name', filter: {} }), ['big', 'small', 'unknown']);
  });
  it('shows sizes as pending until /system/df has answered', () => {
    const pending = volumeNodes({ ...real, usage: undefined });
    assert.ok(pending.every((node) => node.size.kind === 'pending'));
    const now = (real.volumes[0]?.createdAt ?? 0) + 2 * 86_400_000;
    const named = volumeNodes(real).find((node) => node.volume.name === 'named1');
    assert.ok(named);
    assert.equal(describeVolume(named, now).en, '0B · local · 2 days · 2 containers');
    assert.equal(describeVolume({ ...named, users: [], unused: true, size: { kind: 'pending' } }, now).en, 'size… · local · 2 days · unused');
    assert.equal(describeVolume({ ...named, users: [], unused: true, size: { kind: 'pending' } }, now).ko, '크기… · local · 2일 · 사용 안 함');
  });
  it('puts mountpoint, labels, options, scope and created in the tooltip', () => {
    const shop = volumeNodes(real).find((node) => node.volume.name === 'shop_db');
    assert.ok(shop);
    const lines = volumeTooltip(shop).en.split('\n');
    assert.equal(lines[0], 'shop_db');
    assert.match(lines[1] ?? '', /^Mountpoint: .*\/volumes\/shop_db\/_data$/);
    assert.equal(lines[3], 'Labels: com.docker.compose.project=shop, com.docker.compose.volume=db');
    assert.equal(lines[4], 'Options: —');
    assert.equal(lines[5], 'Scope: local');
    assert.match(lines[6] ?? '', /^Created: \d{4}-\d\d-\d\dT/);
  });
  it('counts a container once per mount of the volume', () => {
    assert.equal(usersByVolume(real.containers).get(ANON)?.length, 1);
  });
});
