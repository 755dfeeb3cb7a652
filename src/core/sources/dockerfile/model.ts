import type { Mount } from '../../mounts/mount';
import type { Range, Spanned } from '../../text';

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
}

export interface DockerfileDocument {
  readonly stages: readonly DockerfileStage[];
}
