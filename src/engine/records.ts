// Engine JSON becomes typed records here and nowhere else; everything past this module trusts the types.
// Shapes follow the Engine API (volumes, /containers/json, /containers/{id}/json, /system/df, /info, /version).

export type Labels = Readonly<Record<string, string>>;

export const COMPOSE_PROJECT_LABEL = 'com.docker.compose.project';
export const ANONYMOUS_VOLUME_LABEL = 'com.docker.volume.anonymous';

export interface VolumeRecord {
  readonly name: string;
  readonly driver: string;
  readonly mountpoint: string;
  /** Milliseconds since the epoch; undefined when the driver reports no creation time. */
  readonly createdAt: number | undefined;
  readonly labels: Labels;
  readonly options: Labels;
  readonly scope: string;
  readonly composeProject: string | undefined;
  /** Labelled anonymous by the engine (23+) or named with the 64-hex id the engine generates. */
  readonly anonymous: boolean;
}

export type ContainerMountType = 'volume' | 'bind' | 'tmpfs' | 'npipe' | 'image' | 'cluster';

export interface ContainerMountRecord {
  readonly type: ContainerMountType;
  /** Volume name (volume mounts only). */
  readonly volumeName: string | undefined;
  /** Host path for binds and volumes; empty for tmpfs. */
  readonly source: string;
  readonly mountTarget: string;
  readonly readOnly: boolean;
  readonly mode: string;
  readonly propagation: string;
  /** tmpfs options from `--tmpfs` (inspect only), e.g. "size=1m". */
  readonly tmpfsOptions?: string;
}

export interface ContainerRecord {
  readonly id: string;
  readonly name: string;
  readonly image: string;
  /** created, running, paused, restarting, removing, exited, dead. */
  readonly state: string;
  readonly status: string;
  readonly createdAt: number | undefined;
  readonly labels: Labels;
  readonly composeProject: string | undefined;
  readonly mounts: readonly ContainerMountRecord[];
}

export interface VolumeUsage {
  readonly name: string;
  /** Bytes, or undefined when the engine reports -1 (not computed, or a non-local driver). */
  readonly size: number | undefined;
  readonly refCount: number | undefined;
}

export interface DiskUsage {
  readonly volumes: ReadonlyMap<string, VolumeUsage>;
  readonly layersSize: number | undefined;
}

export interface EngineInfo {
  readonly storageDriver: string;
  readonly driverStatus: readonly (readonly [string, string])[];
  readonly backingFilesystem: string | undefined;
  readonly dockerRootDir: string;
  readonly serverVersion: string;
  readonly operatingSystem: string;
  readonly osType: string;
  readonly architecture: string;
  readonly name: string;
  readonly warnings: readonly string[];
}

export interface EngineVersion {
  readonly version: string;
  readonly apiVersion: string;
  readonly minApiVersion: string | undefined;
  readonly os: string;
  readonly arch: string;
}

type Json = Record<string, unknown>;

function object(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
function labels(value: unknown): Labels {
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(object(value))) if (typeof entry === 'string') result[key] = entry;
  return result;
}
function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
function isoTime(value: unknown): number | undefined {
  const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  // The engine writes Go's zero time for "never"; treat anything before 1971 as unknown.
  return Number.isFinite(parsed) && parsed > 31_536_000_000 ? parsed : undefined;
}

const GENERATED_NAME = /^[0-9a-f]{64}$/;

export function isGeneratedVolumeName(name: string): boolean {
  return GENERATED_NAME.test(name);
}

export function normalizeVolume(raw: unknown): VolumeRecord {
  const json = object(raw);
  const name = text(json['Name']);
  const volumeLabels = labels(json['Labels']);
  return {
    name,
    driver: text(json['Driver']),
    mountpoint: text(json['Mountpoint']),
    createdAt: isoTime(json['CreatedAt']),
    labels: volumeLabels,
    options: labels(json['Options']),
    scope: text(json['Scope']) || 'local',
    composeProject: optionalText(volumeLabels[COMPOSE_PROJECT_LABEL]),
    anonymous: ANONYMOUS_VOLUME_LABEL in volumeLabels || isGeneratedVolumeName(name),
  };
}

/** GET /volumes answers `{Volumes, Warnings}`. */
export function normalizeVolumeList(raw: unknown): VolumeRecord[] {
  return array(object(raw)['Volumes']).map(normalizeVolume).filter((volume) => volume.name !== '');
}

const MOUNT_TYPES: readonly ContainerMountType[] = ['volume', 'bind', 'tmpfs', 'npipe', 'image', 'cluster'];

export function normalizeContainerMount(raw: unknown): ContainerMountRecord {
  const json = object(raw);
  const type = text(json['Type']) as ContainerMountType;
  return {
    type: MOUNT_TYPES.includes(type) ? type : 'volume',
    volumeName: optionalText(json['Name']),
    source: text(json['Source']),
    mountTarget: text(json['Destination']),
    readOnly: json['RW'] === false,
    mode: text(json['Mode']),
    propagation: text(json['Propagation']),
  };
}

