import type { DockerfileDocument, DockerfileStage } from '../sources/dockerfile/model';
import { readDockerfile } from '../sources/dockerfile';
import { LineIndex } from '../text';
import type { ServiceBuild } from './composeService';
import type { ImageVolumeFacts } from './facts';
import { cleanPath } from './paths';
import { lookupOfficialImage } from './table';

/** Where the answer came from, in the order they are asked. */
export type ImageVolumesOrigin = 'dockerfile' | 'engine' | 'table';

/** The `VOLUME` paths an image declares, and where a database image keeps its files. */
export interface ImageVolumes {
  readonly volumes: readonly string[];
  /** From the built-in table, also through a Dockerfile's `FROM`. */
  readonly dataPath: string | undefined;
  readonly origin: ImageVolumesOrigin;
  /** The table entry's source, when the table answered. */
  readonly source?: string;
}

/**
 * An image by reference: the engine's `Config.Volumes` when the image is present, otherwise the built-in
 * table. The data path always comes from the table (the engine does not know what a database is).
 */
export function imageVolumesOf(imageRef: string, facts: ImageVolumeFacts | undefined): ImageVolumes | undefined {
  const table = lookupOfficialImage(imageRef);
  const fromEngine = facts?.engine?.(imageRef);
  if (fromEngine !== undefined) {
    return { volumes: fromEngine.map(cleanPath), dataPath: table?.variant.dataPath, origin: 'engine' };
  }
  if (table === undefined) return undefined;
  return { volumes: table.variant.volumes, dataPath: table.variant.dataPath, origin: 'table', source: table.variant.source };
}

/** The Dockerfile path a `build:` names, relative to the Compose file's folder; `undefined` for a remote context. */
export function buildDockerfilePath(build: ServiceBuild): string | undefined {
  const context = build.context;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@') || context.includes('$')) return undefined;
  const dockerfile = build.dockerfile ?? 'Dockerfile';
  if (dockerfile.includes('$')) return undefined;
  if (dockerfile.startsWith('/')) return dockerfile;
  const base = context.replace(/\/+$/, '');
  return base === '' || base === '.' ? dockerfile : `${base}/${dockerfile}`;
}

/**
 * A service built from a workspace Dockerfile: the `VOLUME`s of the target stage (the last one when no
 * `target:`) and of the stages it is built FROM, plus those of the outside base image it starts from.
 */
export function buildVolumesOf(build: ServiceBuild, facts: ImageVolumeFacts | undefined): ImageVolumes | undefined {
  const path = buildDockerfilePath(build);
  const text = path === undefined ? undefined : facts?.readFile?.(path);
  if (path === undefined || text === undefined) return undefined;
  const dockerfile = readDockerfile(text, new LineIndex(text), { path }).dockerfile;
  if (dockerfile === undefined) return undefined;
  return dockerfileVolumes(dockerfile, build.target, facts);
}

export function dockerfileVolumes(dockerfile: DockerfileDocument, target: string | undefined, facts: ImageVolumeFacts | undefined): ImageVolumes | undefined {
  const stages = dockerfile.stages;
  const wanted = target === undefined ? stages[stages.length - 1] : stages.find((s) => s.name?.value.toLowerCase() === target.toLowerCase());
  if (wanted === undefined) return undefined;
  const volumes: string[] = [];
  let dataPath: string | undefined;
  const seen = new Set<number>();
  for (let stage: DockerfileStage | undefined = wanted; stage !== undefined && !seen.has(stage.index); stage = stage.parentStage === undefined ? undefined : stages[stage.parentStage]) {
    seen.add(stage.index);
    for (const mount of stage.volumes) {
      const recorded = mount.recordedTarget ?? mount.target?.value;
      if (recorded !== undefined && recorded.startsWith('/')) volumes.push(cleanPath(recorded));
    }
    if (stage.parentStage === undefined && stage.baseImage !== undefined) {
      const base = expandGlobalArgs(stage.baseImage.value, dockerfile);
      const inherited = base === undefined || base.toLowerCase() === 'scratch' ? undefined : imageVolumesOf(base, facts);
      if (inherited !== undefined) {
        volumes.push(...inherited.volumes);
        dataPath = inherited.dataPath;
      }
    }
  }
  return { volumes: [...new Set(volumes)], dataPath, origin: 'dockerfile' };
}

/** `FROM postgres:${PG}` with `ARG PG=16` before it; `undefined` when a variable has no default. */
function expandGlobalArgs(image: string, dockerfile: DockerfileDocument): string | undefined {
  if (!image.includes('$')) return image;
  let unknown = false;
  const expanded = image.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_all, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare ?? '';
    const value = dockerfile.globalArgs?.filter((a) => a.name.value === name).at(-1)?.value;
    if (value !== undefined && value !== '') return value;
    if (fallback !== undefined) return fallback;
    unknown = true;
    return '';
  });
  return unknown ? undefined : expanded;
}
