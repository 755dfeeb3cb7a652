// Engine-aware authoring inside a real VS Code, against the test run's Docker engine: the CodeLens on the
// examples' compose.yaml, "Find References in Workspace" from the explorer, and "Reveal in Stowage
// Explorer" from an editor.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { activate, diagnosticCode, open, probe, stowageDiagnostics, waitFor, workspaceRoot } from './helpers';

const host = process.env['STOWAGE_TEST_DOCKER_HOST'];
/** The examples' Compose project is `ledgerly`, so its `pgdata` is `ledgerly_pgdata` on the engine. */
const composeVolume = 'ledgerly_pgdata';
/** The name deploy.sh and README.md use with `docker run -v`. */
const scriptVolume = 'ledgerly-pgdata';

function docker(...args: string[]): string {
  const result = spawnSync('docker', args, { encoding: 'utf8', env: { ...process.env, DOCKER_HOST: host } });
  if (result.status !== 0) throw new Error(`docker ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** Lines (0-based) of a workspace file whose text mentions `word` as a whole name. */
function linesMentioning(file: string, word: string): number[] {
  const text = readFileSync(path.join(workspaceRoot().fsPath, file), 'utf8');
  const pattern = new RegExp(`(^|[^\\w-])${word}([^\\w-]|$)`);
  return text.split('\n').flatMap((line, index) => (pattern.test(line) ? [index] : []));
}

suite('Engine-aware authoring in VS Code', () => {
  suiteSetup(async () => {
    if (host === undefined) throw new Error('STOWAGE_TEST_DOCKER_HOST is not set: these tests need the test engine');
    docker('volume', 'create', composeVolume);
    docker('volume', 'create', scriptVolume);
    // 2.5 MB in the Compose project's volume, written through its mountpoint (the engine runs beside the tests).
    writeFileSync(path.join(docker('volume', 'inspect', '--format', '{{.Mountpoint}}', composeVolume), 'base.bin'), Buffer.alloc(2_500_000, 1));
    await activate();
  });

  suiteTeardown(() => {
    if (host === undefined) return;
    spawnSync('docker', ['volume', 'rm', composeVolume, scriptVolume], { env: { ...process.env, DOCKER_HOST: host } });
  });

  test('the CodeLens above each service volumes: counts mounts and anonymous volumes, with the size on the engine', async () => {
    const editor = await open('compose.yaml');
    const document = editor.document;
    const volumesKeys = [...Array(document.lineCount).keys()].filter((line) => /^ {4}volumes:\s*$/.test(document.lineAt(line).text));
    const lenses = await waitFor(
      'the CodeLens with the engine size',
      async () => await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri),
      (found) => found.some((lens) => lens.command?.title.endsWith('2.5 MB') === true),
      30_000,
    );
    assert.deepEqual(lenses.map((lens) => lens.range.start.line), volumesKeys, 'one lens on every service volumes: key');
    // The service a lens belongs to: the nearest `  name:` line above its `volumes:` key.
    const serviceOf = (line: number): string => {
      for (let l = line; l >= 0; l--) {
        const match = /^ {2}([\w-]+):\s*$/.exec(document.lineAt(l).text);
        if (match !== null) return match[1] ?? '';
      }
      return '';
    };
    const titles = new Map(lenses.map((lens) => [serviceOf(lens.range.start.line), lens.command?.title]));
    assert.match(titles.get('db') ?? '', /^\d+ mounts · 0 anonymous · 2\.5 MB$/);
    assert.equal(titles.get('web'), '4 mounts · 1 anonymous');
  });

  test('SW210 marks the external volume the engine lacks, and goes away once it is created', async () => {
    const editor = await open('compose.yaml');
    const document = editor.document;
    // The top-level `backups:` key (the last one in the file; services mount it higher up).
    const line = [...Array(document.lineCount).keys()].filter((l) => /^ {2}backups:\s*$/.test(document.lineAt(l).text)).at(-1);
    assert.notEqual(line, undefined);
    const sw210 = (): string[] => stowageDiagnostics(document.uri).filter((d) => diagnosticCode(d) === 'SW210').map((d) => `${d.range.start.line}:${d.range.start.character}`);
    assert.deepEqual(await waitFor('SW210', sw210, (found) => found.length > 0, 30_000), [`${line}:2`]);
    try {
      docker('volume', 'create', 'backups');
      await waitFor('SW210 to go', sw210, (found) => found.length === 0, 30_000);
    } finally {
      spawnSync('docker', ['volume', 'rm', 'backups'], { env: { ...process.env, DOCKER_HOST: host } });
    }
  });

  test('Find References in Workspace on an engine volume lists every file that mounts it and opens the references', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.stowage');
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('stowage.explorer.findReferences', scriptVolume);
    const got = locations.map((l) => `${path.relative(workspaceRoot().fsPath, l.uri.fsPath)}:${l.range.start.line}`).sort();
    const want = ['deploy.sh', 'README.md'].flatMap((file) => linesMentioning(file, scriptVolume).map((line) => `${file}:${line}`)).sort();
    assert.ok(want.length >= 6, want.join(', '));
    assert.deepEqual(got, want);
    for (const location of locations) {
      const document = await vscode.workspace.openTextDocument(location.uri);
      assert.equal(document.getText(location.range), scriptVolume);
    }
    const peek = await waitFor('the references peek', () => probe('.peekview-widget .peekview-title'), (texts) => texts.length > 0, 10_000);
    assert.ok(peek.length > 0);
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  test('Reveal in Stowage Explorer selects the volume under the cursor in the tree', async () => {
    const editor = await open('deploy.sh');
    const line = linesMentioning('deploy.sh', scriptVolume).find((l) => editor.document.lineAt(l).text.includes('-v '));
    assert.notEqual(line, undefined);
    const position = new vscode.Position(line!, editor.document.lineAt(line!).text.indexOf(scriptVolume) + 3);
    editor.selection = new vscode.Selection(position, position);
    const revealed = await vscode.commands.executeCommand<string | undefined>('stowage.explorer.revealVolume');
    assert.equal(revealed, scriptVolume);
    const selected = await waitFor('the selected row', () => probe('#workbench\\.parts\\.sidebar .monaco-list-row.selected'), (texts) => texts.some((t) => t.includes(scriptVolume)), 10_000);
    assert.ok(selected.some((t) => t.includes(scriptVolume)), selected.join(' | '));
  });
});
