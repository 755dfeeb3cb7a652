// Asks the real engine about one command line and sorts its answer: accepted, refused for a reason the
// text shows, or refused for a reason that depends on the host (so Stowage must never call it an error).
import type { Engine } from '../../support/dockerd';
import { runShell, TEST_IMAGE } from '../../support/dockerd';

export type EngineVerdict =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'refused' | 'host'; readonly phase: 'create' | 'start'; readonly text: string };

/** Label on every container the suite creates, so a crashed run's leftovers can be found. */
export const FIDELITY_LABEL = 'stowage.fidelity=1';

/**
 * Docker's words for refusals that depend on this host or this engine rather than on the spec: a missing
 * bind source, propagation that needs a shared mount, a container that does not exist here, a file over a
 * folder of the image, an API version this engine does not speak.
 */
const HOST_DEPENDENT = [
  /bind source path does not exist/i,
  /bind (mount )?source path .*does not exist/i,
  /is not a shared mount/i,
  /is not a shared or slave mount/i,
  /No such container/i,
  /not a directory/i,
  /Are you trying to mount a directory onto a file/i,
  /requires API version/i,
  /API version .* (is|does) not support/i,
];

export function isHostDependent(text: string): boolean {
  return HOST_DEPENDENT.some((pattern) => pattern.test(text));
}

/** Docker's own error lines, without the CLI's usage hints, build chatter and deprecation notices. */
export function errorText(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith("Run '") && !line.startsWith("See '") && !/^(DEPRECATED|Usage:|Sending build context|time=")/.test(line));
  const errors = lines.filter((line) => /error|invalid|refus|failed|cannot|can not|requires|unexpected|duplicate/i.test(line));
  return (errors.length > 0 ? errors : lines).join(' | ');
}

/**
 * `docker create ARGS IMAGE` through a shell (so quoting and word splitting are real), then
 * `docker start -a` when created, since some options (tmpfs ones) are only refused at start. The
 * container and its anonymous volumes are removed before returning.
 */
export async function askEngine(engine: Engine, args: string, workdir: string): Promise<EngineVerdict> {
  const started = Date.now() * 1e6;
  const create = await runShell(engine.env, `exec "$STOWAGE_DOCKER" create --label ${FIDELITY_LABEL} ${args} ${TEST_IMAGE}`, { cwd: workdir });
  if (create.code !== 0) {
    refusedWindows.push([started, Date.now() * 1e6]);
    if (/Cannot connect to the Docker daemon/.test(create.stderr)) throw new Error(`the engine is gone: ${create.stderr}`);
    const text = errorText(create.stderr);
    return { kind: isHostDependent(text) ? 'host' : 'refused', phase: 'create', text };
  }
  const id = create.stdout.trim().split('\n').pop() ?? '';
  try {
    const start = await engine.docker(['start', '-a', id], { cwd: workdir, timeoutMs: 30_000 });
    if (start.code !== 0) {
      const text = errorText(start.stderr);
      return { kind: isHostDependent(text) ? 'host' : 'refused', phase: 'start', text };
    }
    return { kind: 'accepted' };
  } finally {
    await engine.docker(['rm', '-f', '-v', id]);
  }
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the order of results. */
export async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * When the daemon refuses a create after it made the anonymous volumes (e.g. "Duplicate mount point"), those
 * volumes stay behind with no container to remove them. They are found afterwards as volumes created during
 * a refused create and never mounted.
 */
const refusedWindows: [number, number][] = [];

async function leakedByRefusals(engine: Engine, since: number): Promise<string[]> {
  if (refusedWindows.length === 0) return [];
  const events = await engine.docker(['events', '--since', String(Math.floor(since / 1000)), '--until', String(Math.ceil(Date.now() / 1000) + 1), '--filter', 'type=volume', '--format', '{{.TimeNano}} {{.Actor.ID}} {{.Action}}']);
  const created = new Map<string, number>();
  const mounted = new Set<string>();
  for (const line of events.stdout.split('\n')) {
    const [time, name, action] = line.split(' ');
    if (time === undefined || name === undefined) continue;
    if (action === 'create') created.set(name, Number(time));
    if (action === 'mount') mounted.add(name);
  }
  return [...created]
    .filter(([name, time]) => /^[0-9a-f]{64}$/.test(name) && !mounted.has(name) && refusedWindows.some(([from, to]) => time >= from && time <= to))
    .map(([name]) => name);
}

/** Removes what the suite left: its labelled containers, then `stw-fid-*` and the listed extra volumes. */
export async function cleanUp(engine: Engine, prefix: string, extraVolumes: readonly string[], volumesBefore: ReadonlySet<string>, since = Date.now()): Promise<void> {
  const containers = await engine.docker(['ps', '-aq', '--filter', `label=${FIDELITY_LABEL}`]);
  const ids = containers.stdout.split('\n').filter((id) => id !== '');
  if (ids.length > 0) await engine.docker(['rm', '-f', '-v', ...ids]);
  const named = await engine.docker(['ps', '-aq', '--filter', `name=^/${prefix}`]);
  const namedIds = named.stdout.split('\n').filter((id) => id !== '');
  if (namedIds.length > 0) await engine.docker(['rm', '-f', '-v', ...namedIds]);
  const volumes = (await engine.docker(['volume', 'ls', '-q'])).stdout.split('\n').filter((name) => name !== '');
  const leaked = await leakedByRefusals(engine, since);
  const ours = volumes.filter((name) => !volumesBefore.has(name) && (name.startsWith(prefix) || extraVolumes.includes(name) || leaked.includes(name)));
  if (ours.length > 0) await engine.docker(['volume', 'rm', '-f', ...ours]);
}

export async function volumeNames(engine: Engine): Promise<Set<string>> {
  const list = await engine.docker(['volume', 'ls', '-q']);
  return new Set(list.stdout.split('\n').filter((name) => name !== ''));
}
