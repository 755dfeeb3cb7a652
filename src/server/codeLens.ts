// The line above each Compose service's `volumes:`: how many mounts, how many anonymous, and how much
// the service's volumes hold on the engine ("3 mounts · 1 anonymous · 2.1 GB"). Without an engine the
// size is left out; nothing here waits on one.
import type { AnalyzedDocument, Localized, Range } from '../core';
import { isAnonymous } from '../core';
import { composeEngineVolumeName, composeProjectName, type EngineFacts, type ProjectFile } from '../core/engineFacts';
import { formatVolumeSize } from '../core/docs/engineVolume';

export interface ServiceLens {
  readonly range: Range;
  readonly title: Localized;
}

export function serviceLenses(document: AnalyzedDocument, engine: EngineFacts | undefined, related: readonly ProjectFile[] = []): ServiceLens[] {
  const compose = document.compose;
  if (document.kind !== 'compose' || compose === undefined) return [];
  const project = composeProjectName(document, related);
  const lenses: ServiceLens[] = [];
  for (const service of compose.services) {
    if (service.volumesKeyRange === undefined) continue;
    const mounts = service.mounts.length;
    const anonymous = service.mounts.filter(isAnonymous).length;
    const size = engine === undefined ? undefined : serviceSize(engine, project, service.name.value, service.mounts.flatMap((m) => (m.type === 'volume' && m.source !== undefined && m.source.value !== '' ? [composeEngineVolumeName(compose, project, m.source.value)] : [])));
    const sizeText = size === undefined ? '' : ` · ${formatVolumeSize(size)}`;
    lenses.push({
      range: service.volumesKeyRange,
      title: {
        en: `${mounts} ${mounts === 1 ? 'mount' : 'mounts'} · ${anonymous} anonymous${sizeText}`,
        ko: `마운트 ${mounts}개 · 익명 ${anonymous}개${sizeText}`,
      },
    });
  }
  return lenses;
}

/**
 * Bytes in the service's named volumes plus the anonymous volumes its containers hold (found by the
 * Compose labels); undefined when the engine knows no size for any of them.
 */
function serviceSize(engine: EngineFacts, project: string | undefined, service: string, namedVolumes: readonly (string | undefined)[]): number | undefined {
  const names = new Set<string>();
  for (const name of namedVolumes) if (name !== undefined) names.add(name);
  if (project !== undefined) {
    for (const name of engine.serviceVolumes.get(`${project}/${service}`) ?? []) {
      if (engine.volumes.get(name)?.anonymous === true) names.add(name);
    }
  }
  let total: number | undefined;
  for (const name of names) {
    const bytes = engine.volumes.get(name)?.sizeBytes;
    if (bytes !== undefined && bytes >= 0) total = (total ?? 0) + bytes;
  }
  return total;
}
