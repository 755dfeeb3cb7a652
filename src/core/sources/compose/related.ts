import { parseDocument } from 'yaml';
import type { RelatedFile } from '../../document';
import { LineIndex } from '../../text';
import { readVolumeDeclarations } from './declarations';
import { toComposeNode } from './node';
import { readServices } from './services';
import { volumeSource } from './volumeSources';

export interface RelatedVolumes {
  readonly declared: Set<string>;
  readonly used: Set<string>;
}

interface FileVolumes {
  readonly declared: readonly string[];
  readonly used: readonly string[];
}

// The same base and override files come with every analysis of a document (each edit): their
// names are kept by text, so only a file that changed is parsed again.
const CACHE_SIZE = 16;
const cache = new Map<string, FileVolumes>();

/**
 * Volume names declared and used in the other Compose files of the folder (base and overrides).
 * A used source that holds a variable is kept as written (`${PREFIX}_data`): it may name several.
 */
export function readRelatedVolumes(files: readonly RelatedFile[] | undefined): RelatedVolumes {
  const declared = new Set<string>();
  const used = new Set<string>();
  for (const file of files ?? []) {
    const volumes = fileVolumes(file.text);
    for (const name of volumes.declared) declared.add(name);
    for (const name of volumes.used) used.add(name);
  }
  return { declared, used };
}

function fileVolumes(text: string): FileVolumes {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const volumes = readFileVolumes(text);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(text, volumes);
  return volumes;
}

function readFileVolumes(text: string): FileVolumes {
  try {
    const lines = new LineIndex(text);
    const doc = parseDocument(text, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: false });
    const root = toComposeNode(doc.contents, doc, lines);
    if (root?.kind !== 'map') return { declared: [], used: [] };
    const used: string[] = [];
    for (const service of readServices(root, [])) {
      for (const mount of service.mounts) {
        const source = volumeSource(mount);
        if (source !== undefined) used.push(source);
      }
    }
    return { declared: readVolumeDeclarations(root).map((d) => d.name.value), used };
  } catch {
    // A related file that cannot be read adds nothing; it is checked on its own.
    return { declared: [], used: [] };
  }
}
