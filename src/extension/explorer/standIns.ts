// What activation registers for the explorer: its two tree views and its commands, as stand-ins. The
// explorer's own bundle (with the engine client) is loaded the first time a view asks for its rows or an
// explorer command runs, so opening a Dockerfile never pays for it.
import * as vscode from 'vscode';
import { localize, toLocale } from '../../core/l10n';
import { Deferred, EXPLORER_COMMANDS, TreeStandIn, forwardCommand, type CommandHandler } from './deferred';
import type { ExplorerHost, LoadedExplorer } from './index';

/** The explorer bundle's entry point, as `import('./explorer/index.js')` yields it. */
export interface ExplorerModule {
  registerExplorer(host: ExplorerHost): LoadedExplorer;
}

export interface StandInOptions extends Pick<ExplorerHost, 'log' | 'server' | 'locale'> {
  readonly context: vscode.ExtensionContext;
  /** The dynamic import of the explorer bundle; it must stay in extension.ts for the build to split it. */
  readonly load: () => Promise<ExplorerModule>;
}

const LOAD_FAILED = {
  en: 'Stowage: the volume explorer failed to load. The log (Stowage: Show Log) has the cause.',
  ko: 'Stowage: 볼륨 탐색기를 불러오지 못했습니다. 원인은 로그(Stowage: 로그 보기)에 있습니다.',
};

export function registerExplorerStandIns(options: StandInOptions): vscode.Disposable {
  const { context, log, server, locale } = options;
  const volumes = new TreeStandIn<unknown>(() => explorer.get().then((loaded) => loaded.volumes, () => undefined));
  const storage = new TreeStandIn<unknown>(() => explorer.get().then((loaded) => loaded.storage, () => undefined));
  // The views exist from activation on (VS Code allows one provider per view), with the options the
  // real views need: the real providers answer through these.
  const volumesView = vscode.window.createTreeView('stowage.volumes', { treeDataProvider: volumes, canSelectMany: true, showCollapseAll: true });
  const storageView = vscode.window.createTreeView('stowage.storage', { treeDataProvider: storage });
  const explorer = new Deferred<LoadedExplorer>(
    async () => {
      const started = Date.now();
      const module = await options.load();
      const loaded = module.registerExplorer({ log, ...(server !== undefined ? { server } : {}), locale, volumesView, storageView });
      context.subscriptions.push(loaded);
      log.info(`volume explorer loaded in ${Date.now() - started} ms`);
      return loaded;
    },
    (error) => log.error('the volume explorer failed to load', error),
  );
  const commands = (): Promise<ReadonlyMap<string, CommandHandler>> => explorer.get().then((loaded) => loaded.commands);
  const load = (): void => {
    explorer.get().catch(() => undefined);
  };

  // The welcome content (Connect, Open Settings) shows until the explorer publishes its own state.
  void vscode.commands.executeCommand('setContext', 'stowage.explorer.state', 'idle');
  const disposables: vscode.Disposable[] = [
    volumes,
    storage,
    volumesView,
    storageView,
    volumesView.onDidChangeVisibility((event) => event.visible && load()),
    storageView.onDidChangeVisibility((event) => event.visible && load()),
    ...EXPLORER_COMMANDS.map((id) => {
      const run = forwardCommand(id, commands);
      return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await run(...args);
        } catch (error) {
          // The real commands report their own failures; this is the load (or a missing command) failing.
          log.error(error instanceof Error ? error : String(error));
          void vscode.window.showErrorMessage(localize(LOAD_FAILED, toLocale(locale())));
          return undefined;
        }
      });
    }),
  ];
  if (volumesView.visible || storageView.visible) load();
  const standIns = vscode.Disposable.from(...disposables);
  context.subscriptions.push(standIns);
  return standIns;
}
