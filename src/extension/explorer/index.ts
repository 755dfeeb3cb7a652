// The volume explorer's entry point, in a bundle of its own: the extension's stand-ins (standIns.ts) load
// it when a view first asks for rows or an explorer command runs. Nothing talks to the engine until one of
// the explorer's views is shown.
import * as vscode from 'vscode';
import { commandHandlers, INSPECT_SCHEME } from './commands';
import { ExplorerController } from './controller';
import type { CommandHandler } from './deferred';
import { StorageView, type StorageElement } from './storageView';
import { useDisplayLocale, type ExplorerLog } from './text';
import { VolumesView, type VolumesElement } from './volumesView';
import { ReferencedVolumes, workspaceLinkHandlers, type LanguageServerLink } from './workspaceLinks';

export type { ExplorerLog } from './text';

/** What the extension hands the explorer when it loads it. */
export interface ExplorerHost {
  readonly log: ExplorerLog;
  readonly server?: LanguageServerLink;
  /** The language the user chose for Stowage (the language server's choice too). */
  readonly locale: () => string;
  /** The views, created at activation by the stand-ins; their providers forward to the ones returned. */
  readonly volumesView: vscode.TreeView<unknown>;
  readonly storageView: vscode.TreeView<unknown>;
}

/** The loaded explorer: the real tree providers and command handlers the stand-ins forward to. */
export interface LoadedExplorer extends vscode.Disposable {
  readonly volumes: vscode.TreeDataProvider<VolumesElement>;
  readonly storage: vscode.TreeDataProvider<StorageElement>;
  readonly commands: ReadonlyMap<string, CommandHandler>;
}

export function registerExplorer(host: ExplorerHost): LoadedExplorer {
  const { log, server } = host;
  useDisplayLocale(host.locale);
  const controller = new ExplorerController(log);
  const referenced = server === undefined ? undefined : new ReferencedVolumes(server, log);
  // The stand-ins only ever hand these views elements this explorer's providers made.
  const volumes = new VolumesView(controller, host.volumesView as vscode.TreeView<VolumesElement>, referenced);
  const storage = new StorageView(controller, host.storageView as vscode.TreeView<StorageElement>);
  const commands = new Map<string, CommandHandler>([...commandHandlers(controller), ...(server !== undefined ? workspaceLinkHandlers(controller, volumes, server) : [])]);
  const disposables: vscode.Disposable[] = [
    controller,
    ...(referenced !== undefined ? [referenced] : []),
    volumes,
    storage,
    // Inspect opens the engine's JSON read-only: a virtual document, never a file on disk.
    vscode.workspace.registerTextDocumentContentProvider(INSPECT_SCHEME, {
      provideTextDocumentContent: async (uri) => {
        const name = uri.path.replace(/^\//, '').replace(/\.json$/, '');
        const client = controller.client;
        if (client === undefined) return controller.message ?? '';
        return client.inspectVolumeText(name);
      },
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('stowage.docker')) controller.reconnect();
      // Labels, descriptions and view messages are written in the chosen language.
      else if (event.affectsConfiguration('stowage.locale')) controller.redraw();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => controller.reconnect()),
  ];
  const explorer = vscode.Disposable.from(...disposables);
  return { volumes, storage, commands, dispose: () => explorer.dispose() };
}
