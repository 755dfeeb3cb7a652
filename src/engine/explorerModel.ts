// The Volumes view as plain data: groups, volumes with their users and sizes, labels and tooltips.
// The VS Code layer only turns these nodes into TreeItems.
import type { Localized } from '../core/l10n';
import { formatAge, formatBytes } from './format';
import type { ContainerRecord, DiskUsage, VolumeRecord } from './records';

export type VolumeSort = 'name' | 'size' | 'created';
export type VolumeGrouping = 'composeProject' | 'none';

export interface VolumeFilter {
  /** Substring of the volume name, case-insensitive. */
  readonly name?: string;
  /** `key` or `key=value`, as `docker volume ls --filter label=` takes it. */
  readonly label?: string;
  readonly unusedOnly?: boolean;
}

export interface ExplorerOptions {
  readonly grouping: VolumeGrouping;
  readonly sort: VolumeSort;
  readonly filter: VolumeFilter;
}

export interface VolumeUser {
  readonly containerId: string;
  readonly containerName: string;
  readonly state: string;
  readonly mountTarget: string;
  readonly readOnly: boolean;
}

export type SizeState = { readonly kind: 'pending' } | { readonly kind: 'unknown' } | { readonly kind: 'known'; readonly bytes: number };

export interface VolumeNode {
  readonly volume: VolumeRecord;
  readonly users: readonly VolumeUser[];
  readonly unused: boolean;
  readonly size: SizeState;
}

export type VolumeGroupKind = 'composeProject' | 'named' | 'anonymous' | 'all';

export interface VolumeGroup {
  readonly kind: VolumeGroupKind;
  readonly project?: string;
  readonly label: Localized;
  readonly volumes: readonly VolumeNode[];
}

export interface VolumeSnapshot {
  readonly volumes: readonly VolumeRecord[];
  readonly containers: readonly ContainerRecord[];
  /** Undefined until /system/df has answered: sizes fill in after the list. */
  readonly usage: DiskUsage | undefined;
}

/** Which containers (running or not) mount each volume, from /containers/json. */
export function usersByVolume(containers: readonly ContainerRecord[]): Map<string, VolumeUser[]> {
  const users = new Map<string, VolumeUser[]>();
  for (const container of containers) {
    for (const mount of container.mounts) {
      if (mount.type !== 'volume' || mount.volumeName === undefined) continue;
      const list = users.get(mount.volumeName) ?? [];
      list.push({ containerId: container.id, containerName: container.name, state: container.state, mountTarget: mount.mountTarget, readOnly: mount.readOnly });
      users.set(mount.volumeName, list);
    }
  }
  for (const list of users.values()) list.sort((a, b) => a.containerName.localeCompare(b.containerName) || a.mountTarget.localeCompare(b.mountTarget));
  return users;
}

function sizeOf(name: string, usage: DiskUsage | undefined): SizeState {
  if (usage === undefined) return { kind: 'pending' };
  const bytes = usage.volumes.get(name)?.size;
  return bytes === undefined ? { kind: 'unknown' } : { kind: 'known', bytes };
}

function matchesLabel(volume: VolumeRecord, wanted: string): boolean {
  const equals = wanted.indexOf('=');
  if (equals < 0) return wanted in volume.labels;
  return volume.labels[wanted.slice(0, equals)] === wanted.slice(equals + 1);
}

export function matchesFilter(node: VolumeNode, filter: VolumeFilter): boolean {
  if (filter.unusedOnly === true && !node.unused) return false;
  if (filter.name !== undefined && filter.name !== '' && !node.volume.name.toLowerCase().includes(filter.name.toLowerCase())) return false;
  if (filter.label !== undefined && filter.label !== '' && !matchesLabel(node.volume, filter.label)) return false;
  return true;
}

function compareBy(sort: VolumeSort): (a: VolumeNode, b: VolumeNode) => number {
  const byName = (a: VolumeNode, b: VolumeNode): number => a.volume.name.localeCompare(b.volume.name);
  if (sort === 'name') return byName;
  if (sort === 'created') return (a, b) => (b.volume.createdAt ?? 0) - (a.volume.createdAt ?? 0) || byName(a, b);
  // Largest first; unknown and pending sizes last.
  const bytes = (node: VolumeNode): number => (node.size.kind === 'known' ? node.size.bytes : -1);
  return (a, b) => bytes(b) - bytes(a) || byName(a, b);
}

