import type { Rule } from '../rule';
import { sw101AnonymousVolume } from './sw101AnonymousVolume';
import { sw102VolumeSingleQuotes } from './sw102VolumeSingleQuotes';
import { sw103VolumeMalformed } from './sw103VolumeMalformed';
import { sw104VolumeHostPath } from './sw104VolumeHostPath';
import { sw105VolumeRelativePath } from './sw105VolumeRelativePath';
import { sw106VolumeUndefinedVariable } from './sw106VolumeUndefinedVariable';
import { sw107ChangeUnderVolume } from './sw107ChangeUnderVolume';
import { sw110InvalidRunMount } from './sw110InvalidRunMount';

export const dockerfileRules: readonly Rule[] = [
  sw101AnonymousVolume,
  sw102VolumeSingleQuotes,
  sw103VolumeMalformed,
  sw104VolumeHostPath,
  sw105VolumeRelativePath,
  sw106VolumeUndefinedVariable,
  sw107ChangeUnderVolume,
  sw110InvalidRunMount,
];
