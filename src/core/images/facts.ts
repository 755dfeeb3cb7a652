/**
 * Facts about images the caller supplies as plain data; the core never asks the engine or the disk itself.
 * Both members are optional: each one missing only means that source is skipped.
 */
export interface ImageVolumeFacts {
  /**
   * The paths of `docker image inspect IMAGE` → `Config.Volumes` for an image present on the engine,
   * `undefined` when the image is not there (or no engine is reachable). Called with the reference as
   * written (`postgres:16`, `registry.example.com/team/app:1.2`).
   */
  readonly engine?: (imageRef: string) => readonly string[] | undefined;
  /**
   * The text of a file, by a path relative to the analysed document's folder (a Compose service's build
   * Dockerfile), `undefined` when it cannot be read.
   */
  readonly readFile?: (relativePath: string) => string | undefined;
}

/**
 * The paths of an image's `Config.Volumes` as the Engine API returns it (`{"/data": {}}`, or `null` when
 * the image declares none), in the engine's order. Anything else reads as none.
 */
export function configVolumePaths(configVolumes: unknown): string[] {
  if (typeof configVolumes !== 'object' || configVolumes === null || Array.isArray(configVolumes)) return [];
  return Object.keys(configVolumes);
}
