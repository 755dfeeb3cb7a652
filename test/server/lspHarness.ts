// Starts the real language server bundle as a child process over stdio and speaks LSP JSON-RPC to it,
// the way an editor does. The bundle is built from src/server/server.ts with the same esbuild settings
// as the shipped dist/server.js.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';

export const ROOT = process.env['STOWAGE_ROOT'] ?? process.cwd();

let bundle: string | undefined;

/** Bundles the server once per test process. */
export function serverBundle(): string {
  if (bundle !== undefined) return bundle;
  const dir = mkdtempSync(path.join(tmpdir(), 'stowage-server-'));
  const outfile = path.join(dir, 'server.js');
  buildSync({
    entryPoints: [path.join(ROOT, 'src/server/server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    define: { STOWAGE_VERSION: JSON.stringify('0.0.0-test') },
    // Optional native add-ons of dockerode's ssh transport, as in scripts/build.mjs.
    external: ['cpu-features', '*.node'],
  });
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  bundle = outfile;
  return outfile;
}

export interface StartOptions {
  readonly locale?: string;
  /** `stowage` settings answered to workspace/configuration; `undefined` = the client has no configuration support. */
  readonly settings?: Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);
  readonly rootPath?: string;
  /** More `initializationOptions` (e.g. `workspaceTrusted`). */
  readonly initializationOptions?: Record<string, unknown>;
  /**
   * Environment of the server process. By default DOCKER_HOST names a socket that does not exist, so a
   * Docker engine on the test machine never leaks into tests that do not ask for one.
   */
  readonly env?: Readonly<Record<string, string>>;
  /** Client capabilities under `workspace` beyond configuration (e.g. `codeLens: { refreshSupport: true }`). */
  readonly workspaceCapabilities?: Record<string, unknown>;
}

export const NO_ENGINE_HOST = 'unix:///nonexistent/stowage-test-no-engine.sock';

export class LspClient {
  readonly logs: string[] = [];
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: Array<() => void> = [];
  private versions = new Map<string, number>();
  settings: StartOptions['settings'];

  private constructor(private readonly child: ChildProcess, readonly connection: MessageConnection, options: StartOptions) {
    this.settings = options.settings;
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const list = this.diagnostics.get(params.uri) ?? [];
      list.push(params);
      this.diagnostics.set(params.uri, list);
      for (const wake of this.waiters.splice(0)) wake();
    });
    connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.logs.push(params.message);
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string; section?: string }> }) =>
      params.items.map((item) => (typeof this.settings === 'function' ? this.settings(item.scopeUri) : this.settings ?? {})),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const env = { ...process.env, DOCKER_HOST: NO_ENGINE_HOST, ...options.env };
    const child = spawn(process.execPath, [serverBundle(), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
    if (child.stdout === null || child.stdin === null) throw new Error('no stdio');
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection, options);
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootPath === undefined ? null : pathToFileURL(options.rootPath).href,
      capabilities: {
        workspace: { configuration: options.settings !== undefined, didChangeConfiguration: { dynamicRegistration: true }, ...options.workspaceCapabilities },
        textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } } },
      },
      initializationOptions: { debounceMs: 20, ...(options.locale !== undefined ? { locale: options.locale } : {}), ...options.initializationOptions },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, languageId: string, text: string): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  openFile(file: string, languageId: string): { uri: string; text: string } {
    const text = readFileSync(file, 'utf8');
    const uri = pathToFileURL(file).href;
    this.open(uri, languageId, text);
    return { uri, text };
  }

  change(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Waits for diagnostics of `uri` (for its latest version) that satisfy `accept`. */
  async diagnosticsFor(uri: string, accept: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 5000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const version = this.versions.get(uri);
      const latest = (this.diagnostics.get(uri) ?? []).filter((p) => p.version === undefined || p.version === version).at(-1);
      if (latest !== undefined && accept(latest.diagnostics)) return latest.diagnostics;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(latest?.diagnostics ?? null)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The versions diagnostics were published for, in order (`undefined` when published without one). */
  publishedVersions(uri: string): Array<number | undefined> {
    return (this.diagnostics.get(uri) ?? []).map((p) => p.version);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; the kill below covers it.
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** Applies LSP text edits to a text, as an editor does (all ranges refer to the original text). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }): number => (starts[p.line] ?? text.length) + p.character;
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => offset(b.e.range.start) - offset(a.e.range.start) || b.i - a.i);
  let result = text;
  for (const { e } of sorted) result = result.slice(0, offset(e.range.start)) + e.newText + result.slice(offset(e.range.end));
  return result;
}

export function applyAction(text: string, uri: string, action: CodeAction): string {
  return applyEdits(text, action.edit?.changes?.[uri] ?? []);
}
