import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspHarness';

describe('.stowage.json next to the documents', () => {
  let dir: string;
  let client: LspClient;
  const settings: Record<string, unknown> = {};
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'stowage-project-'));
    mkdirSync(path.join(dir, 'scripts'));
    writeFileSync(path.join(dir, '.stowage.json'), JSON.stringify({ rules: { SW301: 'error' } }));
    writeFileSync(path.join(dir, 'scripts/run.sh'), '#!/bin/sh\ndocker run -v /data busybox\n');
    client = await LspClient.start({ settings: () => settings });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies the nearest project file\'s severities, as stowage check does', async () => {
    const { uri } = client.openFile(path.join(dir, 'scripts/run.sh'), 'shellscript');
    const [d] = await client.diagnosticsFor(uri, (list) => list.length > 0);
    assert.equal(d?.code, 'SW301');
    assert.equal(d?.severity, 1);
  });

  it('lets the editor setting win over the project file', async () => {
    settings['rules'] = { SW301: 'info' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const uri = pathToFileURL(path.join(dir, 'scripts/run.sh')).href;
    await client.diagnosticsFor(uri, (list) => list[0]?.severity === 3);
    settings['rules'] = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnosticsFor(uri, (list) => list[0]?.severity === 1);
  });

  it('re-reads the project file when the client reports it changed', async () => {
    const file = path.join(dir, '.stowage.json');
    writeFileSync(file, JSON.stringify({ rules: { SW301: 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
    const uri = pathToFileURL(path.join(dir, 'scripts/run.sh')).href;
    assert.deepEqual(await client.diagnosticsFor(uri, (list) => list.length === 0), []);
  });

  it('ignores a malformed project file and says so in the log', async () => {
    const file = path.join(dir, '.stowage.json');
    writeFileSync(file, '{ not json');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(file).href, type: 2 }] });
    const uri = pathToFileURL(path.join(dir, 'scripts/run.sh')).href;
    const [d] = await client.diagnosticsFor(uri, (list) => list[0]?.severity === 2);
    assert.equal(d?.code, 'SW301');
    assert.ok(client.logs.some((line) => line.includes('ignoring') && line.includes('.stowage.json')), client.logs.join('\n'));
  });
});
