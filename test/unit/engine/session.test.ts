import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EngineClient } from '../../../src/engine/client';
import { parseHost } from '../../../src/engine/connection';
import { EngineError, classifyEngineError } from '../../../src/engine/errors';
import type { DiskUsage, VolumeRecord } from '../../../src/engine/records';
import { EngineSession } from '../../../src/engine/session';

const resolution = parseHost('unix:///run/docker.sock', 'default', undefined, undefined);
assert.ok(resolution.ok);
const endpoint = resolution.endpoint;

function volume(name: string): VolumeRecord {
  return { name, driver: 'local', mountpoint: '', createdAt: undefined, labels: {}, options: {}, scope: 'local', composeProject: undefined, anonymous: false };
}

/** A stand-in engine whose answers the test controls; the real one is exercised in test/engine/explorer. */
function fakeClient(options: { volumes?: () => Promise<VolumeRecord[]>; diskUsage?: () => Promise<DiskUsage> }) {
  let listCalls = 0;
  const client = {
    endpoint,
    listVolumes: async () => {
      listCalls++;
      return (options.volumes ?? (async () => [volume('data')]))();
    },
    listContainers: async () => [],
    diskUsage: options.diskUsage ?? (async () => ({ volumes: new Map([['data', { name: 'data', size: 42, refCount: 0 }]]), layersSize: undefined })),
    subscribe: () => ({ close: () => undefined }),
  };
  return { client: client as unknown as EngineClient, calls: () => listCalls };
}

describe('EngineSession', () => {
  it('shows the list first and fills sizes in afterwards', async () => {
    let releaseSizes: () => void = () => undefined;
    const sizesGate = new Promise<void>((resolve) => (releaseSizes = resolve));
    const { client } = fakeClient({
      diskUsage: async () => {
        await sizesGate;
        return { volumes: new Map([['data', { name: 'data', size: 42, refCount: 0 }]]), layersSize: undefined };
      },
    });
    const session = new EngineSession(client);
    const states: string[] = [];
    session.onDidChange(() => states.push(`${session.state.kind}:${session.snapshot.usage === undefined ? 'pending' : 'sized'}`));
    await session.refresh();
    assert.deepEqual(states, ['loading:pending', 'ready:pending']);
    assert.deepEqual(session.snapshot.volumes.map((entry) => entry.name), ['data']);
    releaseSizes();
    assert.ok(await session.whenSized(1_000));
    assert.equal(states.at(-1), 'ready:sized');
    assert.equal(session.snapshot.usage?.volumes.get('data')?.size, 42);
    session.dispose();
  });

  it('turns a failure into an error state with the classified fault, and recovers on refresh', async () => {
    let down = true;
    const { client } = fakeClient({
      volumes: async () => {
        if (down) throw new EngineError(classifyEngineError(Object.assign(new Error('connect ENOENT'), { code: 'ENOENT' }), endpoint));
        return [volume('data')];
      },
    });
    const session = new EngineSession(client, { loadSizes: false });
    await session.refresh();
    const state = session.state;
    assert.equal(state.kind, 'error');
    assert.equal(state.kind === 'error' && state.fault.kind, 'notRunning');
    down = false;
    await session.refresh();
    assert.equal(session.state.kind, 'ready');
    session.dispose();
  });

  it('coalesces refreshes requested while one runs into a single re-run', async () => {
    let release: () => void = () => undefined;
    let gate = new Promise<void>((resolve) => (release = resolve));
    const { client, calls } = fakeClient({
      volumes: async () => {
        await gate;
        return [volume('data')];
      },
    });
    const session = new EngineSession(client, { loadSizes: false });
    const first = session.refresh();
    for (let i = 0; i < 20; i++) void session.refresh();
    release();
    await first;
    gate = Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(calls(), 2);
    assert.equal(session.refreshes, 2);
    session.dispose();
  });
});
