// Which VOLUME paths an image declares: the workspace Dockerfile of a Compose `build:`, then the engine's
// facts, then the built-in table of widely used images.
export { configVolumePaths } from './facts';
export type { ImageVolumeFacts } from './facts';
export { parseImageReference, tagMajor } from './reference';
export type { ImageReference } from './reference';
export { lookupOfficialImage, OFFICIAL_IMAGES } from './table';
export type { ImageVolumeEntry, ImageVolumeVariant, TableMatch, TagRange } from './table';
export { buildDockerfilePath, buildVolumesOf, dockerfileVolumes, imageVolumesOf } from './resolve';
export type { ImageVolumes, ImageVolumesOrigin } from './resolve';
export { serviceImage } from './composeService';
export type { ServiceBuild, ServiceImage } from './composeService';
export { serviceImageVolumes, uncoveredImageVolumes } from './service';
export type { ServiceImageVolumes } from './service';
export { cleanPath, isWithin } from './paths';
export { commandImageVolumes } from './command';
