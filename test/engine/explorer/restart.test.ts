// Engine faults mid-session, on a private engine: the daemon stops, the model says "not running" with
// the CLI's words, and the daemon coming back recovers the session without a new one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EngineClient } from '../../../src/engine/client';
import { parseHost } from '../../../src/engine/connection';
import { EngineError } from '../../../src/engine/errors';
import { EngineSession, type SessionState } from '../../../src/engine/session';
import { useEngine } from '../../support/dockerd';
import { clientFor, waitFor } from './support';

const handle = useEngine({ private: true, image: false });

describe('engine faults against a private engine', () => {
  it('shows "not running" when the daemon stops and recovers when it is back', async () => {
    const session = new EngineSession(clientFor(handle.engine.host, 3_000), { quietMs: 50, maxWaitMs: 500 });
    await handle.engine.docker(['volume', 'create', 'survivor']);
    await session.refresh();
    assert.equal(session.state.kind, 'ready');
    session.setVisible(true);
    await waitFor('the event stream', () => session.eventConnects > 0);

    await handle.engine.stopDaemonOnly();
    await waitFor('the not-running state', () => session.state.kind === 'error', 20_000);
    const state = session.state as SessionState;
    assert.equal(state.kind === 'error' && state.fault.kind, 'notRunning');
    assert.equal(state.kind === 'error' && state.fault.message.en, `Cannot connect to the Docker daemon at ${handle.engine.host}. Is the docker daemon running?`);

    await handle.engine.startDaemonOnly();
    // The event stream's backoff reconnects on its own; no Refresh is pressed.
    await waitFor('recovery', () => session.state.kind === 'ready', 30_000);
    assert.ok(session.snapshot.volumes.some((volume) => volume.name === 'survivor'));
    const name = 'after-restart';
    await handle.engine.docker(['volume', 'create', name]);
    await waitFor('events after the restart', () => session.snapshot.volumes.some((volume) => volume.name === name));
    session.dispose();
  });

  it('talks to the resolved endpoint even when DOCKER_HOST points elsewhere', async () => {
    const saved = process.env['DOCKER_HOST'];
    process.env['DOCKER_HOST'] = 'tcp://127.0.0.1:1';
    try {
      await clientFor(handle.engine.host).ping();
    } finally {
      if (saved === undefined) delete process.env['DOCKER_HOST'];
      else process.env['DOCKER_HOST'] = saved;
    }
  });

  it('classifies a missing socket, an unknown host and a silent socket (timeout)', async () => {
    const missing = parseHost('unix:///tmp/stowage-no-such-dir/docker.sock', 'setting', undefined, undefined);
    assert.ok(missing.ok);
    await assert.rejects(new EngineClient(missing.endpoint).ping(), (error: unknown) => error instanceof EngineError && error.fault.kind === 'notRunning');
    const unreachable = parseHost('tcp://stowage-host.invalid:2375', 'setting', undefined, undefined);
    assert.ok(unreachable.ok);
    await assert.rejects(new EngineClient(unreachable.endpoint).ping(), (error: unknown) => error instanceof EngineError && error.fault.kind === 'hostNotFound');
    // A listening socket that never answers: the per-call timeout fires.
    const net = await import('node:net');
    const path = `/tmp/stowage-silent-${process.pid}.sock`;
    const server = net.createServer(() => undefined).listen(path);
    try {
      const silent = parseHost(`unix://${path}`, 'setting', undefined, undefined);
      assert.ok(silent.ok);
      await assert.rejects(new EngineClient(silent.endpoint, { timeoutMs: 300 }).ping(), (error: unknown) => error instanceof EngineError && error.fault.kind === 'timeout');
    } finally {
      server.close();
    }
  });
});
