import { OFFICIAL_IMAGES } from './officialImages';
import { parseImageReference, tagMajor } from './reference';
import type { ImageReference } from './reference';

/** Which tags a variant of an image covers, by the tag's leading version number. */
export interface TagRange {
  readonly fromMajor?: number;
  readonly toMajor?: number;
  /** Also covers `latest`, no tag, and tags without a version (`alpine`, `bookworm`). */
  readonly latest?: boolean;
}

/** What one range of an image's tags declares, and where that was read. */
export interface ImageVolumeVariant {
  readonly tags: TagRange;
  /** The image's `VOLUME` paths, as its Dockerfile declares them (variables expanded). */
  readonly volumes: readonly string[];
  /** For a database: where its files live (SW211), inside or equal to one of `volumes` when it has any. */
  readonly dataPath?: string;
  /** The published Dockerfile read: repository, path, and the versions it was checked for. */
  readonly source: string;
}

export interface ImageVolumeEntry {
  /** Repositories as `parseImageReference` normalizes them. */
  readonly repositories: readonly string[];
  /** Checked in order; the first whose range covers the tag answers. */
  readonly variants: readonly ImageVolumeVariant[];
}

export interface TableMatch {
  readonly reference: ImageReference;
  readonly variant: ImageVolumeVariant;
}

const BY_REPOSITORY = new Map<string, ImageVolumeEntry>();
for (const entry of OFFICIAL_IMAGES) for (const repository of entry.repositories) BY_REPOSITORY.set(repository, entry);

/** The built-in table's answer for an image reference, `undefined` when the image or its tag is unknown. */
export function lookupOfficialImage(imageRef: string): TableMatch | undefined {
  const reference = parseImageReference(imageRef);
  if (reference === undefined) return undefined;
  const entry = BY_REPOSITORY.get(reference.repository);
  if (entry === undefined) return undefined;
  const major = tagMajor(reference.tag);
  // A digest alone says nothing about the version: only an entry with one variant can answer.
  if (reference.tag === undefined && reference.digest !== undefined && entry.variants.length > 1) return undefined;
  const variant = entry.variants.find((v) => covers(v.tags, major));
  return variant === undefined ? undefined : { reference, variant };
}

function covers(range: TagRange, major: number | undefined): boolean {
  if (major === undefined) return range.latest === true;
  return (range.fromMajor === undefined || major >= range.fromMajor) && (range.toMajor === undefined || major <= range.toMajor);
}

export { OFFICIAL_IMAGES };
