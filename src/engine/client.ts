// The explorer's only door to the engine: typed calls over dockerode's modem, each with a timeout, each
// failure turned into an EngineError with a classified fault.
import type Docker from 'dockerode';
import type { IncomingMessage } from 'node:http';
import type { EngineEndpoint } from './connection';
import { EngineError, classifyEngineError } from './errors';
import {
  normalizeContainerInspect,
  normalizeContainerList,
  normalizeDiskUsage,
  normalizeEngineEvent,
  normalizeEngineInfo,
  normalizeEngineVersion,
  normalizeVolume,
  normalizeVolumeList,
  type ContainerRecord,
  type DiskUsage,
  type EngineEvent,
  type EngineInfo,
  type EngineVersion,
  type VolumeRecord,
} from './records';

/** dockerode (with its ssh transport) is slow to load; only a connection that is really made pays for it. */
function loadDockerode(): typeof Docker {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  return require('dockerode') as typeof Docker;
}

export interface ClientOptions {
  /** Per-call timeout for ordinary calls. */
  readonly timeoutMs?: number;
  /** /system/df walks every volume's files, so it gets a longer budget. */
  readonly diskUsageTimeoutMs?: number;
  /** Reads DOCKER_CERT_PATH / context TLS files; undefined when missing. */
  readonly readBinary?: (path: string) => Buffer | undefined;
}

interface DialOptions {
  path: string;
  method: string;
  options?: Record<string, unknown>;
  abortSignal?: AbortSignal;
  isStream?: boolean;
  statusCodes: Record<number, true | string>;
}
interface DialModem {
  dial(options: DialOptions, callback: (error: unknown, data: unknown) => void): void;
}

export interface CreateVolumeRequest {
  readonly name?: string;
  readonly driver?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly driverOpts?: Readonly<Record<string, string>>;
}

export interface EventHandlers {
  readonly onOpen: () => void;
  readonly onEvent: (event: EngineEvent) => void;
  readonly onEnd: (error: EngineError | undefined) => void;
}

export interface EventSubscription {
  close(): void;
}

const OK = { 200: true, 201: true, 204: true, 400: 'bad parameter', 404: 'not found', 409: 'conflict', 500: 'server error' } as const;

/** Options for dockerode that ignore the process's DOCKER_HOST: the resolved endpoint alone decides. */
export function dockerOptionsFor(endpoint: EngineEndpoint, readBinary: (path: string) => Buffer | undefined): Docker.DockerOptions {
  // docker-modem merges DOCKER_HOST defaults under ours; every key is set so none leaks through.
  const base = { host: undefined, port: undefined, socketPath: undefined, protocol: undefined, ca: undefined, cert: undefined, key: undefined } as Record<string, unknown>;
  if (endpoint.scheme === 'unix' || endpoint.scheme === 'npipe') return { ...base, socketPath: endpoint.socketPath } as Docker.DockerOptions;
  if (endpoint.scheme === 'ssh') {
    return { ...base, protocol: 'ssh', host: endpoint.hostname, port: endpoint.port, username: endpoint.username, sshOptions: { agent: process.env['SSH_AUTH_SOCK'] } } as Docker.DockerOptions;
  }
  const options: Record<string, unknown> = { ...base, protocol: endpoint.tls !== undefined ? 'https' : 'http', host: endpoint.hostname, port: endpoint.port };
  const certPath = endpoint.tls?.certPath;
  if (certPath !== undefined) {
    const ca = readBinary(`${certPath}/ca.pem`);
    const cert = readBinary(`${certPath}/cert.pem`);
    const key = readBinary(`${certPath}/key.pem`);
    if (ca !== undefined) options['ca'] = ca;
    if (cert !== undefined) options['cert'] = cert;
    if (key !== undefined) options['key'] = key;
  }
  if (endpoint.tls !== undefined && !endpoint.tls.verify) options['checkServerIdentity'] = () => undefined;
  return options as Docker.DockerOptions;
}

export class EngineClient {
  private readonly modem: DialModem;
  private readonly timeoutMs: number;
  private readonly diskUsageTimeoutMs: number;

  constructor(readonly endpoint: EngineEndpoint, options: ClientOptions = {}) {
    const DockerClass = loadDockerode();
    const docker = new DockerClass(dockerOptionsFor(endpoint, options.readBinary ?? (() => undefined)));
    this.modem = docker.modem as DialModem;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.diskUsageTimeoutMs = options.diskUsageTimeoutMs ?? 120_000;
  }

