import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { analyze, isComposeFileName } from '../../src/core';
import { applyAction, LspClient, ROOT } from './lspHarness';

const EXAMPLES = path.join(ROOT, 'examples');

const DOCUMENTS: ReadonlyArray<[string, string]> = [
  ['deploy.sh', 'shellscript'],
  ['compose.yaml', 'dockercompose'],
  ['compose.override.yaml', 'dockercompose'],
  ['Dockerfile', 'dockerfile'],
  ['README.md', 'markdown'],
  ['.github/workflows/ci.yml', 'yaml'],
  ['docker/legacy.Dockerfile', 'dockerfile'],
];

/** What the core finds when it is given what the server gives it: sibling Compose files, folder checks, build Dockerfiles. */
function coreFindings(file: string): Array<[string, number, number]> {
  const dir = path.dirname(file);
  const related = isComposeFileName(file)
    ? readdirSync(dir).filter((n) => isComposeFileName(n) && n !== path.basename(file)).sort().map((n) => ({ path: n, text: readFileSync(path.join(dir, n), 'utf8') }))
    : undefined;
  const result = analyze(readFileSync(file, 'utf8'), {
    path: file,
    ...(related !== undefined ? { relatedComposeFiles: related, folderExists: (p: string) => { try { return readdirSync(path.resolve(dir, p)) !== undefined; } catch { return false; } } } : {}),
    // A Compose service's build Dockerfile (SW209, SW211), read from the disk as the server reads it.
    imageVolumes: related !== undefined ? { readFile: (p: string) => { try { return readFileSync(path.resolve(dir, p), 'utf8'); } catch { return undefined; } } } : {},
  });
  return (result?.findings ?? []).map((f) => [f.code, f.range.start.line, f.range.start.character]);
}

describe('the examples workspace through the server', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: {}, rootPath: EXAMPLES });
  });
  after(async () => {
    await client.stop();
  });

  for (const [name, languageId] of DOCUMENTS) {
    it(`publishes what the core finds in ${name}`, async () => {
      const file = path.join(EXAMPLES, name);
      const { uri } = client.openFile(file, languageId);
      const diagnostics = await client.diagnosticsFor(uri);
      const expected = coreFindings(file);
      assert.ok(expected.length > 0, `${name} shows no finding`);
      assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), expected);
      for (const d of diagnostics) {
        assert.equal(d.source, 'stowage');
        assert.equal(d.codeDescription?.href.endsWith(`/docs/rules/${String(d.code)}.md`), true);
      }
    });
  }

  it('rejoins the --mount spec split by a space in deploy.sh', async () => {
    const { uri, text } = client.openFile(path.join(EXAMPLES, 'deploy.sh'), 'shellscript');
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'SW303'));
    const split = diagnostics.find((d) => d.code === 'SW303');
    assert.ok(split);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: split.range, context: { diagnostics: [split] } });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred === true);
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.match(applyAction(text, uri, fix), /--mount type=volume,source=ledgerly-uploads,target=\/srv\/uploads \\\n/);
  });

  it('hovers on a --mount key in deploy.sh', async () => {
    const { uri, text } = client.openFile(path.join(EXAMPLES, 'deploy.sh'), 'shellscript');
    await client.diagnosticsFor(uri);
    const offset = text.indexOf(',readonly') + 2;
    const lines = text.slice(0, offset).split('\n');
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: lines.length - 1, character: lines.at(-1)?.length ?? 0 } });
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(value, /^Bind mount of host path `\/etc\/ledgerly\/db-password` at `\/run\/secrets\/db-password`, read-only\./);
    assert.match(value, /\*\*readonly, ro\*\*/);
  });
});
