// Owns the engine connection's lifetime on the VS Code side: creates the session lazily (when a view is
// first shown), replaces it when the host setting or trust changes, and mirrors its state in a context key
// so the welcome views can name the cause.
import * as vscode from 'vscode';
import type { Localized } from '../../core/l10n';
import type { EngineClient } from '../../engine/client';
import type { EngineFault } from '../../engine/errors';
import type { VolumeFilter } from '../../engine/explorerModel';
import { EngineSession } from '../../engine/session';
import { createClient, resolveFromWorkspace } from './connect';
import { t, type ExplorerLog } from './text';

export type ExplorerStateKey = 'idle' | 'loading' | 'ready' | EngineFault['kind'];

/** States with welcome content in package.json (contributes.viewsWelcome). */
const WELCOME_STATES: ReadonlySet<ExplorerStateKey> = new Set(['idle', 'loading', 'notRunning', 'permissionDenied', 'hostNotFound', 'tls', 'timeout', 'connectionLost', 'badHost', 'api']);

export class ExplorerController implements vscode.Disposable {
  private currentSession: EngineSession | undefined;
  private unsubscribe: (() => void) | undefined;
  private configError: Localized | undefined;
  private visibleViews = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  filter: VolumeFilter = {};

  constructor(readonly log: ExplorerLog) {}

  /** The live session, created on first use. Undefined when the host setting cannot be used. */
  get session(): EngineSession | undefined {
    if (this.currentSession === undefined && this.configError === undefined) this.connect();
    return this.currentSession;
  }

  get client(): EngineClient | undefined {
    return this.session?.client;
  }

  get state(): ExplorerStateKey {
    if (this.configError !== undefined) return 'badHost';
    const state = this.currentSession?.state;
    if (state === undefined) return 'idle';
    return state.kind === 'error' ? state.fault.kind : state.kind;
  }

  /**
   * Text above the tree. VS Code hides a view's welcome content (with its Retry and Open Settings
   * buttons) while a message is set, so states that have welcome content show that instead.
   */
  get viewMessage(): string {
    return WELCOME_STATES.has(this.state) ? '' : (this.message ?? '');
  }

  /** The cause in the user's language, for error notifications and the log. */
  get message(): string | undefined {
    if (this.configError !== undefined) return t(this.configError);
    const state = this.currentSession?.state;
    return state?.kind === 'error' ? t(state.fault.message) : undefined;
  }

  private connect(): void {
    const resolution = resolveFromWorkspace();
    if (!resolution.ok) {
      this.configError = resolution.message;
      this.log.warn(`Docker host not usable: ${resolution.message.en}`);
      this.publish();
      return;
    }
    this.log.info(`Docker engine: ${resolution.endpoint.host} (from ${resolution.endpoint.source}${resolution.endpoint.contextName !== undefined ? ` "${resolution.endpoint.contextName}"` : ''})`);
    const session = new EngineSession(createClient(resolution), {
      log: (message, error) => (error instanceof Error ? this.log.warn(`${message}: ${error.message}`) : this.log.info(message)),
    });
    this.currentSession = session;
    this.unsubscribe = session.onDidChange(() => this.publish());
    session.setVisible(this.visibleViews.size > 0);
    void session.refresh();
  }

  /** Drops the session (setting or trust changed); the next use reconnects. */
  reconnect(): void {
    this.unsubscribe?.();
    this.currentSession?.dispose();
    this.currentSession = undefined;
    this.configError = undefined;
    if (this.visibleViews.size > 0) this.connect();
    else this.publish();
  }

  async refresh(): Promise<void> {
    if (this.configError !== undefined) this.reconnect();
    await this.session?.refresh();
  }

  setViewVisible(viewId: string, visible: boolean): void {
    if (visible) this.visibleViews.add(viewId);
    else this.visibleViews.delete(viewId);
    // Touching `session` creates it the first time a view is shown.
    this.session?.setVisible(this.visibleViews.size > 0);
  }

  private publish(): void {
    void vscode.commands.executeCommand('setContext', 'stowage.explorer.state', this.state);
    void vscode.commands.executeCommand('setContext', 'stowage.explorer.filtered', Object.keys(this.filter).length > 0);
    this.changed.fire();
  }

  /** Redraws the views without touching the engine (the chosen language changed). */
  redraw(): void {
    this.changed.fire();
  }

  setFilter(filter: VolumeFilter): void {
    this.filter = filter;
    this.publish();
  }

  dispose(): void {
    this.unsubscribe?.();
    this.currentSession?.dispose();
    this.changed.dispose();
  }
}
