// What installing and activating Stowage costs (DESIGN.md's budgets: activation under 50 ms, nothing
// started until a matching document or the explorer is opened, the VSIX under 2 MB). Each run is a fresh
// Node process that requires dist/extension.js against a stand-in `vscode` module and calls activate();
// the baseline is requiring an empty module in the same process. Reports; never fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median, printTable } from './measure';

const ROOT = process.env['STOWAGE_ROOT'] ?? process.cwd();
const EXTENSION = path.join(ROOT, 'dist', 'extension.js');
const runs = Number(process.env['STOWAGE_BENCH_RUNS'] ?? 15);
const ACTIVATION_BUDGET_MS = 50;
const VSIX_BUDGET_BYTES = 2 * 1024 * 1024;

/** What one child process measured, in milliseconds. */
interface ChildTimes {
  readonly emptyRequire: number;
  readonly extensionRequire: number;
  /** CPU time of the require (user + system): on a busy machine the wall time includes waiting for a core. */
  readonly extensionRequireCpu: number;
  readonly activate: number;
  /** From the start of activate() until the deferred explorer module registered its views. */
  readonly explorerLoaded: number | undefined;
  readonly serverStarted: boolean;
  readonly treeViews: number;
}

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

type Listener = (value: unknown) => void;

/**
 * Just enough of the `vscode` module for activate() and the explorer's registration: events that never
 * fire, no open documents, and any other member a harmless no-op (a proxy), so that a new API call in the
 * extension does not break the bench.
 */
function standInVscode(onSetContext: (key: string) => void, counters: { treeViews: number }): unknown {
  const disposable = { dispose: (): void => undefined };
  const event = (): typeof disposable => disposable;
  const anything: object = new Proxy(function noop() {}, {
    get: (_target, property) => (property === 'then' ? undefined : property === Symbol.iterator ? [][Symbol.iterator] : anything),
    apply: () => anything,
    construct: () => anything,
  });
  class EventEmitter {
    private readonly listeners: Listener[] = [];
    readonly event = (listener: Listener): typeof disposable => {
      this.listeners.push(listener);
      return disposable;
    };
    fire(value: unknown): void {
      for (const listener of this.listeners) listener(value);
    }
    dispose(): void {
      this.listeners.length = 0;
    }
  }
  class Disposable {
    static from(...items: { dispose(): unknown }[]): Disposable {
      return new Disposable(() => items.forEach((item) => item.dispose()));
    }
    constructor(private readonly callback: () => unknown) {}
    dispose(): void {
      this.callback();
    }
  }
  const outputChannel = { info: noop, warn: noop, error: noop, debug: noop, trace: noop, append: noop, appendLine: noop, show: noop, hide: noop, clear: noop, dispose: noop, onDidChangeLogLevel: event, logLevel: 2, name: 'Stowage' };
  const statusItem = { show: noop, hide: noop, dispose: noop };
  const api = {
    EventEmitter,
    Disposable,
    StatusBarAlignment: { Left: 1, Right: 2 },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    ThemeIcon: class {},
    ThemeColor: class {},
    TreeItem: class {},
    Uri: { file: (p: string) => ({ scheme: 'file', fsPath: p, path: p }), from: (parts: object) => parts, parse: (text: string) => ({ toString: () => text }) },
    l10n: { t: (message: string) => message },
    env: { language: 'en', clipboard: { writeText: async () => undefined } },
    window: {
      createOutputChannel: () => outputChannel,
      createStatusBarItem: () => statusItem,
      createTreeView: () => {
        counters.treeViews++;
        return { visible: false, message: '', description: '', onDidChangeVisibility: event, onDidChangeSelection: event, dispose: noop };
      },
      activeTextEditor: undefined,
      onDidChangeActiveTextEditor: event,
      showErrorMessage: async () => undefined,
      showInformationMessage: async () => undefined,
      showWarningMessage: async () => undefined,
    },
    workspace: {
      textDocuments: [],
      isTrusted: true,
      onDidOpenTextDocument: event,
      onDidChangeTextDocument: event,
      onDidCloseTextDocument: event,
      onDidChangeConfiguration: event,
      onDidGrantWorkspaceTrust: event,
      registerTextDocumentContentProvider: () => disposable,
      getConfiguration: () => ({ get: (_key: string, fallback?: unknown) => fallback, has: () => false }),
      createFileSystemWatcher: () => ({ dispose: noop, onDidChange: event, onDidCreate: event, onDidDelete: event }),
    },
    commands: {
      registerCommand: () => disposable,
      executeCommand: async (command: string, key?: string) => {
        if (command === 'setContext' && key !== undefined) onSetContext(key);
        return undefined;
      },
    },
  };
  function noop(): void {}
  return new Proxy(api, { get: (target, property) => (property in target ? target[property as keyof typeof target] : anything) });
}

