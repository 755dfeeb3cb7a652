// The explorer's stand-ins, without VS Code at run time: a once-only loader, tree providers that answer
// through the real ones once they are loaded, and commands that load before they run. The extension
// bundles this file; the explorer itself (and the engine client with it) stays in its own bundle.
import type * as vscode from 'vscode';

/** Every `stowage.explorer.*` command package.json contributes: each one loads the explorer first. */
export const EXPLORER_COMMANDS = [
  'stowage.explorer.refresh',
  'stowage.explorer.createVolume',
  'stowage.explorer.inspectVolume',
  'stowage.explorer.copyName',
  'stowage.explorer.copyMountpoint',
  'stowage.explorer.removeVolume',
  'stowage.explorer.prune',
  'stowage.explorer.filter',
  'stowage.explorer.clearFilter',
  'stowage.explorer.findReferences',
  'stowage.explorer.revealVolume',
  'stowage.explorer.openSettings',
] as const;

export type ExplorerCommand = (typeof EXPLORER_COMMANDS)[number];
export type CommandHandler = (...args: unknown[]) => unknown;

/** A vscode.EventEmitter without vscode, so the stand-ins can be tested in plain Node. */
export class Emitter<T> {
  private listeners: Array<(value: T) => unknown> = [];

  readonly event: vscode.Event<T> = (listener, thisArgs?: unknown, disposables?: vscode.Disposable[]) => {
    const bound = (value: T): unknown => listener.call(thisArgs, value);
    this.listeners.push(bound);
    const subscription = {
      dispose: () => {
        this.listeners = this.listeners.filter((l) => l !== bound);
      },
    };
    disposables?.push(subscription);
    return subscription;
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }

  dispose(): void {
    this.listeners = [];
  }
}

/**
 * Loads once; callers during the load share it. A failed load is reported and forgotten, so the next
 * view or command tries again (the bundle may have been rebuilt, or the failure was passing).
 */
export class Deferred<T> {
  private pending: Promise<T> | undefined;
  private value: T | undefined;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** The loaded value, or undefined while nothing asked for it (or the load has not finished). */
  get loaded(): T | undefined {
    return this.value;
  }

  get(): Promise<T> {
    if (this.value !== undefined) return Promise.resolve(this.value);
    this.pending ??= this.load().then(
      (value) => {
        this.value = value;
        return value;
      },
      (error: unknown) => {
        this.pending = undefined;
        this.onError(error);
        throw error;
      },
    );
    return this.pending;
  }
}

/**
 * The tree data provider a view is created with at activation. Its first question loads the explorer;
 * from then on it answers through the real provider and passes its change events on.
 */
export class TreeStandIn<E> implements vscode.TreeDataProvider<E> {
  private target: vscode.TreeDataProvider<E> | undefined;
  private subscription: vscode.Disposable | undefined;
  private readonly changed = new Emitter<E | E[] | undefined | null | void>();
  readonly onDidChangeTreeData = this.changed.event;

  /** `load` resolves to the real provider, or undefined when the explorer could not be loaded. */
  constructor(private readonly load: () => Promise<vscode.TreeDataProvider<E> | undefined>) {}

  /** The real provider, loading it if needed. */
  async resolve(): Promise<vscode.TreeDataProvider<E> | undefined> {
    if (this.target !== undefined) return this.target;
    const target = await this.load();
    if (target !== undefined && this.target === undefined) {
      this.target = target;
      this.subscription = target.onDidChangeTreeData?.((element) => this.changed.fire(element));
    }
    return this.target;
  }

  async getChildren(element?: E): Promise<E[]> {
    const target = await this.resolve();
    if (target === undefined) return [];
    return (await target.getChildren(element)) ?? [];
  }

  // Elements only ever come from the real provider, so it is there whenever VS Code asks about one.
  getTreeItem(element: E): vscode.TreeItem | Thenable<vscode.TreeItem> {
    if (this.target === undefined) throw new Error('the explorer is not loaded');
    return this.target.getTreeItem(element);
  }

  getParent(element: E): vscode.ProviderResult<E> {
    return this.target?.getParent?.(element);
  }

  dispose(): void {
    this.subscription?.dispose();
    this.changed.dispose();
  }
}

/** A command stand-in: loads the explorer's handlers, then runs the real one with the same arguments. */
export function forwardCommand(id: string, load: () => Promise<ReadonlyMap<string, CommandHandler>>): (...args: unknown[]) => Promise<unknown> {
  return async (...args: unknown[]) => {
    const handler = (await load()).get(id);
    if (handler === undefined) throw new Error(`the explorer has no command ${id}`);
    return handler(...args);
  };
}
