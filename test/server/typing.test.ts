// Requests that arrive while the user types: diagnostics only for the version the user stopped at, and
// hovers and completions that see the latest text.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LspClient } from './lspHarness';

const URI = 'file:///tmp/stowage-lsp-typing/deploy.sh';
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);
const BASE = '#!/bin/sh\ndocker volume create cache\ndocker run -v data:/data busybox\n';

describe('typing', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: {} });
  });
  after(async () => {
    await client.stop();
  });

  it('publishes diagnostics once, for the last of quick edits, and never for the versions it superseded', async () => {
    client.open(URI, 'shellscript', BASE);
    await client.diagnosticsFor(URI);
    assert.deepEqual(client.publishedVersions(URI), [1]);
    client.change(URI, `${BASE}docker run -v /a busybox\n`);
    client.change(URI, `${BASE}docker run -v /a -v /b busybox\n`);
    client.change(URI, `${BASE}docker run -v /a -v /b -v /c busybox\n`);
    const diagnostics = await client.diagnosticsFor(URI, (d) => d.some((x) => messageOf(x).includes('/c')));
    // Long enough for a debounced validation of an older version to have shown up.
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.deepEqual(client.publishedVersions(URI), [1, 4]);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start]), [['SW301', { line: 3, character: 14 }]]);
    assert.match(diagnostics[0] === undefined ? '' : messageOf(diagnostics[0]), /3 anonymous volumes \(\/a, \/b, \/c\)/);
  });

  it('hovers the edited word with its new text right after the edit', async () => {
    client.change(URI, BASE.replace('data:', 'datum:'));
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 15 } });
    assert.deepEqual(hover?.range, { start: { line: 2, character: 14 }, end: { line: 2, character: 19 } });
    assert.match(JSON.stringify(hover?.contents), /datum/);
  });

  it('hovers text before the edit right after it', async () => {
    client.change(URI, `${BASE.replace('data:', 'datum:')}echo typed\n`);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 15 } });
    assert.deepEqual(hover?.range, { start: { line: 2, character: 14 }, end: { line: 2, character: 19 } });
  });

  it('completes volume names in the line being typed right after the edit', async () => {
    client.change(URI, `${BASE.replace('data:', 'datum:')}echo typed\ndocker run -v `);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 4, character: 14 } });
    assert.deepEqual(items.map((i) => i.label).sort(), ['cache', 'datum']);
    assert.deepEqual(client.logs.filter((l) => /(validation|hover|completion) failed/.test(l)), []);
  });
});
