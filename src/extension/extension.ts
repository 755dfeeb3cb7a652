// Stowage in VS Code. Activation only wires things up: the language server starts when the first
// document Stowage reads is open, the explorer loads when a view or command first needs it, and it talks
// to the engine only when its views are shown.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StowageClient, displayLocale } from './client';
import { isStowageDocument } from './documents';
import { registerExplorerStandIns } from './explorer/standIns';
import { StatusItem } from './statusBar';

/** What `activate` returns: the handle tests inside VS Code use to wait for the server. */
export interface StowageApi {
  /** The running language client, once started. */
  readonly languageClient: LanguageClient | undefined;
  /** Starts the language server if needed and resolves when it answers requests. */
  whenReady(): Promise<void>;
  /** Restarts the language server (the `Stowage: Restart Server` command). */
  restart(): Promise<void>;
}

let current: StowageClient | undefined;

export function activate(context: vscode.ExtensionContext): StowageApi {
  const log = vscode.window.createOutputChannel('Stowage', { log: true });
  const client = new StowageClient(context, log);
  current = client;
  context.subscriptions.push(log, client, new StatusItem(client));

  const startFor = (document: vscode.TextDocument): void => {
    if (client.state !== 'stopped' || !isStowageDocument(document)) return;
    client.start().catch(() => {
      void vscode.window.showErrorMessage(vscode.l10n.t('Stowage: the language server failed to start.'), vscode.l10n.t('Show Log')).then((choice) => {
        if (choice !== undefined) log.show();
      });
    });
  };
  for (const document of vscode.workspace.textDocuments) startFor(document);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(startFor),
    // A script or README that starts mentioning docker becomes a Stowage document while it is edited.
    vscode.workspace.onDidChangeTextDocument((e) => startFor(e.document)),
    vscode.commands.registerCommand('stowage.restartServer', async () => {
      log.info('restarting the language server');
      await client.restart();
    }),
    vscode.commands.registerCommand('stowage.showLog', () => log.show()),
    // The language is fixed when the server starts; every other setting is pulled live by the server.
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('stowage.locale') && client.state === 'running') void client.restart();
    }),
  );

  // The explorer's views and commands are stand-ins until first used: only then is its bundle (with the
  // engine client) loaded, so opening a Dockerfile never pays for it.
  registerExplorerStandIns({ context, log, server: client, locale: displayLocale, load: () => import('./explorer/index.js') });

  return {
    get languageClient() {
      return client.languageClient;
    },
    whenReady: () => client.start(),
    restart: () => client.restart(),
  };
}

/** Lets VS Code wait for the server to shut down cleanly; the rest is disposed with the context. */
export function deactivate(): Promise<void> | undefined {
  const client = current;
  current = undefined;
  return client?.stop();
}
