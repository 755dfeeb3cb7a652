// Live updates: engine events collapse into a few refreshes, and a dropped stream reconnects with backoff.
import type { EngineClient, EventSubscription } from './client';
import type { EngineError } from './errors';
import type { EngineEvent } from './records';

/**
 * Runs `action` once things go quiet for `quietMs`, but at least every `maxWaitMs` during a long burst.
 * Calls that arrive while the action runs cause exactly one more run afterwards.
 */
export class Debouncer {
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private maxTimer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private pendingWhileRunning = false;
  private disposed = false;
  runs = 0;

  constructor(private readonly action: () => Promise<void>, private readonly quietMs: number, private readonly maxWaitMs: number) {}

  schedule(): void {
    if (this.disposed) return;
    if (this.running) {
      this.pendingWhileRunning = true;
      return;
    }
    if (this.quietTimer !== undefined) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => void this.fire(), this.quietMs);
    this.maxTimer ??= setTimeout(() => void this.fire(), this.maxWaitMs);
  }

  private clearTimers(): void {
    if (this.quietTimer !== undefined) clearTimeout(this.quietTimer);
    if (this.maxTimer !== undefined) clearTimeout(this.maxTimer);
    this.quietTimer = undefined;
    this.maxTimer = undefined;
  }

  private async fire(): Promise<void> {
    this.clearTimers();
    if (this.disposed || this.running) return;
    this.running = true;
    this.runs++;
    try {
      await this.action();
    } catch {
      // The action reports its own failures; a failed refresh must not stop later ones.
    } finally {
      this.running = false;
    }
    if (this.pendingWhileRunning) {
      this.pendingWhileRunning = false;
      this.schedule();
    }
  }

  dispose(): void {
    this.disposed = true;
    this.clearTimers();
  }
}

/** The events that change what the explorer shows. */
export const EXPLORER_EVENT_FILTERS: Readonly<Record<string, readonly string[]>> = {
  type: ['volume', 'container'],
  event: ['create', 'destroy', 'prune', 'mount', 'unmount', 'start', 'die'],
};

export interface FollowerHandlers {
  readonly onEvent: (event: EngineEvent) => void;
  /** The stream opened after having been closed: events may have been missed. */
  readonly onReconnect: () => void;
  readonly onDrop: (error: EngineError | undefined) => void;
}

/** Keeps one /events stream open while started; reconnects after 0.5 s, doubling up to `maxBackoffMs`. */
export class EventFollower {
  private subscription: EventSubscription | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private backoffMs: number;
  private started = false;
  private everOpened = false;
  connects = 0;

  constructor(
    private readonly client: EngineClient,
    private readonly handlers: FollowerHandlers,
    private readonly initialBackoffMs = 500,
    private readonly maxBackoffMs = 30_000,
  ) {
    this.backoffMs = initialBackoffMs;
  }

  get isStarted(): boolean {
    return this.started;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.connect();
  }

  /** Skips the remaining backoff, e.g. when the user presses Refresh. */
  retryNow(): void {
    if (!this.started || this.subscription !== undefined) return;
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.backoffMs = this.initialBackoffMs;
    this.connect();
  }

  private connect(): void {
    this.retryTimer = undefined;
    if (!this.started) return;
    const subscription = this.client.subscribe(EXPLORER_EVENT_FILTERS, {
      onOpen: () => {
        this.connects++;
        this.backoffMs = this.initialBackoffMs;
        if (this.everOpened) this.handlers.onReconnect();
        this.everOpened = true;
      },
      onEvent: (event) => this.handlers.onEvent(event),
      onEnd: (error) => {
        if (this.subscription === subscription) this.subscription = undefined;
        if (!this.started) return;
        // Anything that happened while closed is unknown; after the first open, a reopen means "refresh".
        this.everOpened = true;
        this.handlers.onDrop(error);
        this.retryTimer = setTimeout(() => this.connect(), this.backoffMs);
        this.backoffMs = Math.min(this.backoffMs * 2, this.maxBackoffMs);
      },
    });
    this.subscription = subscription;
  }

  stop(): void {
    this.started = false;
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const subscription = this.subscription;
    this.subscription = undefined;
    subscription?.close();
  }
}
