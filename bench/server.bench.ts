// The language server as an editor sees it: the built dist/server.js over stdio JSON-RPC, on the large
// generated inputs (DESIGN.md's budgets: hover and completion under 5 ms; diagnostics after an edit
// under 20 ms plus the server's debounce). The baseline is a request the server answers without work
// (an unknown method), timed in the same run, so the table shows ratios. Reports; never fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { DocumentKind } from '../src/core';
import { analyze } from '../src/core';
import { largeCompose, largeDockerfile, largeScript } from './generate';
import { median, printTable, time, timeAsync } from './measure';

const ROOT = process.env['STOWAGE_ROOT'] ?? process.cwd();
const SERVER = path.join(ROOT, 'dist', 'server.js');
const POSITIONS = Number(process.env['STOWAGE_BENCH_POSITIONS'] ?? 200);
const EDITS = Number(process.env['STOWAGE_BENCH_EDITS'] ?? 15);
const HOVER_BUDGET_MS = 5;
const DIAGNOSTICS_BUDGET_MS = 20;

interface Position {
  readonly line: number;
  readonly character: number;
}

interface BenchDocument {
  readonly name: string;
  readonly file: string;
  readonly languageId: string;
  readonly kind: DocumentKind;
  readonly text: string;
}

const documents: readonly BenchDocument[] = [
  { name: 'Dockerfile, 2,000 instructions', file: 'Dockerfile', languageId: 'dockerfile', kind: 'dockerfile', text: largeDockerfile(2000) },
  { name: 'compose.yaml, 5,000 lines', file: 'compose.yaml', languageId: 'dockercompose', kind: 'compose', text: largeCompose(5000) },
  { name: 'deploy.sh, 2,000 lines', file: 'deploy.sh', languageId: 'shellscript', kind: 'shell', text: largeScript(2000) },
];

/** The debounce the server applies when the client does not choose one (VS Code's client does not). */
function defaultDebounceMs(): number {
  const source = readFileSync(path.join(ROOT, 'src/server/startServer.ts'), 'utf8');
  const value = /DEFAULT_DEBOUNCE_MS = (\d+)/.exec(source)?.[1];
  if (value === undefined) throw new Error('DEFAULT_DEBOUNCE_MS not found in src/server/startServer.ts');
  return Number(value);
}

/** Lines with storage syntax spread evenly over the document, each at the first match on it. */
function positionsIn(text: string, count: number, pattern: RegExp, after: boolean): Position[] {
  const candidates = text.split('\n').flatMap((content, line) => {
    const match = pattern.exec(content);
    return match === null ? [] : [{ line, character: after ? match.index + match[0].length : match.index + 1 }];
  });
  return Array.from({ length: count }, (_, i) => candidates[Math.floor(((i + 0.5) * candidates.length) / count)]).filter((p): p is Position => p !== undefined);
}

// Hovers land inside a flag, key or value; completions right after `=`, `,` or `: ` where a list opens.
const HOVER_AT = /--mount|-v |--tmpfs|--volumes-from|VOLUME|type|source|target|size|\/data|:ro|docker volume/;
const COMPLETE_AT = /type=|,(?=\w)|target: |type: |source: /;

class Server {
  private readonly published = new Map<string, Array<(version: number) => void>>();

  private constructor(private readonly child: ReturnType<typeof spawn>, readonly connection: MessageConnection) {
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number }) => {
      for (const wake of this.published.get(params.uri) ?? []) wake(params.version ?? -1);
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
  }

  static async start(initializationOptions: Record<string, unknown>): Promise<Server> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    if (child.stdout === null || child.stdin === null) throw new Error('no stdio');
    const server = new Server(child, createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin)));
    // The capabilities VS Code's client announces that change the server's behaviour.
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, hover: { contentFormat: ['markdown'] } },
      },
      initializationOptions,
    });
    await server.connection.sendNotification('initialized', {});
    return server;
  }

  /** Resolves with the time until diagnostics for `version` of `uri` arrive after `send` ran. */
  diagnosticsAfter(uri: string, version: number, send: () => Promise<void>): Promise<number> {
    return new Promise((resolve, reject) => {
      const start = process.hrtime.bigint();
      const timeout = setTimeout(() => reject(new Error(`no diagnostics for ${uri} version ${version}`)), 60_000);
      const waiters = this.published.get(uri) ?? [];
      const wake = (published: number): void => {
        if (published !== version) return;
        clearTimeout(timeout);
        waiters.splice(waiters.indexOf(wake), 1);
        resolve(Number(process.hrtime.bigint() - start) / 1e6);
      };
      waiters.push(wake);
      this.published.set(uri, waiters);
      send().catch(reject);
    });
  }

  async noop(): Promise<void> {
    // An unknown method: the server's JSON-RPC layer answers MethodNotFound without touching a document.
    await this.connection.sendRequest('stowage/benchNoop', {}).catch(() => undefined);
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    this.connection.dispose();
    this.child.kill();
  }
}

