// Finding the files to check: explicit paths as given, folders walked the way git would see them
// (node_modules, .git and .gitignore'd paths left out), and only the files the core can read.
import { statSync } from 'node:fs';
import path from 'node:path';
import { isCandidate, walkCandidates } from '../node/workspaceFiles';

export { formatSize, readCandidate, type ReadResult } from '../node/workspaceFiles';

export interface CandidateFile {
  readonly absolutePath: string;
  /** Relative to the cwd, with `/`, as printed. */
  readonly displayPath: string;
}

export interface CollectedFiles {
  readonly files: readonly CandidateFile[];
  /** Explicit paths that do not exist (exit code 2). */
  readonly missing: readonly string[];
  /** Explicit files the core does not read (a note on stderr, not an error). */
  readonly unrecognised: readonly string[];
}

export function displayPath(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  return (relative === '' ? path.basename(absolutePath) : relative).split(path.sep).join('/');
}

export function collectFiles(paths: readonly string[], cwd: string): CollectedFiles {
  const files: CandidateFile[] = [];
  const seen = new Set<string>();
  const missing: string[] = [];
  const unrecognised: string[] = [];
  const add = (absolutePath: string): void => {
    if (seen.has(absolutePath)) return;
    seen.add(absolutePath);
    files.push({ absolutePath, displayPath: displayPath(absolutePath, cwd) });
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let isFolder: boolean;
    try {
      isFolder = statSync(absolute).isDirectory();
    } catch {
      missing.push(given);
      continue;
    }
    if (!isFolder) {
      // An explicit file is checked even if .gitignore'd: the user asked for it.
      if (isCandidate(absolute)) add(absolute);
      else unrecognised.push(given);
      continue;
    }
    walkCandidates(absolute, add);
  }
  return { files, missing, unrecognised };
}

