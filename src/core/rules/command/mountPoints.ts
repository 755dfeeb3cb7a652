// How the daemon combines one command's mounts (moby's registerMountPoints, checked on Engine 20.10):
// `-v` specs with a source and every `--mount` are "binds" keyed by their cleaned destination, and two of
// them at one destination are refused ("Duplicate mount point"); a `-v SRC:DST` at a `--tmpfs` path is
// refused too. The CLI first collects `-v` values into a set (docker/cli container/opts.go), so a spec
// written twice, character for character, is one mount. An anonymous `-v /path` never conflicts: a bind,
// a --mount or a --tmpfs at the same path simply replaces it, and two of them make one volume.
import { isAnonymous } from '../../mounts/mount';
import type { Mount } from '../../mounts/mount';
import { cleanPath } from '../mount/paths';

export interface DuplicateMountPoint {
  readonly mount: Mount;
  /** The mount that already holds the destination. */
  readonly holder: Mount;
  readonly destination: string;
}

function isAnonymousVolumeFlag(mount: Mount): boolean {
  return mount.syntax === 'volume-flag' && isAnonymous(mount);
}

function usable(mount: Mount): string | undefined {
  const target = mount.target?.value;
  return target === undefined || target === '' || target.includes('$') ? undefined : target;
}

/** A `-v` spec as the CLI's set holds it: the source, the target and the mode exactly as written. */
function volumeFlagSpec(mount: Mount): string {
  const parts = [mount.source?.value ?? '', mount.target?.value ?? ''];
  if (mount.options.length > 0) parts.push(mount.options.map((o) => o.key).join(','));
  return parts.join(':');
}

export function duplicateMountPoints(mounts: readonly Mount[]): DuplicateMountPoint[] {
  // A destination needs two mounts to be held twice.
  if (mounts.length < 2) return [];
  const tmpfs = new Map<string, Mount>();
  for (const mount of mounts) {
    const target = usable(mount);
    if (mount.syntax === 'tmpfs-flag' && target !== undefined && !tmpfs.has(target)) tmpfs.set(target, mount);
  }
  const binds = new Map<string, Mount>();
  const duplicates: DuplicateMountPoint[] = [];
  // The daemon reads `-v` binds first, then `--mount`s.
  const ordered = [
    ...mounts.filter((m) => m.syntax === 'volume-flag' && !isAnonymous(m)),
    ...mounts.filter((m) => m.syntax === 'mount-flag'),
  ];
  const volumeSpecs = new Set<string>();
  for (const mount of ordered) {
    const target = usable(mount);
    if (target === undefined) continue;
    if (mount.syntax === 'volume-flag') {
      const spec = volumeFlagSpec(mount);
      if (volumeSpecs.has(spec)) continue;
      volumeSpecs.add(spec);
    }
    const destination = cleanPath(target);
    const holder = binds.get(destination) ?? (mount.syntax === 'volume-flag' ? tmpfs.get(destination) : undefined);
    if (holder !== undefined) duplicates.push({ mount, holder, destination });
    else binds.set(destination, mount);
  }
  return duplicates;
}

/** The anonymous volumes a run/create really creates (one per distinct path; replaced ones left out). */
export function createdAnonymousVolumes(mounts: readonly Mount[]): Mount[] {
  // A lone mount has nothing to replace it or to share its path with.
  if (mounts.length < 2) return mounts.filter(isAnonymous);
  const replaced = new Set<string>();
  for (const mount of mounts) {
    const target = usable(mount);
    if (target === undefined) continue;
    if (mount.syntax === 'tmpfs-flag') replaced.add(target);
    else if (!isAnonymousVolumeFlag(mount)) replaced.add(cleanPath(target));
  }
  const seen = new Set<string>();
  const created: Mount[] = [];
  for (const mount of mounts) {
    if (!isAnonymous(mount)) continue;
    if (isAnonymousVolumeFlag(mount)) {
      const target = mount.target?.value;
      const destination = target === undefined ? '' : cleanPath(target);
      if (target !== undefined && !target.includes('$') && (replaced.has(destination) || seen.has(destination))) continue;
      seen.add(destination);
    }
    created.push(mount);
  }
  return created;
}
