// The version printed by `--version` and written into SARIF. The build writes it into the bundle (the
// core's `version`); unbundled code, as in tests, reads it from the package's own package.json.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { version as builtVersion } from '../core/index';

export const INFORMATION_URI = 'https://github.com/stowage-dev/stowage';

let cached: string | undefined;

export function packageVersion(): string {
  if (cached !== undefined) return cached;
  cached = builtVersion;
  if (!builtVersion.endsWith('-dev')) return cached;
  let folder = __dirname;
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest)) {
      try {
        const data = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown; version?: unknown };
        if (data.name === 'stowage' && typeof data.version === 'string') {
          cached = data.version;
          break;
        }
      } catch {
        // A broken manifest on the way up is not ours; keep looking.
      }
    }
    const parent = path.dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return cached;
}
