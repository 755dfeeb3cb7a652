import type { Mount } from '../../mounts/mount';
import type { Range, Spanned } from '../../text';

/** An `ARG` or `ENV` definition, in document order. */
export interface DockerfileVariable {
  readonly kind: 'ARG' | 'ENV';
  readonly name: Spanned;
  /** The value after expansion; `undefined` for `ARG NAME` without a default. */
  readonly value: string | undefined;
  /** The whole `NAME=value` (or `NAME`) as written. */
  readonly range: Range;
}

/** One word of a shell command line, quotes removed, with where it was written. */
export interface ShellWord {
  readonly value: string;
  readonly range: Range;
}

/** A simple command inside a RUN's shell text: `name args... > redirect`. */
export interface ShellCommand {
  /** The command word after `NAME=value` prefixes and `sudo`/`env`/`exec`; undefined for a bare assignment. */
  readonly name: ShellWord | undefined;
  readonly args: readonly ShellWord[];
  /** Targets of `>`, `>>`, `2>`... redirections. */
  readonly redirects: readonly ShellWord[];
}

/** A RUN, COPY, ADD or WORKDIR instruction in a stage, with what SW107 needs to know. */
export interface DockerfileStep {
  readonly keyword: 'RUN' | 'COPY' | 'ADD' | 'WORKDIR';
  readonly range: Range;
  readonly keywordRange: Range;
  /** The WORKDIR in effect, when the Dockerfile sets one in this stage or an in-file parent stage. */
  readonly workdir: string | undefined;
  /**
   * COPY/ADD: the destination as written, `value` expanded and made absolute against `workdir`.
   * Read only once the stage has declared a VOLUME.
   */
  readonly destination?: ShellWord;
  /** RUN: the simple commands of its shell text (shell form and heredoc bodies), once the stage has a VOLUME. */
  readonly commands?: readonly ShellCommand[];
}

export interface DockerfileStage {
  /** 0-based position among the FROM instructions. */
  readonly index: number;
  /** `AS name`, when given. */
  readonly name: Spanned | undefined;
  readonly range: Range;
  /** One mount per path of every `VOLUME` instruction in the stage (type `volume`, anonymous). */
  readonly volumes: readonly Mount[];
  /** `RUN --mount=...` mounts in the stage. */
  readonly runMounts: readonly Mount[];
  /** The image after FROM (and its flags), as written. */
  readonly baseImage: Spanned | undefined;
  /** Index of the earlier stage this one is built FROM, when it names one. */
  readonly parentStage: number | undefined;
  /** ARG and ENV definitions of the stage, in order. */
  readonly variables: readonly DockerfileVariable[];
  /** RUN, COPY, ADD and WORKDIR instructions, in order. */
  readonly steps: readonly DockerfileStep[];
}

export interface DockerfileDocument {
  readonly stages: readonly DockerfileStage[];
  /** ARGs before the first FROM: visible in a stage only where it declares them again. */
  readonly globalArgs?: readonly DockerfileVariable[];
  /** `\` or the character of a `# escape=` directive. */
  readonly escapeCharacter?: string;
}
