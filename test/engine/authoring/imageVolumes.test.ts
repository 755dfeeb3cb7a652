// SW209 from the engine's own image facts: the server inspects the images open documents mention in the
// background and re-checks them when the answer arrives.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../../server/lspHarness';
import { TEST_IMAGE, useEngine } from '../../support/dockerd';

const handle = useEngine();
const IMAGE = `stw-img-test:${process.pid}-${Date.now().toString(36)}`;
const COMPOSE = `services:\n  app:\n    image: ${IMAGE}\n`;
const sw209 = (d: Diagnostic[]): Diagnostic[] => d.filter((x) => x.code === 'SW209');
const messageOf = (d: Diagnostic | undefined): string => (d === undefined ? '' : typeof d.message === 'string' ? d.message : d.message.value);

describe('image volumes from the engine over the LSP', () => {
  let client: LspClient | undefined;
  let folder: string;
  let buildDir: string;

  before(async () => {
    buildDir = mkdtempSync(path.join(tmpdir(), 'stowage-image-build-'));
    writeFileSync(path.join(buildDir, 'Dockerfile'), `FROM ${TEST_IMAGE}\nVOLUME /srv/state\n`);
    // The legacy builder: no BuildKit daemon or registry is needed to add one VOLUME.
    const built = await handle.engine.docker(['build', '-q', '-t', IMAGE, buildDir], { env: { DOCKER_BUILDKIT: '0' }, timeoutMs: 120_000 });
    assert.equal(built.code, 0, `docker build: ${built.stderr}`);
    const volumes = await handle.engine.docker(['image', 'inspect', '--format', '{{json .Config.Volumes}}', IMAGE]);
    assert.equal(volumes.stdout.trim(), '{"/srv/state":{}}');
    folder = mkdtempSync(path.join(tmpdir(), 'stowage-image-volumes-'));
    writeFileSync(path.join(folder, 'compose.yaml'), COMPOSE);
  });

  after(async () => {
    await client?.stop();
    await handle.engine.docker(['image', 'rm', '-f', IMAGE]);
    for (const dir of [folder, buildDir]) if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('reports SW209 for the VOLUME of a local image once the snapshot has it, and none after mounting it', async () => {
    client = await LspClient.start({ settings: { docker: { host: handle.engine.host } }, rootPath: folder, initializationOptions: { workspaceTrusted: true } });
    const { uri } = client.openFile(path.join(folder, 'compose.yaml'), 'dockercompose');
    const found = sw209(await client.diagnosticsFor(uri, (d) => sw209(d).length > 0, 20_000));
    assert.equal(found.length, 1);
    assert.match(messageOf(found[0]), /\/srv\/state/);
    assert.deepEqual(found[0]?.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 11 + IMAGE.length } });
    client.change(uri, `${COMPOSE}    volumes:\n      - state:/srv/state\nvolumes:\n  state: {}\n`);
    assert.deepEqual(sw209(await client.diagnosticsFor(uri)), []);
  });

  it('stays silent in an untrusted workspace: the engine is not asked', async () => {
    const untrusted = await LspClient.start({ settings: { docker: { host: handle.engine.host } }, rootPath: folder, initializationOptions: { workspaceTrusted: false } });
    try {
      const { uri } = untrusted.openFile(path.join(folder, 'compose.yaml'), 'dockercompose');
      const first = await untrusted.diagnosticsFor(uri);
      // Longer than a snapshot takes against this engine, so a wrong answer would have arrived.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.deepEqual(sw209(first), []);
      assert.deepEqual(sw209(await untrusted.diagnosticsFor(uri)), []);
    } finally {
      await untrusted.stop();
    }
  });
});
