import type { AnalyzedDocument } from '../../document';
import type { Mount } from '../../mounts/mount';

/**
 * Mounts that can take something from the host: every mount of a Compose service or a command line.
 * A Dockerfile's VOLUME and RUN --mount cannot reach the host's paths, so they are left out.
 */
export function hostMounts(document: AnalyzedDocument): Mount[] {
  return document.mounts.filter((m) => m.syntax !== 'dockerfile-volume' && m.syntax !== 'run-mount' && m.source !== undefined);
}
