import type { Rule } from '../rule';
import { sw201AnonymousVolume } from './sw201AnonymousVolume';
import { sw202UndeclaredVolume } from './sw202UndeclaredVolume';
import { sw203UnusedVolume } from './sw203UnusedVolume';
import { sw204ShortSyntax } from './sw204ShortSyntax';
import { sw205LongSyntax } from './sw205LongSyntax';
import { sw206ExternalAttributes } from './sw206ExternalAttributes';
import { sw207DuplicateTarget } from './sw207DuplicateTarget';
import { sw208BareFolderSource } from './sw208BareFolderSource';
import { sw209ImageVolumeNotMounted } from './sw209ImageVolumeNotMounted';
import { sw210MissingExternalVolume } from './sw210MissingExternalVolume';
import { sw211DatabaseBindMount } from './sw211DatabaseBindMount';

export const composeRules: readonly Rule[] = [
  sw201AnonymousVolume,
  sw202UndeclaredVolume,
  sw203UnusedVolume,
  sw204ShortSyntax,
  sw205LongSyntax,
  sw206ExternalAttributes,
  sw207DuplicateTarget,
  sw208BareFolderSource,
  sw209ImageVolumeNotMounted,
  sw210MissingExternalVolume,
  sw211DatabaseBindMount,
];
