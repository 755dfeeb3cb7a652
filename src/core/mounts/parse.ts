import type { SpecProblem } from '../findings';
import type { Mount, MountContext, VolumesFrom } from './mount';
import type { SpecText } from './specText';

/** What every spec parser returns: the mount when the spec could be read, and what Docker would refuse. */
export interface ParsedMount {
  readonly mount: Mount | undefined;
  readonly problems: readonly SpecProblem[];
}

export interface ParsedVolumesFrom {
  readonly volumesFrom: VolumesFrom | undefined;
  readonly problems: readonly SpecProblem[];
}

export type { MountContext, SpecText };
