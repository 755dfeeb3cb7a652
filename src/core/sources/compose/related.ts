import { parseDocument } from 'yaml';
import type { RelatedFile } from '../../document';
import { isNamedVolume } from '../../mounts/mount';
import { LineIndex } from '../../text';
import { readVolumeDeclarations } from './declarations';
import { toComposeNode } from './node';
import { readServices } from './services';

export interface RelatedVolumes {
  readonly declared: Set<string>;
  readonly used: Set<string>;
}

/** Volume names declared and used in the other Compose files of the folder (base and overrides). */
export function readRelatedVolumes(files: readonly RelatedFile[] | undefined): RelatedVolumes {
  const declared = new Set<string>();
  const used = new Set<string>();
  for (const file of files ?? []) {
    try {
      const lines = new LineIndex(file.text);
      const doc = parseDocument(file.text, { keepSourceTokens: true, prettyErrors: false });
      const root = toComposeNode(doc.contents, doc, lines);
      if (root?.kind !== 'map') continue;
      for (const declaration of readVolumeDeclarations(root)) declared.add(declaration.name.value);
      for (const service of readServices(root, [])) {
        for (const mount of service.mounts) if (isNamedVolume(mount) && mount.source) used.add(mount.source.value);
      }
    } catch {
      // A related file that cannot be read adds nothing; it is checked on its own.
    }
  }
  return { declared, used };
}
