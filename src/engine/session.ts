// One connection's life: the current snapshot, its state (loading, ready, or a fault with its cause),
// sizes filled in after the list, and live updates while someone is watching. No VS Code here.
import type { EngineClient } from './client';
import { classifyEngineError, type EngineFault } from './errors';
import type { VolumeSnapshot } from './explorerModel';
import { Debouncer, EventFollower } from './follow';
import type { ContainerRecord, DiskUsage, EngineInfo, EngineVersion, VolumeRecord } from './records';

export type SessionState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'error'; readonly fault: EngineFault };

export interface SessionOptions {
  readonly quietMs?: number;
  readonly maxWaitMs?: number;
  readonly log?: (message: string, error?: unknown) => void;
  /** false: never ask /system/df (the benchmark times the list path alone). */
  readonly loadSizes?: boolean;
}

export interface StorageFacts {
  readonly info: EngineInfo;
  readonly version: EngineVersion;
  /** Inspected, so `--tmpfs` mounts (HostConfig.Tmpfs) are included. */
  readonly containers: readonly ContainerRecord[];
}

type Listener = () => void;

export class EngineSession {
  private currentState: SessionState = { kind: 'idle' };
  private volumes: readonly VolumeRecord[] = [];
  private containers: readonly ContainerRecord[] = [];
  private usage: DiskUsage | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly debouncer: Debouncer;
  private readonly follower: EventFollower;
  private inFlight: Promise<void> | undefined;
  private again = false;
  private sizing = false;
  private sizeAgain = false;
  private disposed = false;
  /** Counts completed list refreshes (for tests and the benchmark). */
  refreshes = 0;
  sizeLoads = 0;

  constructor(readonly client: EngineClient, private readonly options: SessionOptions = {}) {
    this.debouncer = new Debouncer(() => this.refresh(), options.quietMs ?? 250, options.maxWaitMs ?? 2_000);
    this.follower = new EventFollower(client, {
      onEvent: () => this.debouncer.schedule(),
      onReconnect: () => this.debouncer.schedule(),
      onDrop: (error) => {
        if (error !== undefined) this.log('event stream dropped', error);
        // The stream dropping is often the first sign the daemon went away: check now.
        this.debouncer.schedule();
      },
    });
  }

  get state(): SessionState {
    return this.currentState;
  }

  get snapshot(): VolumeSnapshot {
    return { volumes: this.volumes, containers: this.containers, usage: this.usage };
  }

  get eventConnects(): number {
    return this.follower.connects;
  }

  onDidChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        this.log('listener failed', error);
      }
    }
  }

  private log(message: string, error?: unknown): void {
    this.options.log?.(message, error);
  }

  /** Lists volumes and containers; sizes follow without blocking. Concurrent calls share one run plus one re-run. */
  refresh(): Promise<void> {
    if (this.inFlight !== undefined) {
      this.again = true;
      return this.inFlight;
    }
    this.inFlight = this.runRefresh().finally(() => {
      this.inFlight = undefined;
      if (this.again && !this.disposed) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.inFlight;
  }

  private async runRefresh(): Promise<void> {
    if (this.currentState.kind !== 'ready') {
      this.currentState = { kind: 'loading' };
      this.emit();
    }
    try {
      const [volumes, containers] = await Promise.all([this.client.listVolumes(), this.client.listContainers()]);
      if (this.disposed) return;
      this.volumes = volumes;
      this.containers = containers;
      this.refreshes++;
      this.currentState = { kind: 'ready' };
      this.follower.retryNow();
      this.emit();
      if (this.options.loadSizes !== false) void this.loadSizes();
    } catch (error) {
      if (this.disposed) return;
      const fault = classifyEngineError(error, this.client.endpoint);
      this.log(`refresh failed: ${fault.message.en}`, error);
      this.currentState = { kind: 'error', fault };
      this.emit();
    }
  }

  /** Sizes come only from /system/df, which can be slow; the previous sizes stay until it answers. */
  private async loadSizes(): Promise<void> {
    if (this.sizing) {
      this.sizeAgain = true;
      return;
    }
    this.sizing = true;
    try {
      const usage = await this.client.diskUsage();
      if (this.disposed) return;
      this.usage = usage;
      this.sizeLoads++;
      this.emit();
    } catch (error) {
      this.log('disk usage failed', error);
    } finally {
      this.sizing = false;
      if (this.sizeAgain && !this.disposed) {
        this.sizeAgain = false;
        void this.loadSizes();
      }
    }
  }

  /** Resolves once sizes for the current list have arrived (tests and the benchmark wait on this). */
  async whenSized(timeoutMs = 60_000): Promise<boolean> {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
      if (this.usage !== undefined && !this.sizing && !this.sizeAgain) return true;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  }

  /** Follow engine events only while a view is visible. */
  setVisible(visible: boolean): void {
    if (visible && !this.disposed) this.follower.start();
    else this.follower.stop();
  }

  /** Engine facts and every container's mounts (inspected, a few at a time). */
  async loadStorageFacts(): Promise<StorageFacts> {
    const [info, version, listed] = await Promise.all([this.client.info(), this.client.version(), this.client.listContainers()]);
    const inspected: ContainerRecord[] = [];
    const queue = [...listed];
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        // A container removed since the list is simply skipped.
        inspected.push(await this.client.inspectContainer(next.id).catch(() => next));
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    return { info, version, containers: inspected };
  }

  dispose(): void {
    this.disposed = true;
    this.follower.stop();
    this.debouncer.dispose();
    this.listeners.clear();
  }

  /** How many debounced refreshes events have caused. */
  get eventRefreshes(): number {
    return this.debouncer.runs;
  }
}
