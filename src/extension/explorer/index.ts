// The volume explorer's entry point: the extension calls registerExplorer once on activation. Nothing
// talks to the engine until one of the explorer's views is shown.
import * as vscode from 'vscode';
import { registerCommands, INSPECT_SCHEME } from './commands';
import { ExplorerController } from './controller';
import { StorageView } from './storageView';
import type { ExplorerLog } from './text';
import { VolumesView } from './volumesView';
import { ReferencedVolumes, registerWorkspaceLinks, type LanguageServerLink } from './workspaceLinks';

export type { ExplorerLog } from './text';

export function registerExplorer(context: vscode.ExtensionContext, log: ExplorerLog, server?: LanguageServerLink): vscode.Disposable {
  const controller = new ExplorerController(log);
  const referenced = server === undefined ? undefined : new ReferencedVolumes(server, log);
  const volumesView = new VolumesView(controller, referenced);
  const disposables: vscode.Disposable[] = [
    controller,
    ...(referenced !== undefined ? [referenced] : []),
    volumesView,
    ...(server !== undefined ? registerWorkspaceLinks(controller, volumesView, server) : []),
    new StorageView(controller),
    ...registerCommands(controller),
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
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => controller.reconnect()),
  ];
  void vscode.commands.executeCommand('setContext', 'stowage.explorer.state', 'idle');
  const explorer = vscode.Disposable.from(...disposables);
  context.subscriptions.push(explorer);
  return explorer;
}