  private async call(method: string, path: string, query?: Record<string, unknown>, timeoutMs = this.timeoutMs): Promise<unknown> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      return await new Promise<unknown>((resolve, reject) => {
        const request: DialOptions = { path: query !== undefined ? `${path}?` : path, method, abortSignal: abort.signal, statusCodes: { ...OK } };
        if (query !== undefined) request.options = query;
        this.modem.dial(request, (error, data) => (error ? reject(error) : resolve(data)));
      });
    } catch (error) {
      throw new EngineError(classifyEngineError(abort.signal.aborted ? Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'ABORT_ERR' }) : error, this.endpoint), { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async ping(): Promise<void> {
    await this.call('GET', '/_ping');
  }
  async version(): Promise<EngineVersion> {
    return normalizeEngineVersion(await this.call('GET', '/version'));
  }
  async info(): Promise<EngineInfo> {
    return normalizeEngineInfo(await this.call('GET', '/info'));
  }
  async listVolumes(): Promise<VolumeRecord[]> {
    return normalizeVolumeList(await this.call('GET', '/volumes'));
  }
  /** All containers, stopped ones too: a stopped container still holds its volumes. */
  async listContainers(filters?: Readonly<Record<string, readonly string[]>>): Promise<ContainerRecord[]> {
    return normalizeContainerList(await this.call('GET', '/containers/json', { all: true, ...(filters !== undefined ? { filters } : {}) }));
  }
  async inspectContainer(id: string): Promise<ContainerRecord> {
    return normalizeContainerInspect(await this.call('GET', `/containers/${encodeURIComponent(id)}/json`));
  }
  async inspectVolume(name: string): Promise<VolumeRecord> {
    return normalizeVolume(await this.call('GET', `/volumes/${encodeURIComponent(name)}`));
  }
  /** The engine's inspect JSON as text, for a read-only document; not parsed further. */
  async inspectVolumeText(name: string): Promise<string> {
    return JSON.stringify(await this.call('GET', `/volumes/${encodeURIComponent(name)}`), undefined, 2);
  }
  async diskUsage(): Promise<DiskUsage> {
    const deadline = Date.now() + this.diskUsageTimeoutMs;
    for (;;) {
      try {
        // `type=volume` (API 1.42+) skips images and build cache; older engines ignore it and answer everything.
        return normalizeDiskUsage(await this.call('GET', '/system/df', { type: 'volume' }, Math.max(1, deadline - Date.now())));
      } catch (error) {
        // The engine runs one disk-usage walk at a time and refuses others (500 or 409, by version) with "a disk usage
        // operation is already running" (another client, or a prune preview): wait for it and ask again.
        const busy = error instanceof EngineError && /disk usage operation is already running/.test(error.fault.detail);
        if (!busy || Date.now() > deadline - 500) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }
  async createVolume(request: CreateVolumeRequest): Promise<VolumeRecord> {
    const body: Record<string, unknown> = {};
    if (request.name !== undefined && request.name !== '') body['Name'] = request.name;
    if (request.driver !== undefined && request.driver !== '') body['Driver'] = request.driver;
    if (request.labels !== undefined) body['Labels'] = request.labels;
    if (request.driverOpts !== undefined) body['DriverOpts'] = request.driverOpts;
    return normalizeVolume(await this.call('POST', '/volumes/create', body));
  }
  /** Never forced: the engine itself refuses (409) a volume that is in use. */
  async removeVolume(name: string): Promise<void> {
    await this.call('DELETE', `/volumes/${encodeURIComponent(name)}`);
  }

  /** Follows /events; `onEnd` is called once when the stream ends or fails to open. */
  subscribe(filters: Readonly<Record<string, readonly string[]>>, handlers: EventHandlers): EventSubscription {
    const { onOpen, onEvent, onEnd } = handlers;
    const abort = new AbortController();
    let ended = false;
    const end = (error: unknown): void => {
      if (ended) return;
      ended = true;
      onEnd(error === undefined || abort.signal.aborted ? undefined : new EngineError(classifyEngineError(error, this.endpoint), { cause: error }));
    };
    this.modem.dial({ path: '/events?', method: 'GET', options: { filters }, abortSignal: abort.signal, isStream: true, statusCodes: { ...OK } }, (error, data) => {
      if (error) return end(error);
      const response = data as IncomingMessage;
      if (abort.signal.aborted) return void response.destroy();
      onOpen();
      let buffered = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffered += chunk;
        let newline = buffered.indexOf('\n');
        while (newline >= 0) {
          const line = buffered.slice(0, newline).trim();
          buffered = buffered.slice(newline + 1);
          newline = buffered.indexOf('\n');
          if (line === '') continue;
          let parsed: unknown;
          try {
            parsed = JSON.parse(line);
          } catch {
            continue; // a torn line; the next refresh reads the truth anyway
          }
          const event = normalizeEngineEvent(parsed);
          if (event !== undefined) onEvent(event);
        }
      });
      response.on('error', (streamError) => end(streamError));
      response.on('close', () => end(Object.assign(new Error('event stream closed'), { code: 'ECONNRESET' })));
    });
    return {
      close: () => {
        abort.abort();
        end(undefined);
      },
    };
  }
}
