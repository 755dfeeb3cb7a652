// The Storage view as plain data: the engine's storage driver facts, volume totals, and every container's
// bind and tmpfs mounts, so all kinds of storage are visible, not only volumes.
import type { Localized } from '../core/l10n';
import { formatBytes } from './format';
import type { ContainerMountRecord, ContainerRecord, DiskUsage, EngineInfo, EngineVersion, VolumeRecord } from './records';

export interface StorageFact {
  readonly label: Localized;
  readonly value: string;
}

export interface ContainerStorage {
  readonly container: ContainerRecord;
  readonly bindMounts: readonly ContainerMountRecord[];
  readonly tmpfsMounts: readonly ContainerMountRecord[];
}

export interface StorageModel {
  readonly facts: readonly StorageFact[];
  readonly driverStatus: readonly StorageFact[];
  /** Set when the storage driver is one Docker removed. */
  readonly driverWarning: Localized | undefined;
  readonly containers: readonly ContainerStorage[];
}

/** aufs and legacy overlay were removed in Engine 24, devicemapper in 25. */
export function removedDriverWarning(driver: string): Localized | undefined {
  const removedIn: Record<string, string> = { aufs: '24', overlay: '24', devicemapper: '25' };
  const version = removedIn[driver];
  if (version === undefined) return undefined;
  return {
    en: `Storage driver "${driver}" was removed in Docker Engine ${version}: this engine cannot be upgraded without migrating to overlay2 (images, containers and volumes under the old driver are not carried over).`,
    ko: `스토리지 드라이버 "${driver}"는 Docker Engine ${version}에서 제거되었습니다: overlay2로 옮기지 않으면 엔진을 업그레이드할 수 없습니다(이전 드라이버의 이미지, 컨테이너, 볼륨은 옮겨지지 않습니다).`,
  };
}

export function buildStorageModel(input: {
  readonly info: EngineInfo;
  readonly version: EngineVersion;
  readonly volumes: readonly VolumeRecord[];
  readonly usage: DiskUsage | undefined;
  readonly containers: readonly ContainerRecord[];
}): StorageModel {
  const { info, version, volumes, usage } = input;
  let total = 0;
  let known = 0;
  for (const volume of volumes) {
    const size = usage?.volumes.get(volume.name)?.size;
    if (size !== undefined) {
      total += size;
      known++;
    }
  }
  const totalText = usage === undefined ? '…' : known === volumes.length ? formatBytes(total) : `${formatBytes(total)} (${volumes.length - known} unknown)`;
  const facts: StorageFact[] = [
    { label: { en: 'Storage driver', ko: '스토리지 드라이버' }, value: info.storageDriver || '—' },
    { label: { en: 'Backing filesystem', ko: '기반 파일 시스템' }, value: info.backingFilesystem ?? '—' },
    { label: { en: 'Docker root dir', ko: 'Docker 루트 디렉터리' }, value: info.dockerRootDir || '—' },
    { label: { en: 'Engine version', ko: '엔진 버전' }, value: version.version || info.serverVersion || '—' },
    { label: { en: 'API version', ko: 'API 버전' }, value: version.apiVersion || '—' },
    { label: { en: 'Volumes', ko: '볼륨 수' }, value: String(volumes.length) },
    { label: { en: 'Volumes total size', ko: '볼륨 전체 크기' }, value: totalText },
  ];
  const driverStatus = info.driverStatus.map(([key, value]) => ({ label: { en: key, ko: key }, value }));
  const containers = input.containers
    .map((container) => ({
      container,
      bindMounts: container.mounts.filter((mount) => mount.type === 'bind'),
      tmpfsMounts: container.mounts.filter((mount) => mount.type === 'tmpfs'),
    }))
    .filter((entry) => entry.bindMounts.length > 0 || entry.tmpfsMounts.length > 0)
    .sort((a, b) => a.container.name.localeCompare(b.container.name));
  return { facts, driverStatus, driverWarning: removedDriverWarning(info.storageDriver), containers };
}

/** "/host/path → /in/container · ro" or "tmpfs → /run · size=1m". */
export function describeMount(mount: ContainerMountRecord): string {
  const access = mount.readOnly ? 'ro' : 'rw';
  if (mount.type === 'tmpfs') return `tmpfs → ${mount.mountTarget} · ${access}${mount.tmpfsOptions !== undefined && mount.tmpfsOptions !== '' ? ` · ${mount.tmpfsOptions}` : ''}`;
  return `${mount.source} → ${mount.mountTarget} · ${access}${mount.propagation !== '' ? ` · ${mount.propagation}` : ''}`;
}
