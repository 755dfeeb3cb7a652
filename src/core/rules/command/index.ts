import type { Rule } from '../rule';
import { sw301AnonymousVolumeWithoutRm } from './sw301AnonymousVolumeWithoutRm';
import { sw302InvalidVolumeFlag } from './sw302InvalidVolumeFlag';
import { sw303InvalidMountFlag } from './sw303InvalidMountFlag';
import { sw304InvalidTmpfsFlag } from './sw304InvalidTmpfsFlag';
import { sw305DuplicateMountTarget } from './sw305DuplicateMountTarget';
import { sw306InvalidVolumesFrom } from './sw306InvalidVolumesFrom';

export const commandRules: readonly Rule[] = [
  sw301AnonymousVolumeWithoutRm,
  sw302InvalidVolumeFlag,
  sw303InvalidMountFlag,
  sw304InvalidTmpfsFlag,
  sw305DuplicateMountTarget,
  sw306InvalidVolumesFrom,
];
