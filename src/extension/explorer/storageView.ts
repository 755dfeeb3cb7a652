// The Storage view: engine storage facts and every container's bind and tmpfs mounts, over
// src/engine/storageModel.ts. Facts are loaded only while the view is visible.
import * as vscode from 'vscode';
import type { ContainerMountRecord } from '../../engine/records';
import type { StorageFacts } from '../../engine/session';
import { buildStorageModel, describeMount, type ContainerStorage, type StorageFact, type StorageModel } from '../../engine/storageModel';
import type { ExplorerController } from './controller';
import { t } from './text';

export type StorageElement =
  | { readonly kind: 'warning'; readonly text: string }
  | { readonly kind: 'fact'; readonly fact: StorageFact }
  | { readonly kind: 'section'; readonly section: 'driverStatus' | 'containers'; readonly model: StorageModel }
  | { readonly kind: 'container'; readonly entry: ContainerStorage }
  | { readonly kind: 'mount'; readonly mount: ContainerMountRecord; readonly containerId: string };

export class StorageView implements vscode.TreeDataProvider<StorageElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<StorageElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private facts: StorageFacts | undefined;
  private loadedAt = -1;
  private loading = false;

  constructor(
    private readonly controller: ExplorerController,
    /** The view, created at activation; it asks this provider through a stand-in. */
    private readonly view: vscode.TreeView<StorageElement>,
  ) {
    this.disposables.push(
      this.changed,
      this.view.onDidChangeVisibility((event) => {
        controller.setViewVisible('stowage.storage', event.visible);
        if (event.visible) this.update();
      }),
      controller.onDidChange(() => this.update()),
    );
    if (this.view.visible) controller.setViewVisible('stowage.storage', true);
  }

  private update(): void {
    this.view.message = this.controller.viewMessage;
    const session = this.controller.session;
    // Facts need an inspect per container: reload only when the volume list itself was refreshed.
    if (session !== undefined && session.state.kind === 'ready' && this.view.visible && session.refreshes !== this.loadedAt && !this.loading) {
      this.loading = true;
      const refreshes = session.refreshes;
      session
        .loadStorageFacts()
        .then((facts) => {
          this.facts = facts;
          this.loadedAt = refreshes;
        })
        .catch((error: unknown) => this.controller.log.warn(`storage facts failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          this.loading = false;
          this.changed.fire(undefined);
        });
    }
    this.changed.fire(undefined);
  }

  getChildren(element?: StorageElement): StorageElement[] {
    const session = this.controller.session;
    if (session === undefined || session.state.kind !== 'ready' || this.facts === undefined) return [];
    if (element === undefined) {
      const model = buildStorageModel({ ...this.facts, volumes: session.snapshot.volumes, usage: session.snapshot.usage });
      return [
        ...(model.driverWarning !== undefined ? [{ kind: 'warning' as const, text: t(model.driverWarning) }] : []),
        ...model.facts.map((fact) => ({ kind: 'fact' as const, fact })),
        ...(model.driverStatus.length > 0 ? [{ kind: 'section' as const, section: 'driverStatus' as const, model }] : []),
        { kind: 'section', section: 'containers', model },
      ];
    }
    if (element.kind === 'section') {
      if (element.section === 'driverStatus') return element.model.driverStatus.map((fact) => ({ kind: 'fact', fact }));
      return element.model.containers.map((entry) => ({ kind: 'container', entry }));
    }
    if (element.kind === 'container') return [...element.entry.bindMounts, ...element.entry.tmpfsMounts].map((mount) => ({ kind: 'mount', mount, containerId: element.entry.container.id }));
    return [];
  }

  getTreeItem(element: StorageElement): vscode.TreeItem {
    switch (element.kind) {
      case 'warning': {
        const item = new vscode.TreeItem(element.text);
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.tooltip = element.text;
        return item;
      }
      case 'fact': {
        const item = new vscode.TreeItem(t(element.fact.label));
        item.description = element.fact.value;
        item.tooltip = `${t(element.fact.label)}: ${element.fact.value}`;
        return item;
      }
      case 'section': {
        const label = element.section === 'driverStatus' ? t({ en: 'Driver status', ko: '드라이버 상태' }) : t({ en: 'Bind and tmpfs mounts', ko: '바인드 및 tmpfs 마운트' });
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `section:${element.section}`;
        if (element.section === 'containers') item.description = String(element.model.containers.length);
        return item;
      }
      case 'container': {
        const { container } = element.entry;
        const item = new vscode.TreeItem(container.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `container:${container.id}`;
        item.description = container.state;
        item.iconPath = new vscode.ThemeIcon(container.state === 'running' ? 'vm-running' : 'vm');
        return item;
      }
      case 'mount': {
        const item = new vscode.TreeItem(describeMount(element.mount));
        item.id = `mount:${element.containerId}:${element.mount.mountTarget}`;
        item.iconPath = new vscode.ThemeIcon(element.mount.type === 'tmpfs' ? 'circuit-board' : 'folder');
        item.contextValue = `stowage.${element.mount.type}Mount`;
        return item;
      }
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
