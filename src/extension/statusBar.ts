// A status item that is there only while the active editor holds a document Stowage reads.
import * as vscode from 'vscode';
import type { ClientState, StowageClient } from './client';
import { isStowageDocument } from './documents';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('stowage.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: StowageClient) {
    this.item.name = vscode.l10n.t('Stowage');
    this.item.command = 'stowage.showLog';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      client.onDidChangeState(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined || !isStowageDocument(editor.document)) {
      this.item.hide();
      return;
    }
    const state: ClientState = this.client.state;
    const icon = state === 'failed' ? '$(error)' : state === 'running' ? '$(database)' : '$(loading~spin)';
    this.item.text = `${icon} ${vscode.l10n.t('Stowage')}`;
    this.item.tooltip = state === 'failed'
      ? vscode.l10n.t('Stowage: the language server failed to start. Click to show the log.')
      : state === 'running'
        ? vscode.l10n.t('Stowage checks storage in this file. Click to show the log.')
        : vscode.l10n.t('Stowage is starting.');
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
