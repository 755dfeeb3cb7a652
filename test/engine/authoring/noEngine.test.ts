// Every engine-aware feature with the engine gone: silent (no engine text, no SW210) and fast (answered
// from memory, never waiting on a connection or a timeout).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, CompletionItem, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, NO_ENGINE_HOST } from '../../server/lspHarness';
import { useEngine } from '../../support/dockerd';
import { waitFor } from '../explorer/support';

const handle = useEngine({ private: true, image: false });

const COMPOSE = 'name: quiet\nservices:\n  db:\n    volumes:\n      - data:/data\n      - /anon\nvolumes:\n  data: {}\n  outside:\n    external: true\n';
const hoverText = (hover: Hover | null): string => (hover?.contents as MarkupContent | undefined)?.value ?? '';

/** Runs every request once and returns the slowest time with what each answered. */
async function everyFeature(client: LspClient, uri: string, scriptUri: string) {
  const started = Date.now();
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 10 } });
  const hoverAt = Date.now();
  const completion = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: scriptUri }, position: { line: 0, character: 14 } });
  const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
  const volumeAt = await client.request<unknown>('stowage/volumeAt', { textDocument: { uri }, position: { line: 4, character: 10 } });
  return { hover: hoverText(hover), hoverMs: hoverAt - started, totalMs: Date.now() - started, completion, lenses, volumeAt };
}

async function check(client: LspClient, folder: string): Promise<void> {
  const uri = client.openFile(path.join(folder, 'compose.yaml'), 'dockercompose').uri;
  const scriptUri = client.openFile(path.join(folder, 'run.sh'), 'shellscript').uri;
  const diagnostics = await client.diagnosticsFor(uri);
  assert.ok(!diagnostics.some((d: Diagnostic) => d.code === 'SW210'), JSON.stringify(diagnostics));
  const answers = await everyFeature(client, uri, scriptUri);
  assert.doesNotMatch(answers.hover, /On the engine/);
  assert.match(answers.hover, /data/, 'the text hover still answers');
  assert.deepEqual(answers.completion.map((c) => c.label), []);
  assert.deepEqual(answers.lenses.map((l) => l.command?.title), ['2 mounts · 1 anonymous']);
  assert.deepEqual(answers.volumeAt, { written: 'data', engineName: 'quiet_data' });
  // Well below the one-second budget even a failing connection would need: nothing waited on the engine.
  assert.ok(answers.totalMs < 500, `requests took ${answers.totalMs} ms`);
}

describe('engine features without an engine', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'stowage-no-engine-'));
    writeFileSync(path.join(folder, 'compose.yaml'), COMPOSE);
    writeFileSync(path.join(folder, 'run.sh'), 'docker run -v \n');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('stays silent and fast when no engine exists at the address', async () => {
    const client = await LspClient.start({ settings: { docker: { host: NO_ENGINE_HOST, timeoutSeconds: 30 } }, rootPath: folder });
    try {
      await check(client, folder);
    } finally {
      await client.stop();
    }
  });

  it('stays silent when the engine is there but the workspace is not trusted, or engine.enable is off', async () => {
    await handle.engine.docker(['volume', 'create', 'present']);
    for (const options of [{ settings: { docker: { host: handle.engine.host } }, initializationOptions: { workspaceTrusted: false } }, { settings: { docker: { host: handle.engine.host }, engine: { enable: false } } }]) {
      const client = await LspClient.start({ ...options, rootPath: folder });
      try {
        // Long enough for a snapshot to have arrived, were one being taken.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await check(client, folder);
      } finally {
        await client.stop();
      }
    }
  });

  it('goes silent when the engine stops, and answers fast while it is down', async () => {
    const client = await LspClient.start({ settings: { docker: { host: handle.engine.host } }, rootPath: folder });
    try {
      const uri = client.openFile(path.join(folder, 'compose.yaml'), 'dockercompose').uri;
      await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'SW210'), 20_000);
      await handle.engine.stopDaemonOnly();
      await client.diagnosticsFor(uri, (d) => !d.some((x) => x.code === 'SW210'), 20_000);
      await waitFor('the engine text to go', async () => !hoverText(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 10 } })).includes('On the engine'));
      client.close(uri);
      await check(client, folder);
    } finally {
      await client.stop();
      await handle.engine.startDaemonOnly().catch(() => undefined);
    }
  });
});
