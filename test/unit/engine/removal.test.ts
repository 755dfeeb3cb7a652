import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usersByVolume } from '../../../src/engine/explorerModel';
import { normalizeContainerList, type VolumeRecord } from '../../../src/engine/records';
import { describeRemoveOutcome, selectPrunable } from '../../../src/engine/removal';

const ANON = 'a'.repeat(64);
function volume(name: string, anonymous = false): VolumeRecord {
  return { name, driver: 'local', mountpoint: '', createdAt: undefined, labels: {}, options: {}, scope: 'local', composeProject: undefined, anonymous };
}
const volumes = [volume('kept-named'), volume('used'), volume(ANON, true), volume('labelled-anon', true)];
const users = usersByVolume(normalizeContainerList([{ Id: 'c1', Names: ['/web'], State: 'exited', Mounts: [{ Type: 'volume', Name: 'used', Destination: '/d', RW: true }] }]));
const sizes = new Map<string, number | undefined>([['kept-named', 100], [ANON, 2_000], ['labelled-anon', undefined]]);

describe('selectPrunable', () => {
  it('anonymous-only picks unused anonymous volumes and never a named one', () => {
    const plan = selectPrunable(volumes, users, 'anonymous', sizes);
    assert.deepEqual(plan.volumes.map((entry) => entry.name), [ANON, 'labelled-anon']);
    assert.equal(plan.totalBytes, 2_000);
    assert.equal(plan.unknownSizes, 1);
  });
  it('all-unused adds named volumes but never one a stopped container holds', () => {
    const plan = selectPrunable(volumes, users, 'allUnused', sizes);
    assert.deepEqual(plan.volumes.map((entry) => entry.name), [ANON, 'kept-named', 'labelled-anon']);
    assert.equal(plan.totalBytes, 2_100);
  });
});

describe('describeRemoveOutcome', () => {
  it('names the containers that keep a volume', () => {
    assert.equal(describeRemoveOutcome({ name: 'db', kind: 'inUse', users: ['web', 'worker'] }).en, 'Volume db is in use by web, worker and was kept. Remove those containers first.');
    assert.equal(describeRemoveOutcome({ name: 'db', kind: 'removed' }).ko, '볼륨 db을(를) 삭제했습니다.');
  });
});
