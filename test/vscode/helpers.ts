// Shared steps for the suites that run inside a real VS Code.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'stowage.stowage';

export interface StowageApi {
  whenReady(): Promise<void>;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder === undefined) throw new Error('the tests need the examples workspace open');
  return folder.uri;
}

export async function activate(): Promise<StowageApi> {
  const extension = vscode.extensions.getExtension<StowageApi>(EXTENSION_ID);
  if (extension === undefined) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  const api = await extension.activate();
  await api.whenReady();
  return api;
}

export async function open(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), relativePath));
  return vscode.window.showTextDocument(document);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `probe` returns a value that `done` accepts; fails with the last value seen. */
export async function waitFor<T>(what: string, probe: () => T | PromiseLike<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await sleep(150);
    last = await probe();
  }
  return last;
}

export function stowageDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'stowage');
}

export function diagnosticCode(d: vscode.Diagnostic): string {
  const code = d.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return String(code);
}

export interface CliFinding {
  file: string;
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** What the CLI (same core, other front end) finds in the workspace: the reference for the editor. */
export function cliFindings(locale = 'en'): CliFinding[] {
  const repo = process.env['STOWAGE_REPO_ROOT'];
  if (repo === undefined) throw new Error('STOWAGE_REPO_ROOT is not set');
  const result = spawnSync(process.execPath, [path.join(repo, 'dist', 'cli.js'), 'check', '--format', 'json', '--locale', locale, '.'], {
    cwd: workspaceRoot().fsPath,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`stowage check failed: ${result.stderr}`);
  return (JSON.parse(result.stdout) as { findings: CliFinding[] }).findings;
}

/** Asks the workbench runner to save a picture of the window under docs/images. */
export async function screenshot(name: string): Promise<void> {
  console.log(`stowage-screenshot:${name}`);
  await sleep(1500);
}

/** The text of every workbench element matching `selector`, read by the runner from the real page. */
export async function probe(selector: string): Promise<string[]> {
  const dir = process.env['STOWAGE_PROBE_DIR'];
  if (dir === undefined) throw new Error('STOWAGE_PROBE_DIR is not set: run through scripts/vscode/run-tests.mjs');
  const id = `p${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  const file = path.join(dir, `${id}.json`);
  console.log(`stowage-probe:${id}:${selector}`);
  for (let i = 0; i < 100; i++) {
    await sleep(100);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as string[];
  }
  throw new Error(`the runner did not answer the probe for ${selector}`);
}
