import type { DocumentKind } from './document';

function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

const COMPOSE_NAME = /^(docker-)?compose(\.[\w.-]+)?\.ya?ml$/i;
const OVERRIDE_NAME = /^(docker-)?compose\.(override|[\w-]+)\.ya?ml$/i;

export function isComposeFileName(path: string): boolean {
  return COMPOSE_NAME.test(baseName(path));
}

/** `compose.override.yaml`, `docker-compose.prod.yml`: files that extend a base file in the same folder. */
export function isComposeOverrideName(path: string): boolean {
  return OVERRIDE_NAME.test(baseName(path));
}

export function isDockerfileName(path: string): boolean {
  const name = baseName(path);
  return /^(Dockerfile|Containerfile)(\..+)?$/i.test(name) || /\.(Dockerfile|Containerfile)$/i.test(name);
}

export function isWorkflowPath(path: string): boolean {
  return /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/i.test(path);
}

/** Decides which reader a document goes to, from its name first and its first line second. */
export function detectKind(path: string, text: string): DocumentKind | undefined {
  const name = baseName(path);
  if (isDockerfileName(path)) return 'dockerfile';
  if (isWorkflowPath(path)) return 'workflow';
  if (isComposeFileName(path)) return 'compose';
  if (/^(GNU)?makefile$/i.test(name) || /\.(mk|make)$/i.test(name)) return 'makefile';
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  if (/\.(sh|bash|zsh|ksh)$/i.test(name)) return 'shell';
  const firstLine = text.slice(0, 200).split(/\r?\n/, 1)[0] ?? '';
  if (/^#!.*\b(ba|z|k|da)?sh\b/.test(firstLine)) return 'shell';
  return undefined;
}
