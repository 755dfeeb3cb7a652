// The other Compose files beside a Compose file (a base file and its override files are read together),
// shared by the CLI and the language server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isComposeFileName, type RelatedFile } from '../core/index';

export interface RelatedComposeOptions {
  /** Files larger than this are left out. */
  readonly maxFileSize: number;
  /** The text of a file open in an editor, which wins over the disk. */
  readonly openText?: (fsPath: string) => string | undefined;
}

/** The other compose*.y?ml / docker-compose*.y?ml files in the folder of `fsPath`, sorted by name. */
export function relatedComposeFiles(fsPath: string, options: RelatedComposeOptions): RelatedFile[] {
  const folder = path.dirname(fsPath);
  const own = path.basename(fsPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const related: RelatedFile[] = [];
  for (const name of names.sort()) {
    if (name === own || !isComposeFileName(name)) continue;
    const full = path.join(folder, name);
    const open = options.openText?.(full);
    if (open !== undefined) {
      related.push({ path: name, text: open });
      continue;
    }
    try {
      const stat = statSync(full);
      if (!stat.isFile() || stat.size > options.maxFileSize) continue;
      related.push({ path: name, text: readFileSync(full, 'utf8') });
    } catch {
      // An unreadable neighbour only means fewer volume names are known; the document is still checked.
    }
  }
  return related;
}
