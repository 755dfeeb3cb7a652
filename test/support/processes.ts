// Process and mount housekeeping for the private engine: everything is found by PID or by the engine's
// own temp folder, so nothing another engine (or the host's Docker) runs is ever touched.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Alive means it exists and is not a zombie waiting to be reaped (a zombie no longer holds anything). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The state letter follows the command name in parentheses, which may itself contain spaces.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends SIGTERM, waits up to `timeoutMs`, then SIGKILL. Resolves once the process is gone. */
export async function terminate(pid: number, timeoutMs: number): Promise<void> {
  if (!isAlive(pid)) return;
  signal(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  if (!isAlive(pid)) return;
  signal(pid, 'SIGKILL');
  const killDeadline = Date.now() + 5000;
  while (isAlive(pid) && Date.now() < killDeadline) await sleep(50);
}

/** Same as `terminate` without waiting politely: for `process.on('exit')`, where nothing async runs. */
export function killNow(pid: number): void {
  if (isAlive(pid)) signal(pid, 'SIGKILL');
}

/** Whether the process's command line names `folder`: guards against a PID reused after the engine died. */
export function commandLineIncludes(pid: number, folder: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(folder);
  } catch {
    return false;
  }
}

export function readPid(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Processes whose command line names `folder`: the engine's containerd and the shims of its containers
 * carry the engine's private paths in their arguments, so this finds exactly what this engine started.
 */
export function processesUnder(folder: string): number[] {
  const found: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(folder) && isAlive(pid)) found.push(pid);
    } catch {
      // Exited while listing.
    }
  }
  return found;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/**
 * The given processes and all their descendants, children last. A container's processes do not name the
 * engine's folder, but they descend from its shim: found this way, they are not orphaned by a SIGKILL.
 */
export function withDescendants(roots: readonly number[]): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  const result: number[] = [];
  const queue = [...roots];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    if (result.includes(pid)) continue;
    result.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return result;
}

/** Mount points at or under `folder`, deepest first, so each can be unmounted before its parent. */
export function mountsUnder(folder: string): string[] {
  if (!existsSync('/proc/self/mountinfo')) return [];
  const points = new Set<string>();
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    // Field 5 is the mount point, with spaces and other specials written as octal escapes.
    const point = line.split(' ')[4]?.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    if (point !== undefined && (point === folder || point.startsWith(folder + '/'))) points.add(point);
  }
  return [...points].sort((a, b) => b.length - a.length);
}

/** Lazily unmounts whatever the engine left mounted under its folder (after a SIGKILL, say). */
export function unmountUnder(folder: string): void {
  for (const point of mountsUnder(folder)) {
    try {
      execFileSync('umount', ['-l', point], { stdio: 'ignore' });
    } catch {
      // Not ours to force any further; the folder removal will report what is left.
    }
  }
}
