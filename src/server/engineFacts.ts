// The engine as the server sees it: one background session (src/engine) whose snapshot is turned into
// the core's plain `EngineFacts`. Requests read `facts` and never wait: a refresh runs on start, on
// engine events, and every `refreshMs`, each call bounded by the client's timeout.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import type { EngineFacts, EngineVolume, EngineVolumeUser } from '../core/engineFacts';
import { EngineClient } from '../engine/client';
import { resolveEndpoint } from '../engine/connection';
import type { VolumeSnapshot } from '../engine/explorerModel';
import { usersByVolume } from '../engine/explorerModel';
import { EngineSession } from '../engine/session';
import type { ImageFacts } from './imageFacts';
import { engineImageInspector, ImageFactsStore } from './imageFacts';
import type { Log } from './log';

export interface EngineSettings {
  /** `stowage.engine.enable`. */
  readonly enable: boolean;
  /** `stowage.docker.host` (machine-scoped); empty means DOCKER_HOST, the docker context, or the default socket. */
  readonly host: string;
  readonly timeoutSeconds: number;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = { enable: true, host: '', timeoutSeconds: 10 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `stowage.engine` and `stowage.docker` from the `stowage` section; anything malformed falls back. */
export function readEngineSettings(section: unknown): EngineSettings {
  if (!isRecord(section)) return DEFAULT_ENGINE_SETTINGS;
  const engine = isRecord(section['engine']) ? section['engine'] : {};
  const docker = isRecord(section['docker']) ? section['docker'] : {};
  const timeout = docker['timeoutSeconds'];
  return {
    enable: typeof engine['enable'] === 'boolean' ? engine['enable'] : true,
    host: typeof docker['host'] === 'string' ? docker['host'].trim() : '',
    timeoutSeconds: typeof timeout === 'number' && timeout >= 1 ? timeout : DEFAULT_ENGINE_SETTINGS.timeoutSeconds,
  };
}

const COMPOSE_SERVICE_LABEL = 'com.docker.compose.service';

/** The session's snapshot as the core's plain data. */
export function toEngineFacts(host: string, snapshot: VolumeSnapshot, fresh: boolean, takenAt: number): EngineFacts {
  const users = usersByVolume(snapshot.containers);
  const volumes = new Map<string, EngineVolume>();
  for (const record of snapshot.volumes) {
    const volumeUsers: EngineVolumeUser[] = (users.get(record.name) ?? []).map((u) => ({ containerName: u.containerName, state: u.state, mountTarget: u.mountTarget, readOnly: u.readOnly }));
    const size = snapshot.usage?.volumes.get(record.name)?.size;
    volumes.set(record.name, { name: record.name, driver: record.driver, createdAt: record.createdAt, sizeBytes: size, anonymous: record.anonymous, users: volumeUsers });
  }
  const serviceVolumes = new Map<string, string[]>();
  for (const container of snapshot.containers) {
    const service = container.labels[COMPOSE_SERVICE_LABEL];
    if (container.composeProject === undefined || service === undefined) continue;
    const key = `${container.composeProject}/${service}`;
    const list = serviceVolumes.get(key) ?? [];
    for (const mount of container.mounts) if (mount.type === 'volume' && mount.volumeName !== undefined && !list.includes(mount.volumeName)) list.push(mount.volumeName);
    serviceVolumes.set(key, list);
  }
  return { host, fresh, takenAt, volumes, serviceVolumes };
}

export interface EngineFactsSourceOptions {
  readonly log: Log;
  /** Called when the facts change (a refresh finished, sizes arrived, the engine went away). */
  readonly onChange: () => void;
  /** Background refresh period on top of events; default 30 s. */
  readonly refreshMs?: number;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Owns the server's engine session: created when enabled and trusted, replaced when settings change. */
export class EngineFactsSource {
  private session: EngineSession | undefined;
  private unsubscribe: (() => void) | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private current: EngineFacts | undefined;
  private host = '';
  private takenAt = 0;
  private seenRefreshes = -1;
  private key = '';
  private readonly images: ImageFactsStore;

  constructor(private readonly options: EngineFactsSourceOptions) {
    this.images = new ImageFactsStore({ log: options.log, onChange: () => this.notify() });
  }

  /** `Config.Volumes` of the local images open documents mention; undefined while no engine is used. */
  get imageFacts(): ImageFacts | undefined {
    return this.images.facts;
  }

  /** Image references the open documents mention; new ones are inspected in the background. */
  wantImages(refs: readonly string[]): void {
    this.images.want(refs);
  }

  /** The latest snapshot; undefined while no engine has answered (then every feature stays silent). */
  get facts(): EngineFacts | undefined {
    return this.current;
  }

  /** Applies settings and trust; a no-op when nothing that matters changed. */
  configure(settings: EngineSettings, trusted: boolean): void {
    const key = JSON.stringify([settings, trusted]);
    if (key === this.key) return;
    this.key = key;
    this.stop();
    if (!settings.enable || !trusted) {
      this.options.log.info(settings.enable ? 'engine facts off: the workspace is not trusted' : 'engine facts off (stowage.engine.enable)');
      this.publish(undefined);
      return;
    }
    const resolution = resolveEndpoint({
      hostSetting: settings.host,
      workspaceTrusted: trusted,
      env: this.options.env ?? process.env,
      platform: process.platform,
      homeDir: homedir(),
      readFile: (path) => {
        try {
          return readFileSync(path, 'utf8');
        } catch {
          return undefined;
        }
      },
    });
    if (!resolution.ok) {
      this.options.log.info(`engine facts off: ${resolution.message.en}`);
      this.publish(undefined);
      return;
    }
    this.host = resolution.endpoint.host;
    const client = new EngineClient(resolution.endpoint, {
      timeoutMs: settings.timeoutSeconds * 1000,
      readBinary: (path) => {
        try {
          return readFileSync(path);
        } catch {
          return undefined;
        }
      },
    });
    this.images.setInspector(engineImageInspector(resolution.endpoint, settings.timeoutSeconds * 1000, (path) => {
      try {
        return readFileSync(path);
      } catch {
        return undefined;
      }
    }));
    const session = new EngineSession(client, { log: (message) => this.options.log.info(`engine: ${message}`) });
    this.session = session;
    this.seenRefreshes = -1;
    this.unsubscribe = session.onDidChange(() => this.update(session));
    this.options.log.info(`engine facts from ${this.host} (${resolution.endpoint.source})`);
    session.setVisible(true);
    void session.refresh();
    this.timer = setInterval(() => void session.refresh(), this.options.refreshMs ?? 30_000);
    this.timer.unref();
  }

  /** Asks for a refresh now (e.g. a document was opened); the answer arrives through `onChange`. */
  refresh(): void {
    void this.session?.refresh();
  }

  private update(session: EngineSession): void {
    if (session !== this.session) return;
    const state = session.state;
    if (state.kind === 'ready') {
      if (session.refreshes !== this.seenRefreshes) {
        this.seenRefreshes = session.refreshes;
        this.takenAt = Date.now();
        // Images are built, pulled and removed between refreshes too: ask again with each one.
        this.images.refreshAll();
      }
      this.publish(toEngineFacts(this.host, session.snapshot, true, this.takenAt));
    } else if (state.kind === 'error') {
      // An unreachable engine says nothing: no stale facts, no "missing volume".
      this.publish(undefined);
    }
  }

  private publish(facts: EngineFacts | undefined): void {
    if (facts === undefined && this.current === undefined) return;
    this.current = facts;
    this.notify();
  }

  private notify(): void {
    try {
      this.options.onChange();
    } catch (error) {
      this.options.log.error('engine facts listener failed', error);
    }
  }

  private stop(): void {
    this.images.setInspector(undefined);
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.session?.dispose();
    this.session = undefined;
  }

  dispose(): void {
    this.stop();
  }
}
