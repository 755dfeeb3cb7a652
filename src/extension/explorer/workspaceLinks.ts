// From the explorer to the files and back, through the language server's workspace inventory: "Find
// References in Workspace" on a volume, "Reveal in Stowage Explorer" on a volume in an editor, and which
// engine volumes no workspace file mentions (for the tooltip).
import * as vscode from 'vscode';
import type { ExplorerController } from './controller';
import type { CommandHandler } from './deferred';
import { t, type ExplorerLog } from './text';
import type { VolumesElement, VolumesView } from './volumesView';

/** The language server, started on first use (the extension's StowageClient). */
export interface LanguageServerLink {
  request<T>(method: string, params?: unknown): Promise<T>;
}

interface LspRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}
interface LspLocation {
  readonly uri: string;
  readonly range: LspRange;
}
interface VolumeAt {
  readonly written: string;
  readonly engineName: string;
  readonly existsOnEngine: boolean | undefined;
}

function toLocation(location: LspLocation): vscode.Location {
  const { start, end } = location.range;
  return new vscode.Location(vscode.Uri.parse(location.uri), new vscode.Range(start.line, start.character, end.line, end.character));
}

/** Engine volume names the workspace's files mention; refreshed when the tree refreshes. */
export class ReferencedVolumes implements vscode.Disposable {
  private names: ReadonlySet<string> | undefined;
  private pending: Promise<void> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: LanguageServerLink, private readonly log: ExplorerLog) {}

  /** Undefined while unknown (the server has not answered yet): the tooltip then says nothing. */
  has(name: string): boolean | undefined {
    return this.names?.has(name);
  }

  /** Asks the server again; listeners hear when the answer differs. */
  refresh(): void {
    this.pending ??= this.server
      .request<string[]>('stowage/referencedVolumes')
      .then((names) => {
        const next = new Set(names);
        const same = this.names !== undefined && this.names.size === next.size && [...next].every((n) => this.names?.has(n) === true);
        this.names = next;
        if (!same) this.changed.fire();
      })
      .catch((error: unknown) => this.log.warn(`workspace volume references unavailable: ${String(error)}`))
      .finally(() => {
        this.pending = undefined;
      });
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The two commands' handlers by id; the extension's command stand-ins run them. */
export function workspaceLinkHandlers(controller: ExplorerController, view: VolumesView, server: LanguageServerLink): Array<[string, CommandHandler]> {
  const guard = (id: string, handler: (...args: never[]) => Promise<unknown>): [string, CommandHandler] => [
    id,
    async (...args: unknown[]) => {
      try {
        return await (handler as (...rest: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        controller.log.error(error instanceof Error ? error : String(error));
        void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
        return undefined;
      }
    },
  ];

  return [
    // Returns the locations too, so callers (and tests) can use them without reading the peek view.
    guard('stowage.explorer.findReferences', async (element: VolumesElement | string | undefined) => {
      const name = typeof element === 'string' ? element : element?.kind === 'volume' ? element.node.volume.name : undefined;
      if (name === undefined) return [];
      const found = await server.request<LspLocation[]>('stowage/volumeReferences', { name });
      const locations = found.map(toLocation);
      const first = locations[0];
      if (first === undefined) {
        void vscode.window.showInformationMessage(t({ en: `No file in the workspace mentions volume ${name}.`, ko: `작업 영역의 어떤 파일도 볼륨 ${name}을(를) 언급하지 않습니다.` }));
        return [];
      }
      await vscode.commands.executeCommand('editor.action.showReferences', first.uri, first.range.start, locations);
      return locations;
    }),
    // Returns the engine name it revealed (undefined when there was nothing to reveal).
    guard('stowage.explorer.revealVolume', async (uri?: vscode.Uri, position?: vscode.Position) => {
      const editor = vscode.window.activeTextEditor;
      const target = uri instanceof vscode.Uri ? uri : editor?.document.uri;
      const at = position instanceof vscode.Position ? position : editor?.selection.active;
      if (target === undefined || at === undefined) return undefined;
      const volume = await server.request<VolumeAt | null>('stowage/volumeAt', { textDocument: { uri: target.toString() }, position: { line: at.line, character: at.character } });
      if (volume === null) {
        void vscode.window.showInformationMessage(t({ en: 'Put the cursor on a named volume to reveal it in the Stowage explorer.', ko: 'Stowage 탐색기에서 보려면 커서를 이름 있는 볼륨 위에 두십시오.' }));
        return undefined;
      }
      await vscode.commands.executeCommand('stowage.volumes.focus');
      const revealed = await view.revealVolume(volume.engineName);
      if (!revealed) {
        void vscode.window.showInformationMessage(
          controller.state === 'ready'
            ? t({ en: `Volume ${volume.engineName} does not exist on the Docker engine.`, ko: `볼륨 ${volume.engineName}이(가) Docker 엔진에 없습니다.` })
            : t({ en: `The Docker engine is not connected (${controller.state}).`, ko: `Docker 엔진에 연결되어 있지 않습니다 (${controller.state}).` }),
        );
        return undefined;
      }
      return volume.engineName;
    }),
  ];
}
