// The explorer's model against the engine's own truth: docker volume ls, docker system df -v, inspect.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EngineError } from '../../../src/engine/errors';
import { buildVolumeTree, volumeNodes } from '../../../src/engine/explorerModel';
import { formatBytes } from '../../../src/engine/format';
import { removeVolumeSafely } from '../../../src/engine/removal';
import { EngineSession } from '../../../src/engine/session';
import { buildStorageModel, describeMount } from '../../../src/engine/storageModel';
import { validateVolumeName } from '../../../src/engine/volumeName';
import { TEST_IMAGE, useEngine } from '../../support/dockerd';
import { clientFor, lines, uniquePrefix, waitFor } from './support';

const handle = useEngine();
const p = uniquePrefix('explorer');
const project = `${p}-proj`.replace(/[^a-z0-9_-]/g, '');
const names = { named: `${p}-named`, compose: `${p}-proj_db`, idle: `${p}-idle`, sized: `${p}-sized` };
const containers = { user: `${p}-user`, binder: `${p}-binder` };
let anonymous = '';

async function docker(...args: string[]): Promise<string> {
  const result = await handle.engine.docker(args);
  assert.equal(result.code, 0, `docker ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** `docker system df -v`, asked again while another walk (ours or another test file's) is running. */
async function systemDf(): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const result = await handle.engine.docker(['system', 'df', '-v', '--format', '{{json .Volumes}}']);
    if (result.code === 0) return result.stdout;
    if (!result.stderr.includes('disk usage operation is already running') || attempt > 40) assert.fail(result.stderr);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('volume explorer against a real engine', () => {
  before(async () => {
    await docker('volume', 'create', names.named);
    await docker('volume', 'create', '--label', `com.docker.compose.project=${project}`, '--label', 'com.docker.compose.volume=db', names.compose);
    await docker('volume', 'create', '--label', 'stowage.test=idle', names.idle);
    await docker('run', '--rm', '-v', `${names.sized}:/d`, TEST_IMAGE, 'sh', '-c', 'head -c 123456 /dev/zero > /d/blob');
    await docker('create', '--name', containers.user, '-v', `${names.named}:/data`, '-v', `${names.compose}:/db:ro`, '-v', '/anon', TEST_IMAGE);
    await docker('run', '-d', '--name', containers.binder, '-v', '/tmp:/host-tmp:ro', '--tmpfs', '/run:size=1m', '--mount', `type=volume,src=${names.named},dst=/shared,readonly`, TEST_IMAGE, 'sleep', '600');
    const mounts = JSON.parse(await docker('inspect', '--format', '{{json .Mounts}}', containers.user)) as { Name?: string; Destination: string }[];
    anonymous = mounts.find((mount) => mount.Destination === '/anon')?.Name ?? '';
    assert.match(anonymous, /^[0-9a-f]{64}$/);
  });

  after(async () => {
    await handle.engine.docker(['rm', '-f', '-v', containers.user, containers.binder]);
    await handle.engine.docker(['volume', 'rm', ...Object.values(names), anonymous]);
  });

  describe('volume explorer model against the engine', () => {
    it('lists exactly the volumes docker volume ls lists', async () => {
      const client = clientFor(handle.engine.host);
      const [ours, cli] = await Promise.all([client.listVolumes(), docker('volume', 'ls', '-q')]);
      const mine = (list: string[]): string[] => list.filter((name) => name.startsWith(p) || name === anonymous).sort();
      assert.deepEqual(mine(ours.map((volume) => volume.name)), mine(lines(cli)));
      assert.equal(mine(ours.map((volume) => volume.name)).length, 5);
      const drivers = lines(await docker('volume', 'ls', '--format', '{{.Name}} {{.Driver}}'));
      for (const volume of ours.filter((entry) => entry.name.startsWith(p))) assert.ok(drivers.includes(`${volume.name} ${volume.driver}`));
    });

    it('groups the Compose project, named and anonymous volumes', async () => {
      const session = new EngineSession(clientFor(handle.engine.host), { loadSizes: false });
      await session.refresh();
      const groups = buildVolumeTree(session.snapshot, { grouping: 'composeProject', sort: 'name', filter: {} });
      const group = (volume: string): string | undefined => groups.find((entry) => entry.volumes.some((node) => node.volume.name === volume))?.kind;
      assert.equal(group(names.compose), 'composeProject');
      assert.equal(groups.find((entry) => entry.project === project)?.label.en, `Compose project ${project}`);
      assert.equal(group(names.named), 'named');
      assert.equal(group(anonymous), 'anonymous');
      session.dispose();
    });

    it('names each volume\'s users with mount path and rw/ro as container inspect does', async () => {
      const session = new EngineSession(clientFor(handle.engine.host), { loadSizes: false });
      await session.refresh();
      const named = volumeNodes(session.snapshot).find((node) => node.volume.name === names.named);
      const cliUsers = lines(await docker('ps', '-a', '--filter', `volume=${names.named}`, '--format', '{{.Names}}')).sort();
      assert.deepEqual([...new Set(named?.users.map((user) => user.containerName))].sort(), cliUsers);
      for (const container of cliUsers) {
        const mounts = JSON.parse(await docker('inspect', '--format', '{{json .Mounts}}', container)) as { Name?: string; Destination: string; RW: boolean }[];
        const expected = mounts.filter((mount) => mount.Name === names.named).map((mount) => [mount.Destination, !mount.RW]);
        assert.deepEqual(named?.users.filter((user) => user.containerName === container).map((user) => [user.mountTarget, user.readOnly]), expected);
      }
      const state = (await docker('inspect', '--format', '{{.State.Status}}', containers.binder)).trim();
      assert.equal(named?.users.find((user) => user.containerName === containers.binder)?.state, state);
      const idle = volumeNodes(session.snapshot).find((node) => node.volume.name === names.idle);
      assert.equal(idle?.unused, true);
      session.dispose();
    });

    it('fills sizes in after the list, matching docker system df -v', async () => {
      const session = new EngineSession(clientFor(handle.engine.host));
      let sawPending = false;
      session.onDidChange(() => {
        if (session.state.kind === 'ready' && session.snapshot.usage === undefined) sawPending = true;
      });
      await session.refresh();
      assert.ok(sawPending, 'the list is shown before sizes arrive');
      assert.ok(await session.whenSized());
      const df = JSON.parse(await systemDf()) as { Name: string; Links: number | string; Size: string }[];
      for (const node of volumeNodes(session.snapshot).filter((entry) => entry.volume.name.startsWith(p) || entry.volume.name === anonymous)) {
        const row = df.find((entry) => entry.Name === node.volume.name);
        assert.ok(row, node.volume.name);
        assert.equal(node.size.kind, 'known');
        assert.equal(node.size.kind === 'known' ? formatBytes(node.size.bytes) : '', row.Size, node.volume.name);
        assert.equal(session.snapshot.usage?.volumes.get(node.volume.name)?.refCount, Number(row.Links), node.volume.name);
      }
      const sized = session.snapshot.usage?.volumes.get(names.sized)?.size;
      assert.equal(sized, 123456);
      session.dispose();
    });

    it('answers concurrent disk-usage requests although the engine runs one walk at a time', async () => {
      const client = clientFor(handle.engine.host);
      const raw = await Promise.all([0, 1, 2].map(() => handle.engine.api('GET', '/system/df')));
      const refused = raw.filter((response) => response.status !== 200).map((response) => `${response.status} ${response.body.trim()}`);
      // Docker's own answer to overlapping walks, for the log: usually one is refused with "already running".
      if (refused.length > 0) console.log(`engine refused overlapping /system/df: ${refused[0]}`);
      const usages = await Promise.all([0, 1, 2].map(() => client.diskUsage()));
      for (const usage of usages) assert.equal(usage.volumes.get(names.sized)?.size, 123456);
    });

    it('shows the storage driver facts and each container\'s bind and tmpfs mounts', async () => {
      const session = new EngineSession(clientFor(handle.engine.host));
      await session.refresh();
      const facts = await session.loadStorageFacts();
      const model = buildStorageModel({ ...facts, volumes: session.snapshot.volumes, usage: session.snapshot.usage });
      const value = (label: string): string | undefined => model.facts.find((fact) => fact.label.en === label)?.value;
      assert.equal(value('Storage driver'), (await docker('info', '--format', '{{.Driver}}')).trim());
      assert.equal(value('Docker root dir'), (await docker('info', '--format', '{{.DockerRootDir}}')).trim());
      assert.equal(value('API version'), (await docker('version', '--format', '{{.Server.APIVersion}}')).trim());
      const binder = model.containers.find((entry) => entry.container.name === containers.binder);
      assert.deepEqual(binder?.bindMounts.map(describeMount), ['/tmp → /host-tmp · ro · rslave']);
      assert.deepEqual(binder?.tmpfsMounts.map(describeMount), ['tmpfs → /run · rw · size=1m']);
      assert.equal(model.containers.find((entry) => entry.container.name === containers.user), undefined);
      session.dispose();
    });
  });

  describe('remove against the engine', () => {
    it('refuses an in-use volume, names its containers, and the volume still exists', async () => {
      const client = clientFor(handle.engine.host);
      const outcome = await removeVolumeSafely(client, names.named);
      assert.equal(outcome.kind, 'inUse');
      assert.deepEqual(outcome.kind === 'inUse' ? [...outcome.users].sort() : [], [containers.binder, containers.user].sort());
      assert.equal((await handle.engine.docker(['volume', 'inspect', names.named])).code, 0);
    });

    it('turns the engine\'s own 409 into an in-use fault quoting the engine', async () => {
      const client = clientFor(handle.engine.host);
      await assert.rejects(client.removeVolume(names.compose), (error: unknown) => {
        assert.ok(error instanceof EngineError);
        assert.equal(error.fault.kind, 'inUse');
        assert.equal(error.fault.statusCode, 409);
        assert.match(error.fault.message.en, /volume is in use/);
        return true;
      });
      assert.equal((await handle.engine.docker(['volume', 'inspect', names.compose])).code, 0);
    });

    it('removes an unused volume and reports a missing one', async () => {
      const client = clientFor(handle.engine.host);
      const name = `${p}-doomed`;
      await docker('volume', 'create', name);
      assert.deepEqual(await removeVolumeSafely(client, name), { name, kind: 'removed' });
      assert.equal((await handle.engine.docker(['volume', 'inspect', name])).code, 1);
      assert.deepEqual(await removeVolumeSafely(client, name), { name, kind: 'notFound' });
    });

    it('validates volume names as the engine does', async () => {
      const client = clientFor(handle.engine.host);
      for (const suffix of ['ok', 'a', 'a b', '-lead', 'x.y_z-1', '_under', 'semi;colon']) {
        const name = suffix === 'a' ? 'a' : suffix.startsWith('-') || suffix.startsWith('_') ? suffix : `${p}${suffix}`;
        const ours = validateVolumeName(name);
        const created = await client.createVolume({ name }).then(() => undefined, (error: unknown) => error);
        if (created === undefined) await client.removeVolume(name);
        assert.equal(ours === undefined, created === undefined, `${name}: ours=${ours?.en} engine=${String(created)}`);
        if (ours !== undefined && created instanceof EngineError) assert.ok(created.fault.detail.includes(ours.en.replace(/^"[^"]*": /, '')), `${created.fault.detail} vs ${ours.en}`);
      }
    });
  });

  describe('live updates against the engine', () => {
    it('follows volume and container events while visible', async () => {
      const session = new EngineSession(clientFor(handle.engine.host), { quietMs: 100, maxWaitMs: 1_000, loadSizes: false });
      await session.refresh();
      session.setVisible(true);
      await waitFor('the event stream', () => session.eventConnects > 0);
      const name = `${p}-live`;
      await docker('volume', 'create', name);
      await waitFor('the new volume in the model', () => session.snapshot.volumes.some((volume) => volume.name === name));
      await docker('volume', 'rm', name);
      await waitFor('the removed volume to leave the model', () => !session.snapshot.volumes.some((volume) => volume.name === name));
      const container = `${p}-live-c`;
      await docker('create', '--name', container, '-v', `${names.idle}:/x`, TEST_IMAGE);
      await waitFor('the idle volume to gain a user', () => volumeNodes(session.snapshot).find((node) => node.volume.name === names.idle)?.unused === false);
      await docker('rm', container);
      await waitFor('the idle volume to be unused again', () => volumeNodes(session.snapshot).find((node) => node.volume.name === names.idle)?.unused === true);
      session.setVisible(false);
      const before = session.refreshes;
      await docker('volume', 'create', name);
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal(session.refreshes, before, 'no refresh while hidden');
      await session.refresh();
      assert.ok(session.snapshot.volumes.some((volume) => volume.name === name), 'Refresh always works');
      await docker('volume', 'rm', name);
      session.dispose();
    });

    it('turns a burst of 100 volume events into a handful of refreshes', async () => {
      const session = new EngineSession(clientFor(handle.engine.host), { quietMs: 200, maxWaitMs: 2_000, loadSizes: false });
      await session.refresh();
      session.setVisible(true);
      await waitFor('the event stream', () => session.eventConnects > 0);
      const burst = Array.from({ length: 50 }, (_, i) => `${p}-burst-${i}`);
      const start = session.refreshes;
      await Promise.all(burst.map((name) => client().createVolume({ name })));
      await Promise.all(burst.map((name) => client().removeVolume(name)));
      await waitFor('the burst to settle', () => session.refreshes > start && !burst.some((name) => session.snapshot.volumes.some((volume) => volume.name === name)));
      await new Promise((resolve) => setTimeout(resolve, 500));
      const caused = session.refreshes - start;
      assert.ok(caused >= 1 && caused <= 5, `100 events caused ${caused} refreshes`);
      session.dispose();
    });
  });

});

function client() {
  return clientFor(handle.engine.host);
}
