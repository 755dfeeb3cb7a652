// The language server with a real engine: hovers, completion, SW210, the CodeLens and the workspace
// inventory, answered from the server's background snapshot of the test engine.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, CompletionItem, Diagnostic, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from '../../server/lspHarness';
import { TEST_IMAGE, useEngine } from '../../support/dockerd';
import { uniquePrefix, waitFor } from '../explorer/support';

const handle = useEngine();
const p = uniquePrefix('authoring').replace(/[^a-z0-9-]/g, '');
const project = p.replace(/-/g, '');
const names = { pgdata: `${project}_pgdata`, external: `${p}-ext`, shared: `${p}-shared` };
const container = `${p}-db`;

const COMPOSE = `name: ${project}
services:
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data
      - /scratch
      - backups:/backups
volumes:
  pgdata: {}
  backups:
    external: true
    name: ${names.external}
`;
const SCRIPT = `#!/bin/sh\ndocker run --rm -v ${names.shared}:/data ${TEST_IMAGE}\n`;

const hoverText = (hover: Hover | null): string => (hover?.contents as MarkupContent | undefined)?.value ?? '';

async function docker(...args: string[]): Promise<string> {
  const result = await handle.engine.docker(args);
  assert.equal(result.code, 0, `docker ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

describe('engine facts over the LSP', () => {
  let client: LspClient;
  let folder: string;
  let composeUri: string;
  let scriptUri: string;

  before(async () => {
    await docker('volume', 'create', names.pgdata);
    await docker('volume', 'create', names.shared);
    const mountpoint = (await docker('volume', 'inspect', '--format', '{{.Mountpoint}}', names.pgdata)).trim();
    // 2.5 MB of data, written straight into the volume (the tests run as root beside the engine).
    writeFileSync(path.join(mountpoint, 'base.bin'), Buffer.alloc(2_500_000, 1));
    await docker('create', '--name', container, '--label', `com.docker.compose.project=${project}`, '--label', 'com.docker.compose.service=db', '-v', `${names.pgdata}:/var/lib/postgresql/data`, '-v', `${names.shared}:/shared:ro`, TEST_IMAGE);
    folder = mkdtempSync(path.join(tmpdir(), 'stowage-authoring-'));
    mkdirSync(path.join(folder, 'scripts'));
    writeFileSync(path.join(folder, 'compose.yaml'), COMPOSE);
    writeFileSync(path.join(folder, 'scripts', 'run.sh'), SCRIPT);
    writeFileSync(path.join(folder, 'README.md'), `Start with:\n\n\`\`\`sh\ndocker volume create ${names.external}\n\`\`\`\n`);
    client = await LspClient.start({
      settings: { docker: { host: handle.engine.host } },
      rootPath: folder,
      initializationOptions: { workspaceTrusted: true },
    });
    composeUri = client.openFile(path.join(folder, 'compose.yaml'), 'dockercompose').uri;
    scriptUri = client.openFile(path.join(folder, 'scripts', 'run.sh'), 'shellscript').uri;
    // The snapshot arrives in the background; wait until a hover shows it.
    await waitFor('engine facts in a hover', async () => hoverText(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: composeUri }, position: { line: 5, character: 10 } })).includes('exists'), 20_000);
  });

  after(async () => {
    await client?.stop();
    await handle.engine.docker(['rm', '-f', container]);
    await handle.engine.docker(['volume', 'rm', ...Object.values(names)]);
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  it('hovers a Compose source with the project-prefixed volume: size, driver, users', async () => {
    await waitFor('the size', async () => /size 2\.5 MB/.test(hoverText(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: composeUri }, position: { line: 5, character: 10 } }))), 20_000);
    const text = hoverText(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: composeUri }, position: { line: 5, character: 10 } }));
    assert.match(text, new RegExp(`\\*\\*On the engine\\*\\* \\(\`${handle.engine.host.replace(/[/.]/g, '\\$&')}\`\\)`));
    assert.match(text, new RegExp(`Volume \`${names.pgdata}\` exists: size 2\\.5 MB · driver \`local\` · created \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\\.`));
    assert.match(text, new RegExp(`- \`${container}\` \\(created\\) → \`/var/lib/postgresql/data\``));
  });

  it('hovers -v NAME: in a script with the engine volume and its read-only user', async () => {
    const text = hoverText(await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: scriptUri }, position: { line: 1, character: 22 } }));
    assert.match(text, new RegExp(`Volume \`${names.shared}\` exists`));
    assert.match(text, new RegExp(`- \`${container}\` \\(created\\) → \`/shared\` ro`));
  });

  it('completes -v NAME with the engine volumes', async () => {
    const uri = pathToFileURL(path.join(folder, 'typing.sh')).href;
    client.open(uri, 'shellscript', `docker run -v ${p.slice(0, 20)}`);
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 14 + 20 } });
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes(names.shared), labels.join(', '));
    assert.equal(items.find((i) => i.label === names.shared)?.detail, 'volume on the Docker engine');
    client.close(uri);
  });

  it('reports SW210 for the missing external volume, and drops it once the volume is created', async () => {
    const missing = await client.diagnosticsFor(composeUri, (d) => d.some((x) => x.code === 'SW210'), 20_000);
    const sw210 = missing.filter((d) => d.code === 'SW210');
    assert.deepEqual(sw210.map((d) => [d.range.start.line, d.range.start.character, d.severity]), [[12, 10, 2]]);
    assert.match(String(sw210[0]?.message ?? ''), new RegExp(`External volume "${names.external}" does not exist on the Docker engine`));
    await docker('volume', 'create', names.external);
    const after = await client.diagnosticsFor(composeUri, (d: Diagnostic[]) => !d.some((x) => x.code === 'SW210'), 20_000);
    assert.ok(!after.some((d) => d.code === 'SW210'));
  });

  it('reports SW210 for a script volume marked stowage-external until it exists', async () => {
    const expected = `${p}-restored`;
    const uri = pathToFileURL(path.join(folder, 'restore.sh')).href;
    client.open(uri, 'shellscript', `#!/bin/sh\n# stowage-external ${expected}\ndocker run --rm -v ${expected}:/data ${TEST_IMAGE} true\n`);
    try {
      const found = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'SW210'), 20_000);
      assert.deepEqual(found.filter((d) => d.code === 'SW210').map((d) => [d.range.start.line, d.range.start.character]), [[2, 19]]);
      await docker('volume', 'create', expected);
      await client.diagnosticsFor(uri, (d) => !d.some((x) => x.code === 'SW210'), 20_000);
    } finally {
      client.close(uri);
      await handle.engine.docker(['volume', 'rm', expected]);
    }
  });

  it('puts a CodeLens above the service volumes with counts and the size on the engine', async () => {
    await waitFor('a lens with a size', async () => {
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: composeUri } });
      return lenses[0]?.command?.title.includes('MB') === true;
    }, 20_000);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: composeUri } });
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.range.start.character, l.command?.title]), [[4, 4, '3 mounts · 1 anonymous · 2.5 MB']]);
  });

  it('lists every workspace file that mentions a volume', async () => {
    const locations = await client.request<Location[]>('stowage/volumeReferences', { name: names.external });
    const found = locations.map((l) => [path.relative(folder, new URL(l.uri).pathname), l.range.start.line, l.range.start.character]).sort();
    assert.deepEqual(found, [['README.md', 3, 21], ['compose.yaml', 10, 2], ['compose.yaml', 12, 10], ['compose.yaml', 7, 8]].sort());
    const referenced = await client.request<string[]>('stowage/referencedVolumes', null);
    assert.ok(referenced.includes(names.pgdata) && referenced.includes(names.shared) && referenced.includes(names.external), referenced.join(', '));
    const at = await client.request<{ engineName: string; existsOnEngine: boolean } | null>('stowage/volumeAt', { textDocument: { uri: composeUri }, position: { line: 5, character: 10 } });
    assert.deepEqual(at, { written: 'pgdata', engineName: names.pgdata, existsOnEngine: true });
  });
});
