import type { Mount } from '../../mounts/mount';
import type { Range, Spanned } from '../../text';

export interface ComposeService {
  readonly name: Spanned;
  /** The service's `volumes:` mounts and `tmpfs:` entries, in order. */
  readonly mounts: readonly Mount[];
  /** The `volumes:` key of the service, when present. */
  readonly volumesKeyRange: Range | undefined;
  readonly range: Range;
}

/** An entry under the top-level `volumes:`. */
export interface ComposeVolumeDeclaration {
  readonly name: Spanned;
  readonly external: boolean;
  /** The whole entry (key and value), for removal. */
  readonly range: Range;
}

export interface ComposeDocument {
  readonly services: readonly ComposeService[];
  readonly volumes: readonly ComposeVolumeDeclaration[];
  /** The top-level `volumes:` key, when present. */
  readonly volumesKeyRange: Range | undefined;
  /** Names declared under top-level `volumes:` in related Compose files (base or override). */
  readonly relatedVolumeNames: ReadonlySet<string>;
  /** Services' volume names used in related Compose files (so SW203 stays quiet for a base file). */
  readonly relatedUsedVolumeNames: ReadonlySet<string>;
}
