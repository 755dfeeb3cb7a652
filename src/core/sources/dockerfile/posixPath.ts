/** Joins and cleans POSIX paths the way Go's path.Join does. */
export function joinPath(base: string, relative: string): string {
  const joined = relative.startsWith('/') ? relative : `${base}/${relative}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}