/** Runs inside the child: one cold load and activation, printed as JSON on stdout. */
async function child(emptyModule: string): Promise<void> {
  const counters = { treeViews: 0 };
  let explorerAt: number | undefined;
  const vscode = standInVscode((key) => {
    if (key === 'stowage.explorer.state' && explorerAt === undefined) explorerAt = now();
  }, counters);
  // `require('vscode')` inside the bundle resolves to the stand-in.
  const internals = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string; _cache: Record<string, unknown> };
  const resolve = internals._resolveFilename;
  internals._resolveFilename = (request, ...rest) => (request === 'vscode' ? 'vscode' : resolve(request, ...rest));
  const vscodeModule = new Module('vscode');
  vscodeModule.exports = vscode;
  vscodeModule.loaded = true;
  internals._cache['vscode'] = vscodeModule;

  const load = (file: string): unknown => require(file); // eslint-disable-line @typescript-eslint/no-require-imports
  let start = now();
  load(emptyModule);
  const emptyRequire = now() - start;
  start = now();
  const cpuBefore = process.cpuUsage();
  const extension = load(EXTENSION) as { activate(context: unknown): { languageClient: unknown }; deactivate(): unknown };
  const extensionRequire = now() - start;
  const cpuUsed = process.cpuUsage(cpuBefore);
  const extensionRequireCpu = (cpuUsed.user + cpuUsed.system) / 1000;
  const context = { subscriptions: [] as { dispose(): unknown }[], asAbsolutePath: (p: string) => path.join(ROOT, p), extensionPath: ROOT, extensionUri: { fsPath: ROOT } };
  const activateStart = now();
  const api = extension.activate(context);
  const activate = now() - activateStart;
  // The explorer is imported after activate() returns; give it time to finish registering.
  for (let waited = 0; explorerAt === undefined && waited < 5000; waited += 5) await new Promise((r) => setTimeout(r, 5));
  const times: ChildTimes = {
    emptyRequire,
    extensionRequire,
    extensionRequireCpu,
    activate,
    explorerLoaded: explorerAt === undefined ? undefined : explorerAt - activateStart,
    serverStarted: api.languageClient !== undefined,
    treeViews: counters.treeViews,
  };
  await extension.deactivate();
  for (const d of context.subscriptions) d.dispose();
  process.stdout.write(JSON.stringify(times));
}

function ensure(file: string, script: string): void {
  if (existsSync(file)) return;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script)], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`node scripts/${script} failed`);
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  ensure(EXTENSION, 'build.mjs');
  const dir = mkdtempSync(path.join(tmpdir(), 'stowage-bench-'));
  const emptyModule = path.join(dir, 'empty.js');
  writeFileSync(emptyModule, '');
  const samples: ChildTimes[] = [];
  try {
    for (let i = 0; i < runs + 1; i++) {
      const result = spawnSync(process.execPath, [__filename, '--child', emptyModule], { cwd: ROOT, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`activation run failed: ${result.stderr}`);
      // The first run warms the disk cache and is not counted.
      if (i > 0) samples.push(JSON.parse(result.stdout) as ChildTimes);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pick = (f: (s: ChildTimes) => number | undefined): number => median(samples.map(f).filter((v): v is number => v !== undefined));
  const empty = pick((s) => s.emptyRequire);
  const required = pick((s) => s.extensionRequire);
  const requiredCpu = pick((s) => s.extensionRequireCpu);
  const activated = pick((s) => s.activate);
  const total = pick((s) => s.extensionRequire + s.activate);
  const explorer = pick((s) => s.explorerLoaded);
  const x = (value: number): string => `${(value / empty).toFixed(0)}x`;
  printTable(`Activation of dist/extension.js, fresh process each (median of ${samples.length} runs, ms)`, ['measure', 'ms', 'vs empty require', 'budget'], [
    ['require an empty module (baseline)', empty.toFixed(2), '1x', ''],
    ['require dist/extension.js', required.toFixed(2), x(required), ''],
    ['require dist/extension.js, CPU time', requiredCpu.toFixed(2), x(requiredCpu), ''],
    ['activate()', activated.toFixed(2), x(activated), ''],
    ['require + activate()', total.toFixed(2), x(total), `< ${ACTIVATION_BUDGET_MS}`],
    ['after activate(): explorer module registered (not in activation)', Number.isNaN(explorer) ? 'never' : explorer.toFixed(2), Number.isNaN(explorer) ? '' : x(explorer), ''],
    ['language server started by activation alone', samples.some((s) => s.serverStarted) ? 'yes' : 'no', '', 'no'],
  ]);

  const dist = path.join(ROOT, 'dist');
  const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = path.join(dist, `${name}-${version}.vsix`);
  // A VSIX older than the bundles would report the size of what was shipped before: package again.
  const newestBundle = Math.max(...readdirSync(dist).filter((file) => file.endsWith('.js')).map((file) => statSync(path.join(dist, file)).mtimeMs));
  if (existsSync(vsix) && statSync(vsix).mtimeMs < newestBundle) rmSync(vsix);
  ensure(vsix, 'package.mjs');
  const rows = readdirSync(dist)
    .filter((file) => file.endsWith('.js') || file.endsWith('.vsix'))
    .sort()
    .map((file) => {
      const size = statSync(path.join(dist, file)).size;
      return file.endsWith('.vsix') ? [file, kb(size), `${((100 * size) / VSIX_BUDGET_BYTES).toFixed(0)}% of budget`, `< ${kb(VSIX_BUDGET_BYTES)}`] : [file, kb(size), '', ''];
    });
  printTable('Shipped files (dist/)', ['file', 'size', 'share', 'budget'], rows);
}

if (process.argv[2] === '--child') {
  child(process.argv[3] ?? '').catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    console.log(`extension bench did not complete: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  });
}
