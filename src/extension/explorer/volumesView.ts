// The Volumes view: a thin TreeDataProvider over the pure model in src/engine/explorerModel.ts.
import * as vscode from 'vscode';
import { buildVolumeTree, describeUser, describeVolume, volumeTooltip, type VolumeFilter, type VolumeGroup, type VolumeNode, type VolumeUser } from '../../engine/explorerModel';
import { explorerSettings } from './connect';
import type { ExplorerController } from './controller';
import { t } from './text';
import type { ReferencedVolumes } from './workspaceLinks';

export type VolumesElement =
  | { readonly kind: 'group'; readonly group: VolumeGroup }
  | { readonly kind: 'volume'; readonly node: VolumeNode }
  | { readonly kind: 'user'; readonly user: VolumeUser; readonly volumeName: string };

export class VolumesView implements vscode.TreeDataProvider<VolumesElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<VolumesElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly controller: ExplorerController,
    /** The view, created at activation (with selection of many and Collapse All); it asks this provider through a stand-in. */
    readonly view: vscode.TreeView<VolumesElement>,
    /** Which volumes the workspace's files mention; absent when no language server is linked. */
    private readonly referenced?: ReferencedVolumes,
  ) {
    this.disposables.push(
      this.changed,
      this.view.onDidChangeVisibility((event) => controller.setViewVisible('stowage.volumes', event.visible)),
      controller.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('stowage.explorer')) this.update();
      }),
    );
    if (referenced !== undefined) this.disposables.push(referenced.onDidChange(() => this.changed.fire(undefined)));
    if (this.view.visible) controller.setViewVisible('stowage.volumes', true);
  }

  private update(): void {
    this.view.message = this.controller.viewMessage;
    this.view.description = describeFilter(this.controller.filter) ?? '';
    if (this.controller.state === 'ready') this.referenced?.refresh();
    this.changed.fire(undefined);
  }

  private topLevel(): VolumesElement[] {
    const session = this.controller.session;
    if (session === undefined || session.state.kind !== 'ready') return [];
    const groups = buildVolumeTree(session.snapshot, { ...explorerSettings(), filter: this.controller.filter });
    // One group (e.g. only named volumes, or grouping off) shows its volumes at the top level.
    if (groups.length === 1 && groups[0] !== undefined && groups[0].kind !== 'composeProject') return groups[0].volumes.map((node) => ({ kind: 'volume', node }));
    return groups.map((group) => ({ kind: 'group', group }));
  }

  getChildren(element?: VolumesElement): VolumesElement[] {
    const session = this.controller.session;
    if (session === undefined || session.state.kind !== 'ready') return [];
    if (element === undefined) return this.topLevel();
    if (element.kind === 'group') return element.group.volumes.map((node) => ({ kind: 'volume', node }));
    if (element.kind === 'volume') return element.node.users.map((user) => ({ kind: 'user', user, volumeName: element.node.volume.name }));
    return [];
  }

  /** TreeView.reveal walks up from a volume to its group. */
  getParent(element: VolumesElement): VolumesElement | undefined {
    if (element.kind === 'group') return undefined;
    if (element.kind === 'user') return this.findVolume(element.volumeName);
    const name = element.node.volume.name;
    return this.topLevel().find((e) => e.kind === 'group' && e.group.volumes.some((n) => n.volume.name === name));
  }

  private findVolume(name: string): VolumesElement | undefined {
    for (const top of this.topLevel()) {
      if (top.kind === 'volume' && top.node.volume.name === name) return top;
      if (top.kind === 'group') {
        const node = top.group.volumes.find((n) => n.volume.name === name);
        if (node !== undefined) return { kind: 'volume', node };
      }
    }
    return undefined;
  }

  /** Selects a volume in the tree; false when the engine does not have it (or is not connected in time). */
  async revealVolume(name: string, waitMs = 5_000): Promise<boolean> {
    const deadline = Date.now() + waitMs;
    // The view may have just been shown for the first time: give the first list a moment to arrive.
    while (this.controller.state !== 'ready' && Date.now() < deadline) {
      if (this.controller.state !== 'idle' && this.controller.state !== 'loading') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const element = this.findVolume(name);
    if (element === undefined) return false;
    await this.view.reveal(element, { select: true, focus: true, expand: false });
    return true;
  }

  getTreeItem(element: VolumesElement): vscode.TreeItem {
    if (element.kind === 'group') {
      const item = new vscode.TreeItem(t(element.group.label), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${element.group.kind}:${element.group.project ?? ''}`;
      item.description = String(element.group.volumes.length);
      item.iconPath = new vscode.ThemeIcon(element.group.kind === 'composeProject' ? 'layers' : element.group.kind === 'anonymous' ? 'question' : 'database');
      item.contextValue = 'stowage.volumeGroup';
      return item;
    }
    if (element.kind === 'volume') {
      const { node } = element;
      const item = new vscode.TreeItem(node.volume.name, node.users.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `volume:${node.volume.name}`;
      item.description = t(describeVolume(node, Date.now()));
      const mentioned = node.volume.anonymous ? undefined : this.referenced?.has(node.volume.name);
      item.tooltip = t(volumeTooltip(node)) + (mentioned === false ? `\n\n${t(NOT_MENTIONED)}` : '');
      // Unused volumes are greyed out: they are what prune would delete.
      item.iconPath = node.unused ? new vscode.ThemeIcon('database', new vscode.ThemeColor('disabledForeground')) : new vscode.ThemeIcon('database');
      item.contextValue = `stowage.volume${node.unused ? '.unused' : '.inUse'}${node.volume.anonymous ? '.anonymous' : '.named'}`;
      return item;
    }
    const { user } = element;
    const item = new vscode.TreeItem(user.containerName, vscode.TreeItemCollapsibleState.None);
    item.id = `user:${element.volumeName}:${user.containerId}:${user.mountTarget}`;
    item.description = t(describeUser(user));
    item.tooltip = `${user.containerName} (${user.containerId.slice(0, 12)})\n${user.mountTarget} ${user.readOnly ? 'ro' : 'rw'}`;
    item.iconPath = new vscode.ThemeIcon(user.state === 'running' ? 'vm-running' : 'vm');
    item.contextValue = 'stowage.volumeUser';
    return item;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

const NOT_MENTIONED = {
  en: 'No file in this workspace mentions this volume (Compose files, scripts, Makefiles, Markdown, workflows, Dockerfiles).',
  ko: '이 작업 영역의 어떤 파일도 이 볼륨을 언급하지 않습니다 (Compose 파일, 스크립트, Makefile, Markdown, 워크플로, Dockerfile).',
};

function describeFilter(filter: VolumeFilter): string | undefined {
  const parts = [
    ...(filter.name !== undefined && filter.name !== '' ? [`name~${filter.name}`] : []),
    ...(filter.label !== undefined && filter.label !== '' ? [`label=${filter.label}`] : []),
    ...(filter.unusedOnly === true ? [t({ en: 'unused', ko: '사용 안 함' })] : []),
  ];
  return parts.length === 0 ? undefined : parts.join(', ');
}
