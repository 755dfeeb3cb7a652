// What the core may not do itself: look at the file system. Sibling Compose files (base and override
// read together) and folder existence (SW208) come from here; open editors win over the disk.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RelatedFile, RuleCode, SeverityOverride } from '../core';
import { relatedComposeFiles as readRelatedComposeFiles } from '../node/composeFiles';
import { readSettings } from './settings';

const MAX_RELATED_SIZE = 2 * 1024 * 1024;

/** The file system path of a `file:` URI; `undefined` for untitled and virtual documents. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The path the core sees: the file path, or the URI's path for documents that have no file. */
export function corePath(uri: string): string {
  const fsPath = filePath(uri);
  if (fsPath !== undefined) return fsPath;
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

export function relatedComposeFiles(fsPath: string, openText: (fsPath: string) => string | undefined): RelatedFile[] {
  return readRelatedComposeFiles(fsPath, { maxFileSize: MAX_RELATED_SIZE, openText });
}

export function folderExistsNear(fsPath: string): (relativePath: string) => boolean {
  const dir = path.dirname(fsPath);
  return (relativePath) => {
    try {
      return statSync(path.resolve(dir, relativePath)).isDirectory();
    } catch {
      return false;
    }
  };
}

export const PROJECT_CONFIG = '.stowage.json';

interface CachedConfig {
  readonly mtimeMs: number;
  readonly rules: Partial<Record<RuleCode, SeverityOverride>>;
}

const configCache = new Map<string, CachedConfig>();

/**
 * Severities from the nearest `.stowage.json` above the document (the file the CLI reads too), so the
 * editor and `stowage check` agree. A malformed file is reported once per change and otherwise ignored.
 */
export function projectRules(fsPath: string, onError: (file: string, error: unknown) => void): Partial<Record<RuleCode, SeverityOverride>> {
  let folder = path.dirname(fsPath);
  for (;;) {
    const candidate = path.join(folder, PROJECT_CONFIG);
    let mtimeMs: number | undefined;
    try {
      mtimeMs = statSync(candidate).mtimeMs;
    } catch {
      mtimeMs = undefined;
    }
    if (mtimeMs !== undefined) {
      const cached = configCache.get(candidate);
      if (cached !== undefined && cached.mtimeMs === mtimeMs) return cached.rules;
      let rules: Partial<Record<RuleCode, SeverityOverride>> = {};
      try {
        rules = readSettings(JSON.parse(readFileSync(candidate, 'utf8')) as unknown).rules;
      } catch (error) {
        onError(candidate, error);
      }
      configCache.set(candidate, { mtimeMs, rules });
      return rules;
    }
    const parent = path.dirname(folder);
    if (parent === folder) return {};
    folder = parent;
  }
}

const MAX_BUILD_FILE_SIZE = 1024 * 1024;

interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly text: string | undefined;
}

const buildFileCache = new Map<string, CachedFile>();

/**
 * Reads files by a path relative to the Compose file's folder (a service's build Dockerfile): an open
 * editor's text first, then the disk, cached by path and modification time. Never throws; `onRead` hears
 * every file path asked for, so an edit there can re-check the Compose file.
 */
export function buildFileReader(fsPath: string, openText: (fsPath: string) => string | undefined, onRead: (fsPath: string) => void = () => undefined): (relativePath: string) => string | undefined {
  const dir = path.dirname(fsPath);
  return (relativePath) => {
    try {
      const full = path.resolve(dir, relativePath);
      onRead(full);
      const open = openText(full);
      if (open !== undefined) return open;
      const stat = statSync(full);
      if (!stat.isFile()) return undefined;
      const cached = buildFileCache.get(full);
      if (cached !== undefined && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.text;
      const text = stat.size > MAX_BUILD_FILE_SIZE ? undefined : readFileSync(full, 'utf8');
      if (buildFileCache.size > 256) buildFileCache.clear();
      buildFileCache.set(full, { mtimeMs: stat.mtimeMs, size: stat.size, text });
      return text;
    } catch {
      return undefined;
    }
  };
}
