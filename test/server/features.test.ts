import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { CodeAction, CompletionItem, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { applyAction, LspClient, ROOT } from './lspHarness';

const FIXTURES = path.join(ROOT, 'test/fixtures/server');

function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle) + delta;
  assert.ok(offset >= delta, `${needle} not in fixture`);
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines.at(-1)?.length ?? 0 };
}

const hoverText = (hover: Hover | null): string => (hover?.contents as MarkupContent | undefined)?.value ?? '';

describe('language features on fixtures', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: {} });
  });
  after(async () => {
    await client.stop();
  });

  describe('code actions', () => {
    it('offers the finding\'s fix as a preferred quick fix; applying it adds --rm', async () => {
      const { uri, text } = client.openFile(path.join(FIXTURES, 'scripts/deploy.sh'), 'shellscript');
      const [diagnostic] = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'SW301'));
      assert.ok(diagnostic);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      const addRm = actions.find((a) => a.title === 'Add --rm');
      assert.ok(addRm, JSON.stringify(actions.map((a) => a.title)));
      assert.equal(addRm.kind, 'quickfix');
      assert.equal(addRm.isPreferred, true);
      assert.deepEqual(addRm.diagnostics, [diagnostic]);
      assert.match(applyAction(text, uri, addRm), /^docker run --rm -d --name db \\$/m);
    });

    it('suppresses a finding on its own line, and the finding goes away', async () => {
      const uri = 'file:///tmp/stowage-lsp-test/suppress.sh';
      const text = '#!/bin/sh\nif true; then\n  docker run -v /data busybox\nfi\n';
      client.open(uri, 'shellscript', text);
      const [diagnostic] = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'SW301'));
      assert.ok(diagnostic);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      const suppress = actions.find((a) => a.title === 'Suppress SW301 on this line');
      assert.ok(suppress);
      const suppressed = applyAction(text, uri, suppress);
      assert.equal(suppressed, '#!/bin/sh\nif true; then\n  # stowage-ignore SW301\n  docker run -v /data busybox\nfi\n');
      client.change(uri, suppressed);
      assert.deepEqual(await client.diagnosticsFor(uri, (d) => d.length === 0), []);
    });

    it('puts the suppression above the first line of a backslash-continued command, not inside it', async () => {
      const { uri, text } = client.openFile(path.join(FIXTURES, 'scripts/deploy.sh'), 'shellscript');
      const [diagnostic] = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'SW301'));
      assert.ok(diagnostic);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
      const suppress = actions.find((a) => a.title === 'Suppress SW301 on this line');
      assert.ok(suppress);
      const suppressed = applyAction(text, uri, suppress);
      assert.match(suppressed, /docker volume create pgdata\n# stowage-ignore SW301\ndocker run -d --name db \\\n/);
    });

    it('rewrites a -v spec as the equivalent --mount', async () => {
      const { uri, text } = client.openFile(path.join(FIXTURES, 'scripts/deploy.sh'), 'shellscript');
      const at = positionOf(text, 'pgdata:/var/lib');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [], only: ['refactor'] } });
      assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Rewrite -v as --mount', 'refactor.rewrite']]);
      const rewritten = applyAction(text, uri, actions[0] as CodeAction);
      assert.match(rewritten, /^ {2}--mount type=volume,source=pgdata,target=\/var\/lib\/postgresql\/data,readonly \\$/m);
      assert.equal(rewritten.split('\n').length, text.split('\n').length);
    });

    it('returns only source.fixAll.stowage actions when asked for them', async () => {
      const { uri, text } = client.openFile(path.join(FIXTURES, 'scripts/deploy.sh'), 'shellscript');
      await client.diagnosticsFor(uri, (d) => d.length > 0);
      const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
      assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.stowage']);
      assert.match(applyAction(text, uri, actions[0] as CodeAction), /docker run --rm -d --name db/);
    });
  });

  describe('hover', () => {
    it('explains a -v source with its resolved meaning, the --mount equivalent and, the first time, the storage kinds', async () => {
      const { uri, text } = client.openFile(path.join(FIXTURES, 'scripts/deploy.sh'), 'shellscript');
      await client.diagnosticsFor(uri);
      const first = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'pgdata:/var', 2) });
      assert.match(hoverText(first), /^Named volume `pgdata` at `\/var\/lib\/postgresql\/data`, read-only\./);
      assert.match(hoverText(first), /--mount type=volume,source=pgdata,target=\/var\/lib\/postgresql\/data,readonly/);
      assert.match(hoverText(first), /Container writable layer/);
      assert.deepEqual(first?.range, { start: positionOf(text, 'pgdata:/var'), end: positionOf(text, 'pgdata:/var', 6) });
      const second = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, ':ro', 1) });
      assert.match(hoverText(second), /ro: read-only/);
      assert.doesNotMatch(hoverText(second), /Container writable layer/);
    });

    it('explains flags and docker volume prune', async () => {
      const { uri, text } = client.openFile(path.join(FIXTURES, 'scripts/deploy.sh'), 'shellscript');
      await client.diagnosticsFor(uri);
      const rm = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '--rm', 2) });
      assert.match(hoverText(rm), /anonymous\*\* volumes/);
      const prune = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'volume prune', 8) });
      assert.match(hoverText(prune), /Engine 23 \(API 1\.42\) it removes only \*\*anonymous\*\* volumes unless `--all`/);
    });

    it('answers in Compose on long-syntax keys and top-level volume keys', async () => {
      const { uri, text } = client.openFile(path.join(FIXTURES, 'compose-pair/compose.yaml'), 'dockercompose');
      await client.diagnosticsFor(uri);
      const readOnly = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'read_only', 3) });
      assert.match(hoverText(readOnly), /\*\*read_only\*\*/);
      assert.match(hoverText(readOnly), /Bind mount of host path `\.\/initdb`/);
      const driver = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'driver: local', 2) });
      assert.match(hoverText(driver), /\*\*driver\*\*/);
      assert.deepEqual(driver?.range, { start: positionOf(text, 'driver: local'), end: positionOf(text, 'driver: local', 6) });
    });
  });

  describe('completion', () => {
    it('offers the --mount keys of the chosen type', async () => {
      const uri = 'file:///tmp/stowage-lsp-test/complete.sh';
      const line = 'docker run --mount type=bind,';
      client.open(uri, 'shellscript', `#!/bin/sh\n${line}\n`);
      const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: line.length } });
      const labels = items.map((i) => i.label);
      assert.ok(labels.includes('bind-propagation'), labels.join());
      assert.ok(labels.includes('source'));
      assert.ok(!labels.includes('volume-nocopy'));
      assert.ok(!labels.includes('type'));
    });

    it('offers declared volume names for a Compose long-syntax source', async () => {
      const uri = 'file:///tmp/stowage-lsp-test/compose.yaml';
      const text = 'services:\n  app:\n    volumes:\n      - type: volume\n        source: \nvolumes:\n  appdata:\n';
      client.open(uri, 'dockercompose', text);
      const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 16 } });
      assert.deepEqual(items.map((i) => i.label), ['appdata']);
    });
  });

  describe('related Compose files and symbols', () => {
    it('reads the base file next to an override, so its volumes count as declared', async () => {
      const { uri } = client.openFile(path.join(FIXTURES, 'compose-pair/compose.override.yaml'), 'dockercompose');
      const diagnostics = await client.diagnosticsFor(uri);
      assert.deepEqual(diagnostics.map((d) => d.code), []);
    });

    it('lists Compose services with their mounts and the top-level volumes', async () => {
      const { uri } = client.openFile(path.join(FIXTURES, 'compose-pair/compose.yaml'), 'dockercompose');
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name)]), [
        ['db', ['pgdata → /var/lib/postgresql/data', './initdb → /docker-entrypoint-initdb.d', '(anonymous) → /var/log/postgresql']],
        ['pgdata', []],
      ]);
    });

    it('lists Dockerfile stages with their VOLUME paths and RUN mounts', async () => {
      const { uri } = client.openFile(path.join(FIXTURES, 'dockerfile/Dockerfile'), 'dockerfile');
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.deepEqual(symbols.map((s) => [s.name, s.children?.map((c) => c.name)]), [
        ['build', ['/var/cache/apk', '/data']],
        ['stage 1', ['/srv', '/logs']],
      ]);
    });
  });

  it('answers requests for unknown documents without failing', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///nowhere/x.sh' }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  });
});