interface Opened {
  readonly document: BenchDocument;
  readonly uri: string;
  version: number;
  padded: boolean;
  readonly editLine: number;
  readonly editCharacter: number;
}

async function open(server: Server, dir: string, document: BenchDocument): Promise<Opened> {
  const uri = pathToFileURL(path.join(dir, document.file)).href;
  const lines = document.text.split('\n');
  // Edit in the middle, at the end of a line that does not continue onto the next (`\` would change meaning).
  let editLine = Math.floor(lines.length / 2);
  while ((lines[editLine] ?? '').endsWith('\\')) editLine++;
  const opened: Opened = { document, uri, version: 1, padded: false, editLine, editCharacter: (lines[editLine] ?? '').length };
  await server.diagnosticsAfter(uri, 1, () => server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: document.languageId, version: 1, text: document.text } }));
  return opened;
}

/** One keystroke as VS Code sends it (incremental): a space appended, then removed again. */
function edit(server: Server, opened: Opened, then?: () => Promise<unknown>): Promise<number> {
  opened.version++;
  const start = { line: opened.editLine, character: opened.editCharacter };
  const change = opened.padded
    ? { range: { start, end: { line: start.line, character: start.character + 1 } }, text: '' }
    : { range: { start, end: start }, text: ' ' };
  opened.padded = !opened.padded;
  const version = opened.version;
  return server.diagnosticsAfter(opened.uri, version, async () => {
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: opened.uri, version }, contentChanges: [change] });
    await then?.();
  });
}

/** A request sent right after a keystroke, as VS Code asks for completions while the user types. */
async function afterKeystroke(server: Server, opened: Opened, method: string, position: Position): Promise<number> {
  let elapsed = 0;
  await edit(server, opened, async () => (elapsed = await timeAsync(() => server.connection.sendRequest(method, { textDocument: { uri: opened.uri }, position }))));
  return elapsed;
}

async function requestTimes(server: Server, method: string, uri: string, positions: readonly Position[]): Promise<{ times: number[]; answered: number }> {
  const times: number[] = [];
  let answered = 0;
  for (const position of positions) {
    let result: unknown;
    times.push(await timeAsync(async () => (result = await server.connection.sendRequest(method, { textDocument: { uri }, position }))));
    if (result !== null && !(Array.isArray(result) && result.length === 0)) answered++;
  }
  return { times, answered };
}

async function baseline(server: Server, count: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await timeAsync(() => server.noop()));
  return median(times);
}

const ms = (value: number): string => value.toFixed(2);
const ratio = (value: number, base: number): string => `${(value / base).toFixed(1)}x`;
const p95 = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))] ?? 0;

