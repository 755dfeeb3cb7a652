// Remove and prune that never lose data: nothing in use is removed, and prune deletes exactly the set the
// user was shown, minus any volume that came into use since.
//
// Prune deletes the previewed volumes one by one (DELETE /volumes/{name}, never forced) instead of calling
// POST /volumes/prune: the prune API deletes whatever is unused at the moment it runs, including volumes
// created after the preview, and before API 1.42 it cannot be limited to anonymous volumes at all. A plain
// DELETE is refused by the engine with 409 while any container (running or stopped) references the
// volume, so a volume that comes into use between our re-check and the delete is still kept.
import type { Localized } from '../core/l10n';
import type { EngineClient } from './client';
import { EngineError, type EngineFault } from './errors';
import { usersByVolume, type VolumeUser } from './explorerModel';
import type { VolumeRecord } from './records';

export type RemoveOutcome =
  | { readonly name: string; readonly kind: 'removed' }
  | { readonly name: string; readonly kind: 'inUse'; readonly users: readonly string[] }
  | { readonly name: string; readonly kind: 'notFound' }
  | { readonly name: string; readonly kind: 'failed'; readonly fault: EngineFault };

async function usersOf(client: EngineClient, name: string): Promise<string[]> {
  const containers = await client.listContainers({ volume: [name] });
  // The `volume` filter also matches a mount destination; keep only real users of this volume.
  return containers.filter((container) => container.mounts.some((mount) => mount.volumeName === name)).map((container) => container.name);
}

/** Removes one volume unless a container uses it; the engine's own 409 is the final word. */
export async function removeVolumeSafely(client: EngineClient, name: string): Promise<RemoveOutcome> {
  try {
    const users = await usersOf(client, name);
    if (users.length > 0) return { name, kind: 'inUse', users };
    await client.removeVolume(name);
    return { name, kind: 'removed' };
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    if (error.fault.kind === 'notFound') return { name, kind: 'notFound' };
    if (error.fault.kind === 'inUse') {
      const users = await usersOf(client, name).catch(() => []);
      return { name, kind: 'inUse', users: users.length > 0 ? users : containerIdsIn(error.fault.detail) };
    }
    return { name, kind: 'failed', fault: error.fault };
  }
}

/** "volume is in use - [id1, id2]" → the ids, when the containers cannot be listed by name. */
function containerIdsIn(detail: string): string[] {
  const list = /in use - \[([^\]]*)\]/.exec(detail)?.[1];
  return list === undefined ? [] : list.split(',').map((id) => id.trim().slice(0, 12)).filter((id) => id !== '');
}

export async function removeVolumesSafely(client: EngineClient, names: readonly string[]): Promise<RemoveOutcome[]> {
  const outcomes: RemoveOutcome[] = [];
  for (const name of names) outcomes.push(await removeVolumeSafely(client, name));
  return outcomes;
}

export function describeRemoveOutcome(outcome: RemoveOutcome): Localized {
  switch (outcome.kind) {
    case 'removed':
      return { en: `Removed volume ${outcome.name}.`, ko: `볼륨 ${outcome.name}을(를) 삭제했습니다.` };
    case 'inUse': {
      const users = outcome.users.join(', ');
      return {
        en: `Volume ${outcome.name} is in use by ${users || 'a container'} and was kept. Remove those containers first.`,
        ko: `볼륨 ${outcome.name}은(는) ${users || '컨테이너'}에서 사용 중이라 삭제하지 않았습니다. 먼저 해당 컨테이너를 삭제하세요.`,
      };
    }
    case 'notFound':
      return { en: `Volume ${outcome.name} no longer exists.`, ko: `볼륨 ${outcome.name}은(는) 더 이상 존재하지 않습니다.` };
    case 'failed':
      return { en: `Volume ${outcome.name} was not removed: ${outcome.fault.message.en}`, ko: `볼륨 ${outcome.name}을(를) 삭제하지 못했습니다: ${outcome.fault.message.ko}` };
  }
}

export type PruneScope = 'anonymous' | 'allUnused';

export interface PlannedVolume {
  readonly name: string;
  readonly anonymous: boolean;
  /** Bytes from /system/df at preview time; undefined when the engine does not know. */
  readonly size: number | undefined;
}

export interface PrunePlan {
  readonly scope: PruneScope;
  readonly volumes: readonly PlannedVolume[];
  readonly totalBytes: number;
  readonly unknownSizes: number;
}

/** Picks the unused volumes from records the caller already holds (pure; the preview shows this). */
export function selectPrunable(volumes: readonly VolumeRecord[], usersOfVolume: ReadonlyMap<string, readonly VolumeUser[]>, scope: PruneScope, sizes: ReadonlyMap<string, number | undefined>): PrunePlan {
  const chosen = volumes
    .filter((volume) => (usersOfVolume.get(volume.name)?.length ?? 0) === 0)
    .filter((volume) => scope === 'allUnused' || volume.anonymous)
    .map((volume) => ({ name: volume.name, anonymous: volume.anonymous, size: sizes.get(volume.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const totalBytes = chosen.reduce((sum, volume) => sum + (volume.size ?? 0), 0);
  return { scope, volumes: chosen, totalBytes, unknownSizes: chosen.filter((volume) => volume.size === undefined).length };
}

/** Reads the engine afresh and returns the preview. */
export async function planPrune(client: EngineClient, scope: PruneScope): Promise<PrunePlan> {
  const [volumes, containers, usage] = await Promise.all([client.listVolumes(), client.listContainers(), client.diskUsage()]);
  const sizes = new Map([...usage.volumes.values()].map((entry) => [entry.name, entry.size] as const));
  return selectPrunable(volumes, usersByVolume(containers), scope, sizes);
}

export interface PruneResult {
  readonly deleted: readonly PlannedVolume[];
  readonly kept: readonly RemoveOutcome[];
  readonly reclaimedBytes: number;
}

/** Deletes exactly the planned volumes that are still unused; everything else stays. */
export async function executePrune(client: EngineClient, plan: PrunePlan): Promise<PruneResult> {
  const users = usersByVolume(await client.listContainers());
  const deleted: PlannedVolume[] = [];
  const kept: RemoveOutcome[] = [];
  for (const volume of plan.volumes) {
    const current = users.get(volume.name) ?? [];
    if (current.length > 0) {
      kept.push({ name: volume.name, kind: 'inUse', users: current.map((user) => user.containerName) });
      continue;
    }
    try {
      await client.removeVolume(volume.name);
      deleted.push(volume);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      if (error.fault.kind === 'inUse') kept.push({ name: volume.name, kind: 'inUse', users: containerIdsIn(error.fault.detail) });
      else if (error.fault.kind === 'notFound') kept.push({ name: volume.name, kind: 'notFound' });
      else kept.push({ name: volume.name, kind: 'failed', fault: error.fault });
    }
  }
  return { deleted, kept, reclaimedBytes: deleted.reduce((sum, volume) => sum + (volume.size ?? 0), 0) };
}
