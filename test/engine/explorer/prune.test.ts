// Prune on a private engine (it deletes every unused volume it previews, so no other test may share it).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { executePrune, planPrune } from '../../../src/engine/removal';
import { TEST_IMAGE, useEngine } from '../../support/dockerd';
import { clientFor, lines } from './support';

const handle = useEngine({ private: true });

async function docker(...args: string[]): Promise<string> {
  const result = await handle.engine.docker(args);
  assert.equal(result.code, 0, `docker ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}
const volumeList = async (): Promise<string[]> => lines(await docker('volume', 'ls', '-q')).sort();

describe('prune against a private engine', () => {
  it('deletes exactly the previewed anonymous volumes, keeping one that came into use and named ones', async () => {
    const client = clientFor(handle.engine.host);
    await docker('volume', 'create', 'keep-named');
    await docker('run', '--rm', '-v', 'held:/d', TEST_IMAGE, 'sh', '-c', 'head -c 5000 /dev/zero > /d/f');
    await docker('create', '--name', 'holder', '-v', 'held:/d', TEST_IMAGE);
    const anonymous = [];
    for (let i = 0; i < 3; i++) anonymous.push((await docker('volume', 'create')).trim());
    await docker('run', '--rm', '-v', `${anonymous[0]}:/d`, TEST_IMAGE, 'sh', '-c', 'head -c 20000 /dev/zero > /d/f');

    const plan = await planPrune(client, 'anonymous');
    assert.deepEqual(plan.volumes.map((volume) => volume.name), [...anonymous].sort());
    assert.equal(plan.totalBytes, 20000);

    // After the preview: one planned volume comes into use, and a new unused anonymous volume appears.
    const [first, second, third] = anonymous as [string, string, string];
    await docker('create', '--name', 'latecomer', '-v', `${second}:/x`, TEST_IMAGE);
    const fresh = (await docker('volume', 'create')).trim();

    const result = await executePrune(client, plan);
    assert.deepEqual(result.deleted.map((volume) => volume.name).sort(), [first, third].sort());
    assert.equal(result.reclaimedBytes, 20000);
    assert.deepEqual(result.kept.map((outcome) => [outcome.name, outcome.kind, outcome.kind === 'inUse' ? outcome.users : []]), [[second, 'inUse', ['latecomer']]]);
    assert.deepEqual(await volumeList(), ['held', 'keep-named', second, fresh].sort());

    // All unused: now the named volume and the fresh one go; volumes held by containers stay.
    await docker('rm', 'latecomer');
    const all = await planPrune(client, 'allUnused');
    assert.deepEqual(all.volumes.map((volume) => volume.name), ['keep-named', second, fresh].sort());
    const second_ = await executePrune(client, all);
    assert.equal(second_.deleted.length, 3);
    assert.deepEqual(await volumeList(), ['held']);
    await docker('rm', '-v', 'holder');
    // `rm -v` removes only anonymous volumes; the named one stays.
    assert.deepEqual(await volumeList(), ['held']);
    await docker('volume', 'rm', 'held');
  });

  it('keeps a planned volume that disappeared or is held, and never touches unplanned ones', async () => {
    const client = clientFor(handle.engine.host);
    await docker('volume', 'create', 'gone-soon');
    await docker('volume', 'create', 'unplanned');
    const plan = { scope: 'allUnused' as const, volumes: [{ name: 'gone-soon', anonymous: false, size: 0 }], totalBytes: 0, unknownSizes: 0 };
    await docker('volume', 'rm', 'gone-soon');
    const result = await executePrune(client, plan);
    assert.deepEqual(result.deleted, []);
    assert.deepEqual(result.kept, [{ name: 'gone-soon', kind: 'notFound' }]);
    assert.deepEqual(await volumeList(), ['unplanned']);
    await docker('volume', 'rm', 'unplanned');
  });
});
