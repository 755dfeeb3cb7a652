// Finding the files Stowage reads in a folder tree, shared by the CLI and the language server: folders
// walked the way git would see them (node_modules, .git and .gitignore'd paths left out), and only the
// files the core can read.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { detectKind, type DocumentKind } from '../core/index';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Like git and grep: a NUL byte in the first 8 KB means binary. */
const BINARY_PROBE = 8192;
/** `detectKind` looks at the first line only (a shebang), so a short head is enough to decide. */
const HEAD_PROBE = 256;

/**
 * Every file under `folder` the core would read, in a stable order, honouring .gitignore files. The walk
 * stops when `visit` returns false (a caller with a budget).
 */
export function walkCandidates(folder: string, visit: (file: string) => boolean | void): void {
  walk(folder, ancestorIgnores(folder), (file) => (isCandidate(file, true) ? visit(file) !== false : true));
}

/** One .gitignore and the folder its patterns are relative to. */
interface IgnoreLevel {
  readonly folder: string;
  readonly rules: Ignore;
}

/** Returns false once `visit` asked to stop. */
function walk(folder: string, levels: readonly IgnoreLevel[], visit: (file: string) => boolean): boolean {
  const own = readIgnore(folder);
  const active = own === undefined ? levels : [...levels, own];
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return true; // An unreadable folder inside a walk is skipped, as git does.
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_FOLDERS.has(entry.name) || isIgnored(full, true, active)) continue;
      if (!walk(full, active, visit)) return false;
    } else if (entry.isFile() && !isIgnored(full, false, active)) {
      if (!visit(full)) return false;
    }
  }
  return true;
}

function readIgnore(folder: string): IgnoreLevel | undefined {
  const file = path.join(folder, '.gitignore');
  if (!existsSync(file)) return undefined;
  try {
    return { folder, rules: ignore().add(readFileSync(file, 'utf8')) };
  } catch {
    return undefined;
  }
}

/**
 * The .gitignore files above a walked folder, up to the repository root (the nearest folder holding
 * `.git`), so `stowage check examples` inside a repository honours the repository's .gitignore too.
 */
function ancestorIgnores(folder: string): IgnoreLevel[] {
  const chain: string[] = [];
  let current = path.dirname(folder);
  let repositoryRoot: string | undefined;
  if (existsSync(path.join(folder, '.git'))) return [];
  while (current !== path.dirname(current)) {
    chain.unshift(current);
    if (existsSync(path.join(current, '.git'))) {
      repositoryRoot = current;
      break;
    }
    current = path.dirname(current);
  }
  if (repositoryRoot === undefined) return [];
  return chain.map(readIgnore).filter((level): level is IgnoreLevel => level !== undefined);
}

/** The deepest .gitignore that says anything about the path decides, as in git. */
function isIgnored(full: string, isFolder: boolean, levels: readonly IgnoreLevel[]): boolean {
  let ignored = false;
  for (const level of levels) {
    const relative = path.relative(level.folder, full).split(path.sep).join('/');
    if (relative === '' || relative.startsWith('..')) continue;
    const result = level.rules.test(isFolder ? `${relative}/` : relative);
    if (result.ignored) ignored = true;
    else if (result.unignored) ignored = false;
  }
  return ignored;
}

/**
 * A file the core would read: by its name, or by its shebang. In a walk only names without an extension
 * are opened for the shebang (scripts like `bin/deploy`), so a tree of source files is not read twice.
 */
export function isCandidate(file: string, walking = false): boolean {
  if (detectKind(file, '') !== undefined) return true;
  if (walking && path.basename(file).slice(1).includes('.')) return false;
  return detectKind(file, readHead(file, HEAD_PROBE).replace(/\0.*$/s, '')) !== undefined;
}

function readHead(file: string, length: number): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export type ReadResult =
  | { readonly ok: true; readonly text: string; readonly kind: DocumentKind; readonly bom: boolean }
  | { readonly ok: false; readonly reason: string };

/** Reads a candidate for analysis, or says in a few words why it is skipped. */
export function readCandidate(file: string, maxFileSize: number): ReadResult {
  let buffer: Buffer;
  try {
    const stat = statSync(file);
    // A FIFO or device would block or never end; only regular files are read.
    if (!stat.isFile()) return { ok: false, reason: stat.isDirectory() ? 'cannot be read (EISDIR)' : 'not a regular file' };
    const size = stat.size;
    if (size > maxFileSize) return { ok: false, reason: `larger than ${formatSize(maxFileSize)} (${formatSize(size)}); raise --max-file-size to check it` };
    buffer = readFileSync(file);
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (buffer.subarray(0, BINARY_PROBE).includes(0)) return { ok: false, reason: 'binary file (NUL byte in the first 8 KB)' };
  let text = buffer.toString('utf8');
  // Editors do not count a byte order mark as a character, so positions are computed without it.
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  const kind = detectKind(file, text);
  if (kind === undefined) return { ok: false, reason: 'not a Dockerfile, Compose file, script, Makefile, Markdown file or workflow' };
  return { ok: true, text, kind, bom };
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB`;
  return `${bytes} bytes`;
}
