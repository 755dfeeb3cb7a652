import type { AnalyzeOptions } from '../document';
import type { DockerCommand } from '../sources/commandLine/model';
import { cleanPath } from './paths';
import { imageVolumesOf } from './resolve';

/**
 * The `VOLUME` paths of a `docker run`/`create` command's image that the engine turns into anonymous
 * volumes: those with no mount (of any type, tmpfs included) at exactly that path. Empty when the image is
 * unknown, or with `--volumes-from`, whose mounts take the image's paths first and are not known here.
 */
export function commandImageVolumes(command: DockerCommand, options: AnalyzeOptions): string[] {
  if ((command.verb !== 'run' && command.verb !== 'create') || command.image === undefined || command.volumesFrom.length > 0) return [];
  const resolved = imageVolumesOf(command.image.value, options.imageVolumes);
  if (resolved === undefined || resolved.volumes.length === 0) return [];
  const targets = new Set<string>();
  for (const mount of command.mounts) {
    const target = mount.target?.value;
    if (target === undefined) continue;
    if (target.includes('$')) return [];
    // `--tmpfs` paths are matched as written (moby's HasMountFor); every other mount by its cleaned path.
    if (target.startsWith('/')) targets.add(mount.syntax === 'tmpfs-flag' ? target : cleanPath(target));
  }
  return resolved.volumes.filter((path) => !targets.has(cleanPath(path)));
}
