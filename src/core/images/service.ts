import type { AnalyzedDocument, AnalyzeOptions } from '../document';
import type { Localized } from '../l10n';
import type { ComposeService } from '../sources/compose/model';
import type { Range } from '../text';
import { serviceImage } from './composeService';
import { buildDockerfilePath, buildVolumesOf, imageVolumesOf } from './resolve';
import type { ImageVolumes } from './resolve';
import { cleanPath } from './paths';

/** What a Compose service's image declares, with how messages name that image and where they point. */
export interface ServiceImageVolumes extends ImageVolumes {
  /** `postgres:16`, or the Dockerfile a `build:` reads. */
  readonly label: Localized;
  /** The `image:` value, or the `build:` key. */
  readonly range: Range;
}

// Both rules ask for each service; the answer holds only for the options it was computed with.
const cache = new WeakMap<ComposeService, { readonly options: AnalyzeOptions; readonly value: ServiceImageVolumes | undefined }>();

/**
 * The volumes of the image a service runs, asked in Compose's own order: a service with `build:` runs the
 * image built from the workspace Dockerfile (`image:` only names it), else its `image:` (the engine's
 * facts, then the built-in table).
 */
export function serviceImageVolumes(document: AnalyzedDocument, service: ComposeService, options: AnalyzeOptions): ServiceImageVolumes | undefined {
  const cached = cache.get(service);
  if (cached?.options === options) return cached.value;
  const value = resolve(document, service, options);
  cache.set(service, { options, value });
  return value;
}

function resolve(document: AnalyzedDocument, service: ComposeService, options: AnalyzeOptions): ServiceImageVolumes | undefined {
  const { image, build } = serviceImage(document, service);
  const facts = options.imageVolumes;
  if (build !== undefined) {
    const built = buildVolumesOf(build, facts);
    const path = buildDockerfilePath(build) ?? 'Dockerfile';
    const stage = build.target === undefined ? '' : ` (stage ${build.target})`;
    // A build whose Dockerfile cannot be read is unknown: the image named beside it is what it will build.
    if (built === undefined) return undefined;
    return {
      ...built,
      label: { en: `The image built from ${path}${stage}`, ko: `${path}${stage}에서 빌드한 이미지` },
      range: image?.range ?? build.keyRange,
    };
  }
  if (image === undefined) return undefined;
  const found = imageVolumesOf(image.value, facts);
  if (found === undefined) return undefined;
  return { ...found, label: { en: image.value, ko: image.value }, range: image.range };
}

/**
 * The declared volumes no mount of the service sits exactly at. The engine creates an anonymous volume for
 * every image volume whose destination has no mount of its own: a mount at a folder above it does not
 * count (the anonymous volume is mounted over it; checked against a real engine). Empty when the answer
 * cannot be known from this file: a mount target with a variable, `volumes_from:`, or a related Compose
 * file (override) that mounts that path.
 */
export function uncoveredImageVolumes(service: ComposeService, resolved: ImageVolumes, options: AnalyzeOptions): string[] {
  if (service.volumesFrom.length > 0) return [];
  const targets = new Set<string>();
  for (const mount of service.mounts) {
    const target = mount.target?.value;
    if (target === undefined) continue;
    if (target.includes('$')) return [];
    // A service's `tmpfs:` entries are matched as written (moby's HasMountFor); other mounts by their cleaned path.
    if (target.startsWith('/')) targets.add(mount.syntax === 'tmpfs-flag' ? target : cleanPath(target));
  }
  const related = options.relatedComposeFiles ?? [];
  return resolved.volumes.filter((path) => !targets.has(cleanPath(path)) && !related.some((file) => mentionsTarget(file.text, path)));
}

/** An override file that mounts this path (`:/data` or `target: /data`) is taken to cover it. */
function mentionsTarget(text: string, path: string): boolean {
  let at = text.indexOf(path);
  while (at >= 0) {
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text[at + path.length] ?? '';
    if (/(:|target:\s*["']?)$/.test(before) && !/[\w.-]/.test(after)) return true;
    at = text.indexOf(path, at + 1);
  }
  return false;
}
