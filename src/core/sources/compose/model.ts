import type { Mount, VolumesFrom } from '../../mounts/mount';
import type { Range, Spanned } from '../../text';

export interface ComposeService {
  readonly name: Spanned;
  /** The service's `volumes:` mounts and `tmpfs:` entries, in order. */
  readonly mounts: readonly Mount[];
  /** The `volumes:` key of the service, when present. */
  readonly volumesKeyRange: Range | undefined;
  readonly range: Range;
  /** `volumes_from:` entries (`service`, `service:ro`, `container:name:rw`). */
  readonly volumesFrom: readonly VolumesFrom[];
  /** Mounts whose text comes from an anchor or merge key, so editing it would change other places too. */
  readonly sharedMounts: ReadonlySet<Mount>;
}

/** One attribute of a top-level volume (`driver`, `driver_opts`, `labels`, `name`, `external`...). */
export interface ComposeVolumeAttribute {
  readonly key: Spanned;
  /** The attribute's key and value, for removal. */
  readonly range: Range;
}

/** An entry under the top-level `volumes:`. */
export interface ComposeVolumeDeclaration {
  readonly name: Spanned;
  readonly external: boolean;
  /** The whole entry (key and value), for removal. */
  readonly range: Range;
  /** The attributes as written, in order (empty for `data:` or `data: {}`). */
  readonly attributes: readonly ComposeVolumeAttribute[];
  /** The `name:` attribute: the volume's name on the engine, when it differs from the key. */
  readonly engineName: Spanned | undefined;
  /** Came from an anchor or merge key: its text is shared, so it is not edited in place. */
  readonly shared: boolean;
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
  /**
   * The YAML has syntax errors. What could be read is still here, but rules that need the whole file
   * (undeclared or unused volumes, duplicate targets) stay quiet rather than guess.
   */
  readonly broken: boolean;
  /** Where edits that add to the file go. */
  readonly layout: ComposeLayout;
}

/** What fixes need to add text in the file's own style. */
export interface ComposeLayout {
  /** One level of indentation as the file writes it (two spaces when nothing says otherwise). */
  readonly indent: string;
  /**
   * The top-level `volumes:` value: a block mapping, a flow mapping, nothing (`volumes:` alone), no key at
   * all, or something fixes must not write into (an alias, a merge key, a value of the wrong kind).
   */
  readonly volumesStyle: 'block' | 'flow' | 'empty' | 'missing' | 'uneditable';
  /** Document offset just past the last character of the top-level `volumes:` block (or the key line). */
  readonly volumesInsertOffset: number;
  /** Indentation of the entries under top-level `volumes:`. */
  readonly volumesEntryIndent: string;
  /** The line break the file uses. */
  readonly eol: string;
}
