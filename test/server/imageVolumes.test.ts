// SW209 from a Compose service's build Dockerfile, read by the server from the editor first, then the disk.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './lspHarness';

const COMPOSE = 'services:\n  app:\n    build: .\n';
const sw209 = (d: Diagnostic[]): Diagnostic[] => d.filter((x) => x.code === 'SW209');
const messageOf = (d: Diagnostic | undefined): string => (d === undefined ? '' : typeof d.message === 'string' ? d.message : d.message.value);

describe('image volumes of a build Dockerfile over the LSP', () => {
  let client: LspClient;
  let folder: string;
  let composeUri: string;
  let dockerfileUri: string;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'stowage-image-volumes-'));
    writeFileSync(path.join(folder, 'Dockerfile'), 'FROM scratch\nVOLUME /data\n');
    writeFileSync(path.join(folder, 'compose.yaml'), COMPOSE);
    dockerfileUri = pathToFileURL(path.join(folder, 'Dockerfile')).href;
    // No engine: the Dockerfile alone answers.
    client = await LspClient.start({ rootPath: folder, settings: { engine: { enable: false } } });
    composeUri = client.openFile(path.join(folder, 'compose.yaml'), 'dockercompose').uri;
  });
  after(async () => {
    await client?.stop();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  it('reports SW209 on `build:` for the VOLUME of the Dockerfile on disk', async () => {
    const found = sw209(await client.diagnosticsFor(composeUri, (d) => sw209(d).length > 0));
    assert.equal(found.length, 1);
    assert.match(messageOf(found[0]), /\/data/);
    assert.deepEqual(found[0]?.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } });
  });

  it('reads the open editor before the disk, and re-checks the Compose file when the Dockerfile is edited', async () => {
    client.open(dockerfileUri, 'dockerfile', 'FROM scratch\nVOLUME /data\n');
    client.change(dockerfileUri, 'FROM scratch\nVOLUME /cache\n');
    const found = sw209(await client.diagnosticsFor(composeUri, (d) => sw209(d).some((x) => messageOf(x).includes('/cache'))));
    assert.equal(found.length, 1);
    assert.doesNotMatch(messageOf(found[0]), /\/data/);
    client.close(dockerfileUri);
    // Closed again: the disk's text (VOLUME /data) counts.
    const back = sw209(await client.diagnosticsFor(composeUri, (d) => sw209(d).some((x) => messageOf(x).includes('/data'))));
    assert.equal(back.length, 1);
  });

  it('reports nothing once a named volume is mounted at the path', async () => {
    client.change(composeUri, `${COMPOSE}    volumes:\n      - data:/data\nvolumes:\n  data: {}\n`);
    const diagnostics = await client.diagnosticsFor(composeUri);
    assert.deepEqual(sw209(diagnostics), []);
  });
});
