// Which reader a document goes to: the client's language id first (a user may associate any file with
// `dockercompose`), the file name and first line otherwise. Ids of other editors are listed too
// (Neovim `sh`/`make`/`yaml.docker-compose`, Helix `bash`/`docker-compose`, Zed `Shell Script`).
import type { DocumentKind } from '../core';
import { detectKind, isComposeFileName, isWorkflowPath } from '../core';

const BY_LANGUAGE: Readonly<Record<string, DocumentKind>> = {
  dockerfile: 'dockerfile',
  containerfile: 'dockerfile',
  dockercompose: 'compose',
  'docker-compose': 'compose',
  'yaml.docker-compose': 'compose',
  shellscript: 'shell',
  'shell script': 'shell',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  makefile: 'makefile',
  make: 'makefile',
  markdown: 'markdown',
  'github-actions-workflow': 'workflow',
  'yaml.github-actions': 'workflow',
};

export function documentKind(languageId: string, path: string, text: string): DocumentKind | undefined {
  const id = languageId.toLowerCase();
  const byLanguage = BY_LANGUAGE[id];
  if (byLanguage !== undefined) return byLanguage;
  if (id === 'yaml') {
    if (isWorkflowPath(path)) return 'workflow';
    return isComposeFileName(path) ? 'compose' : undefined;
  }
  return detectKind(path, text);
}
