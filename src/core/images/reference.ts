/** An image reference split the way the engine reads it, with Docker Hub's defaults made explicit. */
export interface ImageReference {
  /** As written. */
  readonly written: string;
  /**
   * The repository without Docker Hub's implied parts: `postgres` for `docker.io/library/postgres`,
   * `jenkins/jenkins`, `quay.io/minio/minio` (other registries keep their host).
   */
  readonly repository: string;
  /** `undefined` when none is written (the engine then pulls `latest`) or when it is a variable. */
  readonly tag: string | undefined;
  readonly digest: string | undefined;
}

const HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/**
 * Reads `[HOST[:PORT]/]PATH[:TAG][@DIGEST]`. A `${VAR:-default}` tag counts as its default, any other
 * variable as unknown. `undefined` when the repository itself is a variable or empty.
 */
export function parseImageReference(written: string): ImageReference | undefined {
  let rest = written.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = tagColon(rest, lastSlash);
  if (colon >= 0) {
    tag = interpolatedDefault(rest.slice(colon + 1));
    rest = rest.slice(0, colon);
  }
  if (rest === '' || rest.includes('$')) return undefined;
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  // The engine's rule: the first part is a registry host when it has a dot or a port, or is localhost.
  const hasHost = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let path = parts;
  if (hasHost && HUB_HOSTS.has(first.toLowerCase())) path = parts.slice(1);
  if (path.length === 2 && path[0] === 'library' && (!hasHost || HUB_HOSTS.has(first.toLowerCase()))) path = path.slice(1);
  return { written, repository: path.join('/').toLowerCase(), tag, digest };
}

/** The colon before the tag: after the last slash, and not inside a `${...}`. */
function tagColon(text: string, lastSlash: number): number {
  let depth = 0;
  for (let i = lastSlash + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === ':' && depth === 0) return i;
  }
  return -1;
}

function interpolatedDefault(tag: string): string | undefined {
  if (!tag.includes('$')) return tag === '' ? undefined : tag;
  const only = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}$/.exec(tag);
  return only?.[1] === undefined || only[1] === '' ? undefined : only[1];
}

/** The leading version number of a tag: 16 for `16`, `16.4-alpine`, `16-bookworm`; `undefined` for `latest`, `alpine`. */
export function tagMajor(tag: string | undefined): number | undefined {
  const match = tag === undefined ? null : /^v?(\d+)(?:[.\-_]|$)/.exec(tag);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
