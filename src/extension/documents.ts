// Which editor documents Stowage reads. The language client gets the same selector the server assumes,
// and the extension starts the server only once such a document is open.
import type * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient';

const COMPOSE_NAME = /(^|[\\/])(docker-)?compose(\.[\w.-]+)?\.ya?ml$/i;
const WORKFLOW_PATH = /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/i;

/** Filters in the language client's own shape (a list of filters, never a bare language string). */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  ...['file', 'untitled'].flatMap((scheme) => [
    { scheme, language: 'dockerfile' },
    { scheme, language: 'dockercompose' },
    { scheme, language: 'shellscript' },
    { scheme, language: 'makefile' },
    { scheme, language: 'markdown' },
    { scheme, language: 'github-actions-workflow' },
  ]),
  { scheme: 'file', language: 'yaml', pattern: '**/{compose,docker-compose}*.{yml,yaml}' },
  { scheme: 'file', language: 'yaml', pattern: '**/.github/workflows/*.{yml,yaml}' },
];

const ALWAYS = new Set(['dockerfile', 'dockercompose', 'github-actions-workflow']);
/** Prose and scripts are everywhere: they matter only once they mention a container engine. */
const WHEN_MENTIONED = new Set(['shellscript', 'makefile', 'markdown']);

export function isStowageDocument(document: vscode.TextDocument): boolean {
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return false;
  if (ALWAYS.has(document.languageId)) return true;
  if (document.languageId === 'yaml') return COMPOSE_NAME.test(document.uri.path) || WORKFLOW_PATH.test(document.uri.path);
  if (WHEN_MENTIONED.has(document.languageId)) return /\b(docker|podman)\b/.test(document.getText());
  return false;
}
