import type { CodedProblem } from '../../document';
import type { Mount } from '../../mounts/mount';
import type { LineIndex } from '../../text';
import type { DockerCommand } from './model';

export interface FoundCommands {
  readonly commands: readonly DockerCommand[];
  readonly mounts: readonly Mount[];
  readonly problems: readonly CodedProblem[];
}

/**
 * Finds docker/podman command lines in a piece of shell text that starts at `offset` in the document
 * (a whole script, a Makefile recipe line, a Markdown fence body, a workflow `run:` block, a Dockerfile RUN).
 * Placeholder: replaced by the real reader.
 */
export function findDockerCommands(_shellText: string, _offset: number, _lines: LineIndex): FoundCommands {
  return { commands: [], mounts: [], problems: [] };
}