async function main(): Promise<void> {
  if (!existsSync(SERVER)) {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('node scripts/build.mjs failed');
  }
  const debounceMs = defaultDebounceMs();
  // Files that do not exist on disk: the server must not find sibling Compose files or a .stowage.json.
  const dir = mkdtempSync(path.join(tmpdir(), 'stowage-bench-'));
  // Start-up: what the first opened document waits for before anything else (spawn, load, initialize).
  const startups: number[] = [];
  for (let i = 0; i < 5; i++) {
    let started: Server | undefined;
    startups.push(await timeAsync(async () => (started = await Server.start({}))));
    await started?.stop();
  }
  const nodeStartups: number[] = [];
  for (let i = 0; i < 5; i++) nodeStartups.push(time(() => spawnSync(process.execPath, ['-e', ''])));
  const server = await Server.start({});
  const eager = await Server.start({ debounceMs: 0 });
  try {
    const opened = [];
    for (const document of documents) opened.push(await open(server, dir, document));
    const eagerOpened = [];
    for (const document of documents) eagerOpened.push(await open(eager, dir, document));
    for (let i = 0; i < 50; i++) await server.noop();
    const noop = await baseline(server, 200);

    const requestRows: string[][] = [];
    for (const doc of opened) {
      for (const [label, method, pattern, after] of [['hover', 'textDocument/hover', HOVER_AT, false], ['completion', 'textDocument/completion', COMPLETE_AT, true]] as const) {
        const positions = positionsIn(doc.document.text, POSITIONS, pattern, after);
        await requestTimes(server, method, doc.uri, positions); // warm-up: the JIT has seen every path
        const { times, answered } = await requestTimes(server, method, doc.uri, positions);
        const value = median(times);
        requestRows.push([`${label}: ${doc.document.name}`, ms(value), ms(p95(times)), ratio(value, noop), `< ${HOVER_BUDGET_MS}`, `${answered}/${positions.length}`]);
      }
      // While typing, the analysis of the new version has not run yet (it waits for the debounce).
      for (const [label, method, pattern, after] of [['hover', 'textDocument/hover', HOVER_AT, false], ['completion', 'textDocument/completion', COMPLETE_AT, true]] as const) {
        const typing: number[] = [];
        for (const position of positionsIn(doc.document.text, EDITS, pattern, after)) typing.push(await afterKeystroke(server, doc, method, position));
        const value = median(typing);
        requestRows.push([`${label} right after a keystroke: ${doc.document.name}`, ms(value), ms(p95(typing)), ratio(value, noop), `< ${HOVER_BUDGET_MS}`, `${typing.length} edits`]);
      }
    }
    printTable('Server start-up (median of 5, ms)', ['measure', 'ms', 'vs bare node'], [
      ['bare `node -e ""` start and exit (baseline)', ms(median(nodeStartups)), '1.0x'],
      ['spawn dist/server.js until initialize is answered', ms(median(startups)), ratio(median(startups), median(nodeStartups))],
    ]);
    printTable(`Hover and completion over stdio (median and p95 of ${POSITIONS} positions, ms; no-op round-trip ${ms(noop)} ms)`, ['request', 'median', 'p95', 'vs no-op', 'budget', 'answered'], requestRows);

    const diagnosticRows: string[][] = [];
    for (const [index, doc] of opened.entries()) {
      const eagerDoc = eagerOpened[index];
      if (eagerDoc === undefined) continue;
      await edit(server, doc);
      await edit(eager, eagerDoc);
      const raw: number[] = [];
      const immediate: number[] = [];
      for (let i = 0; i < EDITS; i++) {
        raw.push(await edit(server, doc));
        immediate.push(await edit(eager, eagerDoc));
      }
      // The analysis alone, in this process, with the same core and inputs (the server adds settings and
      // files). CPU time as well as wall time: on a busy machine the wall time includes waiting for a core.
      const options = { path: path.join(dir, doc.document.file), kind: doc.document.kind };
      const findings = analyze(doc.document.text, options)?.findings.length ?? 0;
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < 7; i++) {
        const before = process.cpuUsage();
        wall.push(time(() => analyze(doc.document.text, options)));
        const used = process.cpuUsage(before);
        cpu.push((used.user + used.system) / 1000);
      }
      const rawMedian = median(raw);
      const immediateMedian = median(immediate);
      diagnosticRows.push([doc.document.name, ms(rawMedian), ms(rawMedian - debounceMs), ms(immediateMedian), ms(median(wall)), ms(median(cpu)), ratio(immediateMedian, noop), `< ${DIAGNOSTICS_BUDGET_MS}`, String(findings)]);
    }
    printTable(
      `didChange to publishDiagnostics (median of ${EDITS} one-character edits, ms; server debounce ${debounceMs} ms; no-op round-trip ${ms(noop)} ms)`,
      ['input', 'raw', 'raw - debounce', 'debounce 0', 'analyze() wall', 'analyze() CPU', 'debounce 0 vs no-op', 'budget', 'findings'],
      diagnosticRows,
    );
  } finally {
    await server.stop();
    await eager.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.log(`server bench did not complete: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
});
