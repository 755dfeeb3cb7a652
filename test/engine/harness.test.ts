// The engine harness itself: if these fail, every other engine test would fail for the wrong reason.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { startEngine, TEST_IMAGE, useEngine } from '../support/dockerd';
import { processesUnder, withDescendants } from '../support/processes';

const handle = useEngine();
const unique = `stowage-harness-${process.pid}-${Date.now().toString(36)}`;

describe('engine harness', () => {
  it('answers /_ping over its socket', async () => {
    const ping = await handle.engine.api('GET', '/_ping');
    assert.equal(ping.status, 200);
    assert.equal(ping.body, 'OK');
    assert.match(handle.engine.host, /^unix:\/\//);
    assert.equal(handle.engine.env['DOCKER_HOST'], handle.engine.host);
  });

  it('has the imported busybox image, which runs', async () => {
    const inspect = await handle.engine.docker(['image', 'inspect', '--format', '{{json .Config.Cmd}}', TEST_IMAGE]);
    assert.equal(inspect.code, 0, inspect.stderr);
    assert.equal(inspect.stdout.trim(), '["sh"]');
    const run = await handle.engine.docker(['run', '--rm', TEST_IMAGE, 'echo', 'hello']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'hello\n');
  });

  it('creates, lists and removes a volume', async () => {
    const name = `${unique}-vol`;
    assert.equal((await handle.engine.docker(['volume', 'create', '--label', 'stowage.test=1', name])).code, 0);
    const list = await handle.engine.docker(['volume', 'ls', '-q', '--filter', 'label=stowage.test=1']);
    assert.ok(list.stdout.split('\n').includes(name), list.stdout);
    assert.equal((await handle.engine.docker(['volume', 'rm', name])).code, 0);
    const after = await handle.engine.docker(['volume', 'ls', '-q']);
    assert.ok(!after.stdout.split('\n').includes(name));
  });

  it('runs a container with a volume and reports its size in system df -v', async () => {
    const name = `${unique}-data`;
    const run = await handle.engine.docker(['run', '--name', `${unique}-c`, '-v', `${name}:/data`, TEST_IMAGE, 'sh', '-c', 'head -c 4096 /dev/zero > /data/f']);
    try {
      assert.equal(run.code, 0, run.stderr);
      const df = await handle.engine.docker(['system', 'df', '-v', '--format', '{{json .Volumes}}']);
      assert.equal(df.code, 0, df.stderr);
      const volumes = JSON.parse(df.stdout) as { Name: string; Links: string; Size: string }[];
      const ours = volumes.find((volume) => volume.Name === name);
      assert.ok(ours, df.stdout);
      assert.equal(String(ours.Links), '1');
      assert.match(ours.Size, /^4\.096kB$|^4kB$/);
    } finally {
      await handle.engine.docker(['rm', '-f', `${unique}-c`]);
      await handle.engine.docker(['volume', 'rm', name]);
    }
  });

  it('streams events', async () => {
    const since = Math.floor(Date.now() / 1000) - 1;
    const name = `${unique}-events`;
    await handle.engine.docker(['volume', 'create', name]);
    await handle.engine.docker(['volume', 'rm', name]);
    const until = Math.ceil(Date.now() / 1000) + 1;
    const events = await handle.engine.docker(['events', '--since', String(since), '--until', String(until), '--filter', `volume=${name}`, '--format', '{{.Type}} {{.Action}}']);
    assert.equal(events.code, 0, events.stderr);
    assert.deepEqual(events.stdout.trim().split('\n'), ['volume create', 'volume destroy']);
  });

  it('reports the CLI error text for a refused spec', async () => {
    const create = await handle.engine.docker(['create', '-v', '/a:/b:/c:/d', TEST_IMAGE]);
    assert.notEqual(create.code, 0);
    assert.match(create.stderr, /invalid (volume specification|spec)/);
  });
});

describe('private engine lifecycle', () => {
  it('keeps volumes across a daemon restart and leaves nothing behind when stopped', async () => {
    const engine = await startEngine({ image: false });
    const root = engine.root ?? '';
    try {
      assert.ok(root !== '' && existsSync(root));
      assert.equal((await engine.docker(['volume', 'create', 'survivor'])).code, 0);
      await engine.stopDaemonOnly();
      const down = await engine.docker(['volume', 'ls']);
      assert.notEqual(down.code, 0);
      assert.match(down.stderr, /Cannot connect to the Docker daemon/);
      await engine.startDaemonOnly();
      assert.equal((await engine.docker(['volume', 'ls', '-q'])).stdout.trim(), 'survivor');
      await engine.restart();
      assert.equal((await engine.api('GET', '/_ping')).body, 'OK');
    } finally {
      await engine.stop();
    }
    // dockerd, its containerd and any shim name the engine's folder in their arguments.
    assert.deepEqual(withDescendants(processesUnder(root)), []);
    assert.equal(existsSync(root), false);
  });
});