export function volumeNodes(snapshot: VolumeSnapshot): VolumeNode[] {
  const users = usersByVolume(snapshot.containers);
  return snapshot.volumes.map((volume) => {
    const volumeUsers = users.get(volume.name) ?? [];
    return { volume, users: volumeUsers, unused: volumeUsers.length === 0, size: sizeOf(volume.name, snapshot.usage) };
  });
}

/** Compose projects (alphabetical), then other named volumes, then anonymous ones; empty groups are left out. */
export function buildVolumeTree(snapshot: VolumeSnapshot, options: ExplorerOptions): VolumeGroup[] {
  const compare = compareBy(options.sort);
  const nodes = volumeNodes(snapshot).filter((node) => matchesFilter(node, options.filter));
  if (options.grouping === 'none') return nodes.length === 0 ? [] : [{ kind: 'all', label: { en: 'Volumes', ko: '볼륨' }, volumes: nodes.sort(compare) }];
  const projects = new Map<string, VolumeNode[]>();
  const named: VolumeNode[] = [];
  const anonymous: VolumeNode[] = [];
  for (const node of nodes) {
    const project = node.volume.composeProject;
    if (project !== undefined) projects.set(project, [...(projects.get(project) ?? []), node]);
    else if (node.volume.anonymous) anonymous.push(node);
    else named.push(node);
  }
  const groups: VolumeGroup[] = [...projects.keys()]
    .sort((a, b) => a.localeCompare(b))
    .map((project) => ({ kind: 'composeProject', project, label: { en: `Compose project ${project}`, ko: `Compose 프로젝트 ${project}` }, volumes: (projects.get(project) ?? []).sort(compare) }));
  if (named.length > 0) groups.push({ kind: 'named', label: { en: 'Named volumes', ko: '이름 있는 볼륨' }, volumes: named.sort(compare) });
  if (anonymous.length > 0) groups.push({ kind: 'anonymous', label: { en: 'Anonymous volumes', ko: '익명 볼륨' }, volumes: anonymous.sort(compare) });
  return groups;
}

function sizeText(size: SizeState): Localized {
  if (size.kind === 'known') return { en: formatBytes(size.bytes), ko: formatBytes(size.bytes) };
  if (size.kind === 'pending') return { en: 'size…', ko: '크기…' };
  return { en: 'size unknown', ko: '크기 알 수 없음' };
}

/** The grey text beside a volume: size · driver · age · users (or "unused"). */
export function describeVolume(node: VolumeNode, now: number): Localized {
  const size = sizeText(node.size);
  const age = node.volume.createdAt !== undefined ? formatAge(node.volume.createdAt, now) : undefined;
  const count = node.users.length;
  const users: Localized = node.unused ? { en: 'unused', ko: '사용 안 함' } : { en: `${count} container${count === 1 ? '' : 's'}`, ko: `컨테이너 ${count}개` };
  const parts = (locale: 'en' | 'ko'): string => [size[locale], node.volume.driver, ...(age !== undefined ? [age[locale]] : []), users[locale]].join(' · ');
  return { en: parts('en'), ko: parts('ko') };
}

function entries(record: Readonly<Record<string, string>>): string {
  const keys = Object.keys(record).sort();
  return keys.length === 0 ? '—' : keys.map((key) => `${key}=${record[key] ?? ''}`).join(', ');
}

/** Tooltip lines: mountpoint, labels, options, scope, created. */
export function volumeTooltip(node: VolumeNode): Localized {
  const { volume } = node;
  const created = volume.createdAt !== undefined ? new Date(volume.createdAt).toISOString() : '—';
  const size = sizeText(node.size);
  return {
    en: [volume.name, `Mountpoint: ${volume.mountpoint || '—'}`, `Driver: ${volume.driver}`, `Labels: ${entries(volume.labels)}`, `Options: ${entries(volume.options)}`, `Scope: ${volume.scope}`, `Created: ${created}`, `Size: ${size.en}`].join('\n'),
    ko: [volume.name, `마운트 지점: ${volume.mountpoint || '—'}`, `드라이버: ${volume.driver}`, `레이블: ${entries(volume.labels)}`, `옵션: ${entries(volume.options)}`, `범위: ${volume.scope}`, `생성: ${created}`, `크기: ${size.ko}`].join('\n'),
  };
}

/** A container under a volume: "web · running · /data · ro". */
export function describeUser(user: VolumeUser): Localized {
  const access = user.readOnly ? 'ro' : 'rw';
  return { en: `${user.state} · ${user.mountTarget} · ${access}`, ko: `${user.state} · ${user.mountTarget} · ${access}` };
}
