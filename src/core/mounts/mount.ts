import type { Range, Spanned } from '../text';

/**
 * Every storage syntax Stowage reads lands in this one shape. Rules, hovers, fixes and the map speak of
 * `Mount`, never of raw strings.
 *
 * `volume`, `bind`, `tmpfs`, `npipe`, `image`, `cluster` are the engine's mount types (docker/cli
 * opts/mount.go); `cache`, `secret`, `ssh` exist only in a Dockerfile's `RUN --mount` (BuildKit).
 */
export type MountType = 'volume' | 'bind' | 'tmpfs' | 'npipe' | 'image' | 'cluster' | 'cache' | 'secret' | 'ssh';

/** Which syntax a mount was written in. */
export type MountSyntax =
  | 'volume-flag' // -v / --volume SRC:DST:MODE
  | 'mount-flag' // --mount type=...,source=...,target=...
  | 'tmpfs-flag' // --tmpfs DST[:opts]
  | 'compose-short' // compose service volumes: - SRC:DST:MODE
  | 'compose-long' // compose service volumes: - type: volume ...
  | 'dockerfile-volume' // VOLUME /data
  | 'run-mount'; // RUN --mount=type=cache,target=...

/** Where a mount lives, for the map and for messages: a Compose service, a command line, a Dockerfile. */
export interface MountContext {
  readonly kind: 'compose-service' | 'command' | 'dockerfile';
  /** Service name, the command as `docker run IMAGE`, or the Dockerfile stage name / index. */
  readonly name: string;
}

/** One `key=value` (or bare `key`, or `-v` mode word) exactly as written, with both ranges. */
export interface MountOption {
  readonly key: string;
  readonly keyRange: Range;
  readonly value: string | undefined;
  readonly valueRange: Range | undefined;
}

export interface Mount {
  readonly type: MountType;
  /** Volume name, host path, cache id... `undefined` when none was given (an anonymous volume for `volume`). */
  readonly source: Spanned | undefined;
  /** Path inside the container. `undefined` only when the spec is missing it (an error in most syntaxes). */
  readonly target: Spanned | undefined;
  readonly readOnly: boolean;
  /**
   * Every option as written, in order, including source/target/type keys for key=value syntaxes and the
   * mode words of a `-v` spec (`ro`, `z`, `rprivate`, `nocopy`...). Type-specific facts (propagation,
   * nocopy, subpath, size, mode...) are read from here through the helpers below.
   */
  readonly options: readonly MountOption[];
  readonly syntax: MountSyntax;
  readonly context: MountContext;
  /** The whole spec. */
  readonly range: Range;
  /** For Dockerfile VOLUME: the path exactly as Docker records it in the image's Config.Volumes. */
  readonly recordedTarget?: string;
}

/** An anonymous volume: a volume mount with no source. Derived, never stored. */
export function isAnonymous(mount: Mount): boolean {
  return mount.type === 'volume' && (mount.source === undefined || mount.source.value === '');
}

export function isNamedVolume(mount: Mount): boolean {
  return mount.type === 'volume' && !isAnonymous(mount);
}

export function optionValue(mount: Mount, ...keys: string[]): MountOption | undefined {
  return mount.options.find((o) => keys.includes(o.key));
}

/** `--volumes-from NAME[:ro|rw]`: not a mount of its own but a copy of another container's mounts. */
export interface VolumesFrom {
  readonly container: Spanned;
  readonly mode: Spanned | undefined;
  readonly range: Range;
}
