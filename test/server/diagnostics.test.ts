import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { LspClient } from './lspHarness';

const SCRIPT = '#!/bin/sh\ndocker run -v /data busybox\n';
const URI = 'file:///tmp/stowage-lsp-test/deploy.sh';

function rangeOf(text: string, needle: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  const line = before.length - 1;
  const character = before[line]?.length ?? 0;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

describe('diagnostics', () => {
  let client: LspClient;
  const settings: Record<string, unknown> = {};
  before(async () => {
    client = await LspClient.start({ settings: () => settings });
  });
  after(async () => {
    await client.stop();
  });

  it('publishes a finding on open with code, docs link, source, severity and the exact range', async () => {
    client.open(URI, 'shellscript', SCRIPT);
    const diagnostics = await client.diagnosticsFor(URI, (d) => d.length > 0);
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.equal(d?.code, 'SW301');
    assert.equal(d?.source, 'stowage');
    assert.equal(d?.severity, 2);
    assert.equal(d?.codeDescription?.href, 'https://github.com/stowage-dev/stowage/blob/main/docs/rules/SW301.md');
    assert.deepEqual(d?.range, rangeOf(SCRIPT, '/data'));
    const core = analyze(SCRIPT, { path: '/tmp/stowage-lsp-test/deploy.sh' });
    assert.equal(d?.message, core?.findings[0]?.message.en);
  });

  it('re-validates after a change (debounced) and clears what was fixed', async () => {
    client.change(URI, '#!/bin/sh\ndocker run --rm -v /data busybox\n');
    const diagnostics = await client.diagnosticsFor(URI, (d) => d.length === 0);
    assert.deepEqual(diagnostics, []);
    client.change(URI, SCRIPT);
    await client.diagnosticsFor(URI, (d) => d.length === 1);
  });

  it('applies a severity override from stowage.rules live on didChangeConfiguration', async () => {
    settings['rules'] = { SW301: 'error' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const diagnostics = await client.diagnosticsFor(URI, (d) => d[0]?.severity === 1);
    assert.equal(diagnostics[0]?.code, 'SW301');
    settings['rules'] = { SW301: 'off' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await client.diagnosticsFor(URI, (d) => d.length === 0), []);
    settings['rules'] = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnosticsFor(URI, (d) => d[0]?.severity === 2);
  });

  it('turns off for a document kind when stowage.languages says so, and everywhere with stowage.enable', async () => {
    settings['languages'] = { shell: false };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await client.diagnosticsFor(URI, (d) => d.length === 0), []);
    settings['languages'] = {};
    settings['enable'] = false;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual(await client.diagnosticsFor(URI, (d) => d.length === 0), []);
    delete settings['enable'];
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.diagnosticsFor(URI, (d) => d.length === 1);
  });

  it('clears diagnostics when a document closes', async () => {
    client.close(URI);
    assert.deepEqual(await client.diagnosticsFor(URI, (d) => d.length === 0), []);
  });

  it('ignores documents Stowage does not read', async () => {
    const uri = 'file:///tmp/stowage-lsp-test/notes.txt';
    client.open(uri, 'plaintext', 'docker run -v /data busybox\n');
    assert.deepEqual(await client.diagnosticsFor(uri), []);
  });
});

describe('diagnostics in Korean and without pulled settings', () => {
  it('speaks the locale from initializationOptions and reads pushed settings', async () => {
    const client = await LspClient.start({ locale: 'ko-KR' });
    try {
      const uri = 'file:///tmp/stowage-lsp-test/ko.sh';
      client.open(uri, 'shellscript', SCRIPT);
      const [d] = await client.diagnosticsFor(uri, (list) => list.length > 0);
      const core = analyze(SCRIPT, { path: '/tmp/stowage-lsp-test/ko.sh' });
      assert.equal(d?.message, core?.findings[0]?.message.ko);
      assert.match(d?.message ?? '', /[\uac00-\ud7a3]/);
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { stowage: { rules: { SW301: 'hint' } } } });
      const [hinted] = await client.diagnosticsFor(uri, (list) => list[0]?.severity === 4);
      assert.equal(hinted?.code, 'SW301');
    } finally {
      await client.stop();
    }
  });
});
