// The executable end to end: a fresh esbuild bundle of main.ts (as the build makes dist/cli.js), and
// dist/cli.js itself when a build has made it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { build } from 'esbuild';
import { FIXTURES, ROOT } from './support';

const PROJECT = path.join(FIXTURES, 'project');
const temp = mkdtempSync(path.join(tmpdir(), 'stowage-bin-'));
after(() => rmSync(temp, { recursive: true, force: true }));

async function bundle(): Promise<string> {
  const outfile = path.join(temp, 'cli.js');
  await build({
    entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // As scripts/build.mjs: dockerode's optional native add-ons stay out, their JS fallbacks are used.
    external: ['cpu-features', '*.node'],
    logLevel: 'silent',
  });
  return outfile;
}

function exercise(cli: string): void {
  const json = spawnSync(process.execPath, [cli, 'check', '--format', 'json', 'scripts'], { cwd: PROJECT, encoding: 'utf8' });
  assert.equal(json.status, 0, json.stderr);
  const findings = (JSON.parse(json.stdout) as { findings: { file: string; code: string }[] }).findings;
  assert.deepEqual(findings.map((f) => `${f.file} ${f.code}`), ['scripts/backup.sh SW301']);
  const usage = spawnSync(process.execPath, [cli, 'check', '--bogus'], { cwd: PROJECT, encoding: 'utf8' });
  assert.equal(usage.status, 2);
  assert.equal(usage.stdout, '');
  assert.match(usage.stderr, /^stowage: unknown option '--bogus'/);
  const failing = spawnSync(process.execPath, [cli, 'check', '--rule', 'SW301=error', 'scripts'], { cwd: PROJECT, encoding: 'utf8' });
  assert.equal(failing.status, 1);
}

/** Sends LSP messages over stdio and collects the responses until `exit`. */
async function lspSession(cli: string): Promise<{ responses: { id?: number; result?: unknown }[]; code: number | null }> {
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const send = (message: object): void => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  let buffer = '';
  const responses: { id?: number; result?: unknown }[] = [];
  const gotShutdown = new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        const header = /^Content-Length: (\d+)\r\n\r\n/.exec(buffer);
        if (header === null || buffer.length < header[0].length + Number(header[1])) break;
        const body = buffer.slice(header[0].length, header[0].length + Number(header[1]));
        buffer = buffer.slice(header[0].length + Number(header[1]));
        const message = JSON.parse(body) as { id?: number; result?: unknown };
        if (message.id !== undefined) responses.push(message);
        if (message.id === 2) resolve();
      }
    });
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  send({ method: 'initialized', params: {} });
  send({ id: 2, method: 'shutdown' });
  const timeout = setTimeout(() => child.kill(), 10_000);
  await gotShutdown;
  send({ method: 'exit' });
  const code = await exited;
  clearTimeout(timeout);
  return { responses, code };
}

describe('the stowage executable', () => {
  it('runs from a bundle of src/cli/main.ts with the exit codes of the in-process run', async () => {
    exercise(await bundle());
  });

  it('starts the language server with `lsp --stdio` and stops on exit', async () => {
    const { responses, code } = await lspSession(await bundle());
    const initialize = responses.find((r) => r.id === 1)?.result as { capabilities?: Record<string, unknown> } | undefined;
    assert.ok(initialize?.capabilities?.['hoverProvider'] !== undefined, 'initialize answers with capabilities');
    assert.equal(code, 0);
  });

  const dist = path.join(ROOT, 'dist', 'cli.js');
  it(`runs as dist/cli.js${existsSync(dist) ? '' : ' (not built yet: the fresh bundle stands in)'}`, async () => {
    exercise(existsSync(dist) ? dist : await bundle());
  });
});
