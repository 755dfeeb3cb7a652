// Container paths compared the way the engine compares mount destinations: cleaned, no trailing slash.
import { cleanPosixPath } from '../mounts/paths';

export function cleanPath(path: string): string {
  // Most paths are already clean: skip the split and join, which dominate on large files.
  if (path.startsWith('/') && !path.includes('//') && !path.includes('/.') && (path.length === 1 || !path.endsWith('/'))) return path;
  return cleanPosixPath(path.startsWith('/') ? path : `/${path}`);
}

/** Whether `path` is `folder` itself or lies inside it (both absolute). */
export function isWithin(path: string, folder: string): boolean {
  const inner = cleanPath(path);
  const outer = cleanPath(folder);
  return inner === outer || outer === '/' || inner.startsWith(`${outer}/`);
}
