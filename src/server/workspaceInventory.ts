// Every named volume the workspace's files mention, for the explorer: "Find References in Workspace"
// and the "no workspace file mentions it" tooltip. Files are walked as `stowage check` walks them; open
// documents are read as the user sees them. The result is kept until a file changes.
import { statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from '../core';
import { detectKind, readDocument } from '../core';
import { volumeReferences, type VolumeReferenceKind } from '../core/engineFacts';
import { readCandidate, walkCandidates } from '../node/workspaceFiles';
import { relatedComposeFiles } from './files';
import type { Log } from './log';

/** Files above this size are left out, as the CLI's default --max-file-size does. */
const MAX_FILE_SIZE = 1 << 20;
/** A workspace this large is probably not a project folder (a home folder opened by mistake): stop there. */
const MAX_FILES = 5_000;
/** The walk runs on the server's thread: past this it stops with what it found rather than stall requests. */
const MAX_WALK_MS = 2_000;
/** Files changed outside the editor (a branch switch) are seen after this long at the latest. */
const MAX_AGE_MS = 30_000;

export interface WorkspaceVolumeReference {
  readonly uri: string;
  readonly range: Range;
  readonly engineName: string;
  readonly kind: VolumeReferenceKind;
  /** Compose service, `docker run IMAGE`, or the Dockerfile stage. */
  readonly context: string | undefined;
}

export interface OpenDocumentText {
  readonly uri: string;
  readonly text: string;
  readonly fsPath: string | undefined;
}

export class WorkspaceInventory {
  private cached: WorkspaceVolumeReference[] | undefined;
  private cachedAt = 0;

  constructor(
    private readonly folders: () => readonly string[],
    private readonly openDocuments: () => readonly OpenDocumentText[],
    private readonly log: Log,
    /** Text of an open document by file system path, for the Compose files read with another. */
    private readonly openText: (fsPath: string) => string | undefined = () => undefined,
  ) {}

  /** A file was saved, created or deleted, or the folders changed. */
  invalidate(): void {
    this.cached = undefined;
  }

  /** Walks the workspace now (in the background after start), so the first request finds it done. */
  warm(): void {
    this.references();
  }

  /** What the files on disk say; open documents may differ and are read again on every call. */
  private references(): readonly WorkspaceVolumeReference[] {
    if (this.cached === undefined || Date.now() - this.cachedAt > MAX_AGE_MS) {
      this.cached = this.collect();
      this.cachedAt = Date.now();
    }
    return this.cached;
  }

  referencesTo(engineName: string): WorkspaceVolumeReference[] {
    return this.withOpenDocuments().filter((r) => r.engineName === engineName);
  }

  /** Engine names mentioned anywhere in the workspace. */
  referencedNames(): string[] {
    return [...new Set(this.withOpenDocuments().map((r) => r.engineName))].sort();
  }

  private withOpenDocuments(): WorkspaceVolumeReference[] {
    const open = this.openDocuments();
    const openUris = new Set(open.map((d) => d.uri));
    const fromDisk = this.references().filter((r) => !openUris.has(r.uri));
    const fromOpen = open.flatMap((d) => (d.fsPath === undefined ? [] : referencesIn(d.uri, d.fsPath, d.text, this.openText)));
    return [...fromDisk, ...fromOpen];
  }

  private collect(): WorkspaceVolumeReference[] {
    const started = Date.now();
    const result: WorkspaceVolumeReference[] = [];
    let files = 0;
    for (const folder of this.folders()) {
      try {
        if (!statSync(folder).isDirectory()) continue;
      } catch {
        continue;
      }
      walkCandidates(folder, (file) => {
        if (++files > MAX_FILES || Date.now() - started > MAX_WALK_MS) return false;
        const read = readCandidate(file, MAX_FILE_SIZE);
        if (read.ok) result.push(...referencesIn(pathToFileURL(file).href, file, read.text, this.openText));
        return true;
      });
    }
    const stopped = files > MAX_FILES || Date.now() - started > MAX_WALK_MS ? ' (stopped early: a very large workspace)' : '';
    this.log.info(`workspace inventory: ${result.length} volume references in ${Math.min(files, MAX_FILES)} files (${Date.now() - started} ms)${stopped}`);
    return result;
  }
}

export function referencesIn(uri: string, fsPath: string, text: string, openText: (fsPath: string) => string | undefined = () => undefined): WorkspaceVolumeReference[] {
  try {
    const kind = detectKind(fsPath, text);
    if (kind === undefined) return [];
    const related = kind === 'compose' ? relatedComposeFiles(fsPath, openText) : [];
    const document = readDocument(text, kind, { path: fsPath.split(path.sep).join('/'), kind, relatedComposeFiles: related });
    return volumeReferences(document, related).flatMap((r) =>
      r.engineName === undefined ? [] : [{ uri, range: r.range, engineName: r.engineName, kind: r.kind, context: r.mount?.context.name }],
    );
  } catch {
    return []; // one unreadable file must not hide the others
  }
}