function containerName(names: unknown, fallback: unknown): string {
  const first = array(names).find((name) => typeof name === 'string');
  const name = typeof first === 'string' ? first : text(fallback);
  return name.replace(/^\//, '');
}

/** One entry of GET /containers/json. */
export function normalizeContainer(raw: unknown): ContainerRecord {
  const json = object(raw);
  const containerLabels = labels(json['Labels']);
  const created = json['Created'];
  return {
    id: text(json['Id']),
    name: containerName(json['Names'], json['Name']),
    image: text(json['Image']),
    state: text(json['State']),
    status: text(json['Status']),
    createdAt: typeof created === 'number' ? created * 1000 : undefined,
    labels: containerLabels,
    composeProject: optionalText(containerLabels[COMPOSE_PROJECT_LABEL]),
    mounts: array(json['Mounts']).map(normalizeContainerMount),
  };
}

export function normalizeContainerList(raw: unknown): ContainerRecord[] {
  return array(raw).map(normalizeContainer).filter((container) => container.id !== '');
}

/** GET /containers/{id}/json: adds `--tmpfs` mounts, which live only in HostConfig.Tmpfs. */
export function normalizeContainerInspect(raw: unknown): ContainerRecord {
  const json = object(raw);
  const config = object(json['Config']);
  const state = object(json['State']);
  const hostConfig = object(json['HostConfig']);
  const containerLabels = labels(config['Labels']);
  const mounts = array(json['Mounts']).map(normalizeContainerMount);
  for (const [mountTarget, options] of Object.entries(labels(hostConfig['Tmpfs']))) {
    if (mounts.some((mount) => mount.mountTarget === mountTarget)) continue;
    const readOnly = options.split(',').includes('ro');
    mounts.push({ type: 'tmpfs', volumeName: undefined, source: '', mountTarget, readOnly, mode: '', propagation: '', tmpfsOptions: options });
  }
  return {
    id: text(json['Id']),
    name: containerName(undefined, json['Name']),
    image: text(config['Image']),
    state: text(state['Status']),
    status: text(state['Status']),
    createdAt: isoTime(json['Created']),
    labels: containerLabels,
    composeProject: optionalText(containerLabels[COMPOSE_PROJECT_LABEL]),
    mounts,
  };
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && value >= 0 ? value : undefined;
}

/** GET /system/df; sizes exist only here (`UsageData.Size`, -1 = unknown). */
export function normalizeDiskUsage(raw: unknown): DiskUsage {
  const json = object(raw);
  const volumes = new Map<string, VolumeUsage>();
  for (const entry of array(json['Volumes'])) {
    const volume = object(entry);
    const name = text(volume['Name']);
    if (name === '') continue;
    const usage = object(volume['UsageData']);
    volumes.set(name, { name, size: count(usage['Size']), refCount: count(usage['RefCount']) });
  }
  return { volumes, layersSize: count(json['LayersSize']) };
}

export function normalizeEngineInfo(raw: unknown): EngineInfo {
  const json = object(raw);
  const driverStatus = array(json['DriverStatus'])
    .filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string')
    .map(([key, value]) => [key, value] as const);
  return {
    storageDriver: text(json['Driver']),
    driverStatus,
    backingFilesystem: driverStatus.find(([key]) => key === 'Backing Filesystem')?.[1],
    dockerRootDir: text(json['DockerRootDir']),
    serverVersion: text(json['ServerVersion']),
    operatingSystem: text(json['OperatingSystem']),
    osType: text(json['OSType']),
    architecture: text(json['Architecture']),
    name: text(json['Name']),
    warnings: array(json['Warnings']).filter((warning): warning is string => typeof warning === 'string'),
  };
}

export function normalizeEngineVersion(raw: unknown): EngineVersion {
  const json = object(raw);
  return {
    version: text(json['Version']),
    apiVersion: text(json['ApiVersion']),
    minApiVersion: optionalText(json['MinAPIVersion']),
    os: text(json['Os']),
    arch: text(json['Arch']),
  };
}

export type EngineEventType = 'volume' | 'container';

export interface EngineEvent {
  readonly type: EngineEventType;
  readonly action: string;
  /** Volume name or container id. */
  readonly actorId: string;
  readonly time: number | undefined;
}

/** One line of GET /events; undefined for event types the explorer does not follow. */
export function normalizeEngineEvent(raw: unknown): EngineEvent | undefined {
  const json = object(raw);
  const type = text(json['Type']);
  if (type !== 'volume' && type !== 'container') return undefined;
  const timeNano = json['timeNano'];
  return {
    type,
    action: text(json['Action']),
    actorId: text(object(json['Actor'])['ID']),
    time: typeof timeNano === 'number' ? Math.floor(timeNano / 1e6) : undefined,
  };
}

/** Compares "1.41" with "1.42" numerically. */
export function apiAtLeast(apiVersion: string, minimum: string): boolean {
  const [major = 0, minor = 0] = apiVersion.split('.').map(Number);
  const [wantMajor = 0, wantMinor = 0] = minimum.split('.').map(Number);
  return major > wantMajor || (major === wantMajor && minor >= wantMinor);
}
