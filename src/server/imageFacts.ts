// Which VOLUME paths the engine's local images declare (SW209, SW211, SW301): `image inspect` of the
// images open documents mention, run in the background. Requests only read the latest answers.
import type Docker from 'dockerode';
import type { AnalyzedDocument } from '../core';
import { configVolumePaths, serviceImage } from '../core/images';
import { dockerOptionsFor } from '../engine/client';
import type { EngineEndpoint } from '../engine/connection';
import type { Log } from './log';

/** The inspected images: `Config.Volumes` paths by reference as written; an image not on the engine is absent. */
export interface ImageFacts {
  readonly volumes: ReadonlyMap<string, readonly string[]>;
}

/** `image inspect` as plain data: the inspect JSON, or `undefined` when the engine has no such image. Rejects on other failures. */
export type InspectImage = (imageRef: string) => Promise<unknown>;

/** More references than any workspace writes; beyond it new ones are not inspected. */
const MAX_WANTED = 500;

/** The image references a document runs: Compose `image:` and `docker run`/`create` images, without variables. */
export function imageRefsOf(document: AnalyzedDocument): string[] {
  const refs = new Set<string>();
  for (const service of document.compose?.services ?? []) {
    const image = serviceImage(document, service).image?.value;
    if (image !== undefined) refs.add(image);
  }
  for (const command of document.commands) {
    if ((command.verb === 'run' || command.verb === 'create') && command.image !== undefined) refs.add(command.image.value);
  }
  return [...refs].filter((ref) => ref !== '' && !ref.includes('$'));
}

export class ImageFactsStore {
  private inspect: InspectImage | undefined;
  private readonly wanted = new Set<string>();
  private current: ImageFacts | undefined;
  private generation = 0;
  private running: Promise<void> | undefined;
  private pending = new Set<string>();

  constructor(private readonly options: { readonly log: Log; readonly onChange: () => void }) {}

  /** The latest answers; `undefined` while no engine is used. A new object whenever an answer changes. */
  get facts(): ImageFacts | undefined {
    return this.current;
  }

  /** Starts (or stops, with `undefined`) asking an engine; stopping forgets every answer. */
  setInspector(inspect: InspectImage | undefined): void {
    this.inspect = inspect;
    this.generation++;
    this.pending.clear();
    const had = this.current !== undefined && this.current.volumes.size > 0;
    this.current = inspect === undefined ? undefined : { volumes: new Map() };
    if (had) this.changed();
  }

  /** References open documents mention; the new ones are inspected in the background. */
  want(refs: readonly string[]): void {
    const fresh = refs.filter((ref) => !this.wanted.has(ref));
    if (fresh.length === 0) return;
    for (const ref of fresh) {
      if (this.wanted.size >= MAX_WANTED) break;
      this.wanted.add(ref);
      this.pending.add(ref);
    }
    this.kick();
  }

  /** Inspects every wanted reference again (the engine's images may have changed). */
  refreshAll(): void {
    for (const ref of this.wanted) this.pending.add(ref);
    this.kick();
  }

  /** Resolves when no inspection is running (for tests). */
  async settled(): Promise<void> {
    while (this.running !== undefined) await this.running;
  }

  private kick(): void {
    if (this.inspect === undefined || this.running !== undefined || this.pending.size === 0) return;
    this.running = this.run().finally(() => {
      this.running = undefined;
      this.kick();
    });
  }

  private async run(): Promise<void> {
    const inspect = this.inspect;
    const generation = this.generation;
    const refs = [...this.pending];
    this.pending.clear();
    if (inspect === undefined) return;
    const answers = await Promise.all(refs.map(async (ref) => {
      try {
        const json = await inspect(ref);
        return { ref, volumes: json === undefined ? undefined : configVolumePaths(configOf(json)), ok: true };
      } catch (error) {
        this.options.log.info(`engine: image inspect ${ref} failed: ${error instanceof Error ? error.message : String(error)}`);
        return { ref, volumes: undefined, ok: false };
      }
    }));
    if (generation !== this.generation || this.current === undefined) return;
    const next = new Map(this.current.volumes);
    let changed = false;
    for (const answer of answers) {
      // A failed call keeps the previous answer: a slow engine does not make facts come and go.
      if (!answer.ok) continue;
      const before = next.get(answer.ref);
      if (answer.volumes === undefined) {
        if (next.delete(answer.ref)) changed = true;
      } else if (before === undefined || before.join('\0') !== answer.volumes.join('\0')) {
        next.set(answer.ref, answer.volumes);
        changed = true;
      }
    }
    if (!changed) return;
    this.current = { volumes: next };
    this.changed();
  }

  private changed(): void {
    try {
      this.options.onChange();
    } catch (error) {
      this.options.log.error('image facts listener failed', error);
    }
  }
}

function configOf(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return undefined;
  const config = (json as Record<string, unknown>)['Config'];
  return typeof config === 'object' && config !== null ? (config as Record<string, unknown>)['Volumes'] : undefined;
}

/** `GET /images/{name}/json` on the endpoint, bounded by `timeoutMs`; a 404 answers `undefined`. */
export function engineImageInspector(endpoint: EngineEndpoint, timeoutMs: number, readBinary: (path: string) => Buffer | undefined): InspectImage {
  let modem: DialModem | undefined;
  return async (imageRef) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- dockerode is slow to load; only a used engine pays
    modem ??= new (require('dockerode') as typeof Docker)(dockerOptionsFor(endpoint, readBinary)).modem as DialModem;
    const dial = modem;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      return await new Promise<unknown>((resolve, reject) => {
        dial.dial({ path: `/images/${encodeURIComponent(imageRef)}/json`, method: 'GET', abortSignal: abort.signal, statusCodes: { 200: true, 404: 'not found', 500: 'server error' } }, (error, data) => {
          if (error === null || error === undefined) resolve(data);
          else if ((error as { statusCode?: unknown }).statusCode === 404) resolve(undefined);
          else reject(abort.signal.aborted ? new Error(`no answer within ${timeoutMs} ms`) : error);
        });
      });
    } finally {
      clearTimeout(timer);
    }
  };
}

interface DialModem {
  dial(options: { path: string; method: string; abortSignal: AbortSignal; statusCodes: Record<number, true | string> }, callback: (error: unknown, data: unknown) => void): void;
}
