// Host and container paths as Docker compares them: cleaned like Go's path.Clean, so `/data/`, `/data/.`
// and `//data` are one mount point.

import { cleanPosixPath } from '../../mounts/paths';

/** Already clean: rooted, no empty, `.` or `..` segment, no trailing slash (most container paths). */
const CLEAN_ROOTED = /^(?:\/(?!\.\.?(?:\/|$))[^/]+)+$/;

export function cleanPath(path: string): string {
  return CLEAN_ROOTED.test(path) ? path : cleanPosixPath(path);
}

/** Whether `path` is `ancestor` or lies under it (both cleaned). */
export function isWithin(path: string, ancestor: string): boolean {
  return path === ancestor || ancestor === '/' || path.startsWith(`${ancestor}/`);
}

const HOME_PREFIX = /^(?:~|\$HOME\b|\$\{HOME\})(?=\/|$)/;

/**
 * A host path in a comparable form: `~`, `$HOME` and `${HOME}` become `~`; `/var/run` becomes `/run`
 * (a symlink on every current distribution). `undefined` for a source that is not a host path.
 */
export function hostPath(source: string): string | undefined {
  if (HOME_PREFIX.test(source)) return `~${cleanPath(`/${source.replace(HOME_PREFIX, '')}`).replace(/^\/$/, '')}`;
  if (!source.startsWith('/')) return undefined;
  const cleaned = cleanPath(source);
  return cleaned === '/var/run' || cleaned.startsWith('/var/run/') ? cleaned.slice('/var'.length) : cleaned;
}
