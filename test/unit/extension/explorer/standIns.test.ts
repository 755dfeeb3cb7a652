// The stand-ins against a small fake of the vscode API: what activation does, and what first use loads.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Module from 'node:module';
import { Emitter } from '../../../../src/extension/explorer/deferred';
import type { ExplorerModule, StandInOptions } from '../../../../src/extension/explorer/standIns';

interface FakeView {
  readonly id: string;
  readonly options: Record<string, unknown>;
  readonly provider: { getChildren(element?: unknown): Promise<unknown[]>; getTreeItem(element: unknown): unknown };
  visible: boolean;
  readonly visibility: Emitter<{ visible: boolean }>;
}

const views = new Map<string, FakeView>();
const commands = new Map<string, (...args: unknown[]) => unknown>();
const executed: unknown[][] = [];
const errors: string[] = [];
const fakeVscode = {
  window: {
    createTreeView(id: string, options: { treeDataProvider: FakeView['provider'] } & Record<string, unknown>) {
      const visibility = new Emitter<{ visible: boolean }>();
      const view: FakeView = { id, options, provider: options.treeDataProvider, visible: false, visibility };
      views.set(id, view);
      return { get visible() { return view.visible; }, onDidChangeVisibility: visibility.event, dispose: () => views.delete(id) };
    },
    showErrorMessage: async (message: string) => void errors.push(message),
  },
  commands: {
    registerCommand(id: string, handler: (...args: unknown[]) => unknown) {
      assert.ok(!commands.has(id), `${id} registered twice`);
      commands.set(id, handler);
      return { dispose: () => commands.delete(id) };
    },
    executeCommand: async (...args: unknown[]) => void executed.push(args),
  },
  Disposable: { from: (...items: Array<{ dispose(): unknown }>) => ({ dispose: () => items.forEach((item) => item.dispose()) }) },
};

let registerExplorerStandIns: (options: StandInOptions) => { dispose(): unknown };

before(async () => {
  // standIns.ts imports `vscode`, which only exists inside VS Code: the fake answers instead.
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? fakeVscode : original.call(this, request, ...rest);
  };
  ({ registerExplorerStandIns } = await import('../../../../src/extension/explorer/standIns.js'));
});

function setUp(load: () => Promise<ExplorerModule>) {
  views.clear();
  commands.clear();
  executed.length = 0;
  errors.length = 0;
  const subscriptions: Array<{ dispose(): unknown }> = [];
  const logged: string[] = [];
  const log = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (e: string | Error) => logged.push(String(e)) };
  const context = { subscriptions } as unknown as StandInOptions['context'];
  const standIns = registerExplorerStandIns({ context, log, locale: () => 'ko', load });
  return { standIns, subscriptions, logged };
}

/** An explorer module that counts its loads and remembers the host it was given. */
function fakeExplorer() {
  const state = { loads: 0, hosts: [] as unknown[], ran: [] as unknown[][] };
  const module: ExplorerModule = {
    registerExplorer(host) {
      state.loads++;
      state.hosts.push(host);
      return {
        volumes: { getChildren: () => ['volume-a'], getTreeItem: (element: unknown) => ({ label: String(element) }) },
        storage: { getChildren: () => ['fact'], getTreeItem: (element: unknown) => ({ label: String(element) }) },
        commands: new Map([['stowage.explorer.refresh', (...args: unknown[]) => (state.ran.push(args), 'refreshed')]]),
        dispose: () => undefined,
      } as unknown as ReturnType<ExplorerModule['registerExplorer']>;
    },
  };
  return { state, load: async () => module };
}

describe('registerExplorerStandIns', () => {
  it('registers both views and every explorer command on activation, without loading the explorer', () => {
    const explorer = fakeExplorer();
    const { subscriptions } = setUp(explorer.load);
    assert.deepEqual([...views.keys()], ['stowage.volumes', 'stowage.storage']);
    assert.equal(views.get('stowage.volumes')?.options['canSelectMany'], true);
    assert.equal(views.get('stowage.volumes')?.options['showCollapseAll'], true);
    assert.equal(commands.size, 12);
    assert.deepEqual(executed, [['setContext', 'stowage.explorer.state', 'idle']]);
    assert.equal(explorer.state.loads, 0);
    assert.equal(subscriptions.length, 1);
  });

  it('loads once when a view is shown, and hands it the views created at activation', async () => {
    const explorer = fakeExplorer();
    const { subscriptions } = setUp(explorer.load);
    const volumes = views.get('stowage.volumes');
    assert.ok(volumes !== undefined);
    volumes.visible = true;
    volumes.visibility.fire({ visible: true });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(explorer.state.loads, 1, 'showing the view loads the explorer');
    assert.deepEqual(await volumes.provider.getChildren(), ['volume-a']);
    assert.deepEqual(await views.get('stowage.storage')?.provider.getChildren(), ['fact']);
    assert.equal(explorer.state.loads, 1);
    const host = explorer.state.hosts[0] as { volumesView: { visible: boolean }; locale: () => string };
    assert.equal(host.volumesView.visible, true);
    assert.equal(host.locale(), 'ko');
    assert.equal(subscriptions.length, 2, 'the loaded explorer is disposed with the extension');
  });

  it('runs a command through the loaded explorer with its arguments and result', async () => {
    const explorer = fakeExplorer();
    setUp(explorer.load);
    const refresh = commands.get('stowage.explorer.refresh');
    assert.ok(refresh !== undefined);
    assert.equal(await refresh('x', 2), 'refreshed');
    assert.deepEqual(explorer.state.ran, [['x', 2]]);
    assert.equal(explorer.state.loads, 1);
  });

  it('says in the chosen language when the explorer fails to load, and loads on the next try', async () => {
    const explorer = fakeExplorer();
    let broken = true;
    const { logged } = setUp(async () => {
      if (broken) throw new Error('Cannot find module ./explorer.js');
      return explorer.load();
    });
    const refresh = commands.get('stowage.explorer.refresh');
    assert.ok(refresh !== undefined);
    assert.equal(await refresh(), undefined);
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /볼륨 탐색기를 불러오지 못했습니다/);
    assert.ok(logged.some((line) => line.includes('the volume explorer failed to load')), logged.join('\n'));
    assert.deepEqual(await views.get('stowage.volumes')?.provider.getChildren(), []);
    broken = false;
    assert.equal(await refresh(), 'refreshed');
    assert.equal(explorer.state.loads, 1);
  });

  it('fails a command the loaded explorer lacks with the same message', async () => {
    setUp(fakeExplorer().load);
    await commands.get('stowage.explorer.prune')?.();
    assert.equal(errors.length, 1);
  });
});
