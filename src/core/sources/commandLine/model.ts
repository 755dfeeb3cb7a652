import type { Mount, VolumesFrom } from '../../mounts/mount';
import type { Position, Range, Spanned } from '../../text';

/** One shell word after quote removal, with the range of the word as written (quotes included). */
export interface CommandToken {
  readonly value: string;
  readonly raw: string;
  readonly range: Range;
}

/**
 * One flag as the docker CLI reads it, for hovers: `-itv /data` holds three (`interactive`, `tty`,
 * `volume`), each with the range of its own letter.
 */
export interface CommandFlag {
  /** The long name (`volume` for `-v`, `rm`, `mount`...). */
  readonly name: string;
  /** The flag as written: `--rm`, `--volume`, or the one letter of a shorthand. */
  readonly range: Range;
  /** Its value (after `=`, attached, or the next word), when it takes one. */
  readonly value: Spanned | undefined;
}

export type CommandVerb =
  | 'run'
  | 'create'
  | 'volume create'
  | 'volume rm'
  | 'volume prune'
  | 'volume ls'
  | 'volume inspect';

/** A `docker`/`podman` command line found in a script, Makefile, Markdown fence, workflow or RUN. */
export interface DockerCommand {
  /** `docker` or `podman` as written (after any `sudo`). */
  readonly program: Spanned;
  readonly verb: CommandVerb;
  /** The verb's words, e.g. `container run` or `volume prune`. */
  readonly verbRange: Range;
  /** Every word after the program, in order. */
  readonly tokens: readonly CommandToken[];
  /** The whole command, from the program to its last argument. */
  readonly range: Range;
  readonly mounts: readonly Mount[];
  readonly volumesFrom: readonly VolumesFrom[];
  /** `--rm` (or `--rm=true`), when given. */
  readonly rm: Spanned | undefined;
  /** `--read-only`, when given. */
  readonly readOnlyRootfs: Spanned | undefined;
  /** The image argument of run/create, when found. */
  readonly image: Spanned | undefined;
  /** Every flag before the image (run/create) or among the arguments (volume commands), in order. */
  readonly flags: readonly CommandFlag[];
  /** Where `--rm ` is inserted by the SW301 fix: just after the verb. */
  readonly insertFlagsAt: Position;
}
