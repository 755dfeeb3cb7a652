// The language client's lifetime: created on the first Stowage document, restarted on demand, stopped
// on deactivation. It owns its own disposables, apart from the extension's.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './documents';

export type ClientState = 'stopped' | 'starting' | 'running' | 'failed';

/** The language of messages and hovers: VS Code's display language unless `stowage.locale` says otherwise. */
export function displayLocale(): string {
  const chosen = vscode.workspace.getConfiguration('stowage').get<string>('locale', 'auto');
  return chosen === 'en' || chosen === 'ko' ? chosen : vscode.env.language;
}

export class StowageClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private watcher: vscode.FileSystemWatcher | undefined;
  private trustListener: vscode.Disposable | undefined;
  private readonly stateEmitter = new vscode.EventEmitter<ClientState>();
  readonly onDidChangeState = this.stateEmitter.event;
  state: ClientState = 'stopped';

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  /** Sends a request to the server, starting it first if needed (the explorer's links to the files). */
  async request<T>(method: string, params?: unknown): Promise<T> {
    await this.start();
    const client = this.client;
    if (client === undefined) throw new Error('the Stowage language server is not running');
    return params === undefined ? client.sendRequest<T>(method) : client.sendRequest<T>(method, params);
  }

  /** Starts the server once; later calls wait for the same start. */
  start(): Promise<void> {
    this.starting ??= this.create().catch((error: unknown) => {
      this.setState('failed');
      this.starting = undefined;
      this.log.error('Stowage language server failed to start', error);
      throw error;
    });
    return this.starting;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.starting = undefined;
    this.watcher?.dispose();
    this.watcher = undefined;
    this.trustListener?.dispose();
    this.trustListener = undefined;
    if (client !== undefined) {
      try {
        await client.stop();
      } catch (error) {
        this.log.warn(`stopping the language server: ${String(error)}`);
      }
      await client.dispose();
    }
    this.setState('stopped');
  }

  dispose(): void {
    void this.stop();
    this.stateEmitter.dispose();
  }

  private setState(state: ClientState): void {
    this.state = state;
    this.stateEmitter.fire(state);
  }

  private async create(): Promise<void> {
    this.setState('starting');
    // Loaded here, not at activation: the client library is only needed once a document is open.
    const { LanguageClient, TransportKind } = await import('vscode-languageclient/node');
    const module = this.context.asAbsolutePath('dist/server.js');
    const watcher = vscode.workspace.createFileSystemWatcher('**/{.stowage.json,compose*.{yml,yaml},docker-compose*.{yml,yaml}}');
    this.watcher = watcher;
    const client = new LanguageClient(
      'stowage',
      'Stowage',
      {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
      },
      {
        documentSelector: DOCUMENT_SELECTOR,
        outputChannel: this.log,
        // The server re-reads these from disk: the project's severities and sibling Compose files.
        synchronize: { fileEvents: watcher },
        // The server reads the engine only in a trusted workspace; trust granted later is sent below.
        initializationOptions: { locale: displayLocale(), retriggerSuggest: true, workspaceTrusted: vscode.workspace.isTrusted },
        markdown: { isTrusted: false, supportHtml: false },
      },
    );
    this.client = client;
    const started = Date.now();
    await client.start();
    this.trustListener?.dispose();
    this.trustListener = vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void this.client?.sendNotification('stowage/workspaceTrusted', { trusted: true });
    });
    this.log.info(`language server started in ${Date.now() - started} ms`);
    this.setState('running');
  }
}
