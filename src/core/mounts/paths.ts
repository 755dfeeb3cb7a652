// Path facts shared by the spec parsers: how moby's Linux parser judges a container path, how the docker
// CLI recognises a host path or a Windows path, and where shell expansions hide a colon or a comma.

/** Go's path.Clean for slash-separated paths. */
export function cleanPosixPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!rooted) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** moby's linuxValidateAbsolute: backslashes count as slashes before the check. */
export function isLinuxAbsolute(path: string): boolean {
  return path.replace(/\\/g, '/').startsWith('/');
}

/** moby's linuxValidateNotRoot: `/`, `//`, `/data/..` all clean to the root. */
export function isLinuxRoot(path: string): boolean {
  return cleanPosixPath(path.replace(/\\/g, '/')) === '/';
}

/** `C:\data`, `c:/data` or a bare `C:`. */
export function isWindowsDrivePath(path: string): boolean {
  return /^[A-Za-z]:(?:[\\/]|$)/.test(path);
}

/** `\\.\pipe\docker_engine` (also written with forward slashes). */
export function isWindowsPipePath(path: string): boolean {
  return /^[\\/]{2}[.?][\\/]pipe[\\/]/i.test(path);
}

/** A drive path, a named pipe or a UNC share: a spec written for a Windows host. */
export function isWindowsPath(path: string): boolean {
  return isWindowsDrivePath(path) || path.startsWith('\\\\') || isWindowsPipePath(path);
}

/** `$VAR`, `${VAR}`, `$(cmd)`, `${{ expr }}` or a backquote: the value is only known once the shell has run. */
export function hasShellExpansion(text: string): boolean {
  return /[$`]/.test(text);
}

/** Go's filepath.IsLocal on Unix: relative, non-empty, and never climbing out with `..`. */
export function isLocalPath(path: string): boolean {
  if (path === '' || path.startsWith('/')) return false;
  const clean = cleanPosixPath(path);
  return clean !== '..' && !clean.startsWith('../');
}

/** A half-open slice `[start, end)` of a spec value. */
export interface Slice {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits `value` at `separator` but never inside `${...}`, `$(...)` or backquotes, so
 * `${DATA:-./data}:/data` splits in two, as the shell would have expanded it before Docker saw it.
 */
export function splitOutsideExpansions(value: string, separator: string, from = 0, to = value.length): Slice[] {
  const slices: Slice[] = [];
  let start = from;
  let depth = 0;
  let inBackquote = false;
  for (let i = from; i < to; i++) {
    const c = value[i];
    if (c === '`') {
      inBackquote = !inBackquote;
    } else if (!inBackquote && c === '$' && (value[i + 1] === '{' || value[i + 1] === '(')) {
      depth++;
      i++;
    } else if (!inBackquote && depth > 0 && (c === '{' || c === '(')) {
      depth++;
    } else if (!inBackquote && depth > 0 && (c === '}' || c === ')')) {
      depth--;
    } else if (!inBackquote && depth === 0 && c === separator) {
      slices.push({ start, end: i });
      start = i + 1;
    }
  }
  slices.push({ start, end: to });
  return slices;
}
