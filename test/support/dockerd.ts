// A private Docker engine for tests: its own data root, exec root, socket and pidfile under a fresh temp
// folder, so it can run beside the host's Docker and beside other test engines, and is stopped by its PID.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiRequest, installIfMissing, killContainers, runDocker } from './dockerCli';
import type { ApiResponse, DockerCallOptions, DockerResult } from './dockerCli';
import { ensureTestImage } from './image';
import { commandLineIncludes, isAlive, killNow, processesUnder, readPid, terminate, unmountUnder, withDescendants } from './processes';

export { TEST_IMAGE } from './image';
export { apiRequest, cliEnv, dockerCli, installIfMissing, runDocker, runShell } from './dockerCli';
export type { ApiResponse, DockerCallOptions, DockerResult } from './dockerCli';

export interface Engine {
  /** `unix:///…/docker.sock`, for DOCKER_HOST or dockerode. */
  readonly host: string;
  readonly socketPath: string;
  /** Variables to put into a child process's environment so that its docker CLI talks to this engine. */
  readonly env: Readonly<Record<string, string>>;
  /** The engine's temp folder; `undefined` for an engine this process did not start. */
  readonly root: string | undefined;
  /** dockerd's PID while it runs (this process's engines only). */
  readonly pid: number | undefined;
  /** Whether `stop()` really stops it (false for the run-wide engine given by STOWAGE_TEST_DOCKER_HOST). */
  readonly owned: boolean;
  /** Runs the docker CLI against this engine; never throws for a non-zero exit. */
  docker(args: readonly string[], options?: DockerCallOptions): Promise<DockerResult>;
  /** One Engine API request over the socket, e.g. `api('GET', '/_ping')`. */
  api(method: string, apiPath: string, body?: unknown): Promise<ApiResponse>;
  /** The last lines of dockerd's log (empty for an engine this process did not start). */
  logTail(lines?: number): string;
  /** Stops dockerd (and its containerd and shims) and removes the temp folder. No-op when not owned. */
  stop(): Promise<void>;
  /** Stops dockerd but keeps its data root, so `startDaemonOnly()` brings the same volumes back. */
  stopDaemonOnly(): Promise<void>;
  startDaemonOnly(): Promise<void>;
  restart(): Promise<void>;
}

export interface EngineOptions {
  /** Import `stowage/busybox:test` (default true). */
  readonly image?: boolean;
  /** Default 30 s. */
  readonly startTimeoutMs?: number;
  /** How long dockerd gets after SIGTERM before SIGKILL; default 20 s. */
  readonly stopTimeoutMs?: number;
  /**
   * Default `vfs` (or STOWAGE_TEST_STORAGE_DRIVER): it works on any file system, also inside a container
   * whose own root is an overlay, where overlay2 cannot stack.
   */
  readonly storageDriver?: string;
  /** More dockerd flags. */
  readonly daemonArgs?: readonly string[];
  /**
   * Leave the daemon running when this process exits (scripts/engine/engine.mjs starts the run-wide engine
   * this way); it is then stopped with `stopEngineFromState`.
   */
  readonly outliveProcess?: boolean;
}

/** What scripts/engine/engine.mjs writes to its state file: enough to stop the engine from another process. */
export interface EngineState {
  readonly host: string;
  readonly socketPath: string;
  readonly root: string;
  readonly pid: number;
  readonly containerdPid: number | undefined;
}

/** Engines this process started and has not stopped yet: killed on exit even when a test crashed. */
const running = new Set<PrivateEngine>();
let exitHooked = false;
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', () => {
    for (const engine of running) engine.killSync();
  });
  for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(name, () => {
      for (const engine of running) engine.killSync();
      process.exit(128 + (name === 'SIGINT' ? 2 : name === 'SIGTERM' ? 15 : 1));
    });
  }
}

class PrivateEngine implements Engine {
  readonly owned = true;
  readonly socketPath: string;
  readonly host: string;
  readonly env: Readonly<Record<string, string>>;
  private child: ChildProcess | undefined;
  private containerdPid: number | undefined;
  private readonly dataRoot: string;
  private readonly execRoot: string;
  private readonly pidFile: string;
  private readonly logFile: string;

  constructor(
    readonly root: string,
    private readonly options: EngineOptions,
  ) {
    this.dataRoot = path.join(root, 'data');
    this.execRoot = path.join(root, 'exec');
    this.pidFile = path.join(root, 'dockerd.pid');
    this.logFile = path.join(root, 'dockerd.log');
    this.socketPath = path.join(root, 'docker.sock');
    this.host = `unix://${this.socketPath}`;
    const config = path.join(root, 'cli-config');
    mkdirSync(config, { recursive: true });
    // A private CLI config keeps the user's contexts and credential helpers out of the tests.
    this.env = { DOCKER_HOST: this.host, DOCKER_CONFIG: config, DOCKER_CLI_HINTS: 'false' };
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  docker(args: readonly string[], options?: DockerCallOptions): Promise<DockerResult> {
    return runDocker(this.env, args, options);
  }

  api(method: string, apiPath: string, body?: unknown): Promise<ApiResponse> {
    return apiRequest(this.socketPath, method, apiPath, body);
  }

  logTail(lines = 30): string {
    try {
      return readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  async startDaemonOnly(): Promise<void> {
    if (this.child !== undefined && isAlive(this.child.pid ?? -1)) return;
    mkdirSync(this.dataRoot, { recursive: true });
    mkdirSync(this.execRoot, { recursive: true });
    const log = openSync(this.logFile, 'a');
    const args = [
      '--data-root', this.dataRoot,
      '--exec-root', this.execRoot,
      '--host', this.host,
      '--pidfile', this.pidFile,
      '--iptables=false', '--ip-masq=false', '--ip6tables=false', '--bridge=none', '--userland-proxy=false',
      `--storage-driver=${this.options.storageDriver ?? process.env['STOWAGE_TEST_STORAGE_DRIVER'] ?? 'vfs'}`,
      // Should dockerd find a system containerd and use it, these keep two engines' containers apart.
      `--containerd-namespace=${path.basename(this.root)}`,
      `--containerd-plugins-namespace=${path.basename(this.root)}-plugins`,
      // Containers of a test stop in a second, not ten, when the daemon shuts down.
      '--shutdown-timeout=2',
      ...(this.options.daemonArgs ?? []),
    ];
    // detached: its own process group, so a terminal's Ctrl-C reaches this process first, which then
    // stops the daemon in order; unref: a script that starts an engine for the whole run can exit.
    const child = spawn('dockerd', args, { stdio: ['ignore', log, log], detached: true });
    closeSync(log);
    child.unref();
    this.child = child;
    if (this.options.outliveProcess !== true) {
      running.add(this);
      hookExit();
    }
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 30_000);
    for (;;) {
      const ping = await apiRequest(this.socketPath, 'GET', '/_ping', undefined, 1000).catch(() => undefined);
      if (ping?.status === 200) break;
      const early = await Promise.race([exited.then((code) => `dockerd exited with code ${String(code)}`), spawnError.then((e) => `dockerd did not start: ${e.message}`), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 100))]);
      if (early !== undefined || Date.now() > deadline) {
        const reason = early ?? `dockerd did not answer /_ping within ${this.options.startTimeoutMs ?? 30_000} ms`;
        await this.stopDaemonOnly();
        throw new Error(`${reason}\n--- dockerd log (${this.logFile}) ---\n${this.logTail()}`);
      }
    }
    this.containerdPid = readPid(path.join(this.execRoot, 'containerd', 'containerd.pid'));
  }

  async stopDaemonOnly(): Promise<void> {
    const pid = this.child?.pid;
    if (pid !== undefined) await terminate(pid, this.options.stopTimeoutMs ?? 20_000);
    this.child = undefined;
    // dockerd stops the containerd it started; these only act when it could not (after a SIGKILL).
    if (this.containerdPid !== undefined) await terminate(this.containerdPid, 5000);
    this.containerdPid = undefined;
    for (const leftover of withDescendants(processesUnder(this.root))) await terminate(leftover, 2000);
    running.delete(this);
  }

  async restart(): Promise<void> {
    await this.stopDaemonOnly();
    await this.startDaemonOnly();
  }

  async stop(): Promise<void> {
    if (this.child !== undefined) await killContainers(this.socketPath);
    await this.stopDaemonOnly();
    unmountUnder(this.root);
    rmSync(this.root, { recursive: true, force: true, maxRetries: 3 });
  }

  state(): EngineState {
    const pid = this.child?.pid;
    if (pid === undefined) throw new Error('the engine is not running');
    return { host: this.host, socketPath: this.socketPath, root: this.root, pid, containerdPid: this.containerdPid };
  }

  /** For `process.on('exit')`: no waiting is possible there, so SIGKILL everything and clean up. */
  killSync(): void {
    const roots = [this.child?.pid, this.containerdPid, ...processesUnder(this.root)].filter((pid): pid is number => pid !== undefined);
    for (const pid of withDescendants(roots)) killNow(pid);
    running.delete(this);
    unmountUnder(this.root);
    try {
      rmSync(this.root, { recursive: true, force: true });
    } catch {
      // A process may still hold a file; the folder is under the system temp folder anyway.
    }
  }
}

/** Starts a private engine and imports the test image. Throws with dockerd's log tail when it fails. */
export async function startEngine(options: EngineOptions = {}): Promise<Engine> {
  installIfMissing();
  // Short base path: a unix socket path must stay under 108 bytes.
  const base = existsSync('/tmp') ? '/tmp' : os.tmpdir();
  const engine = new PrivateEngine(mkdtempSync(path.join(base, 'stowage-engine-')), options);
  try {
    await engine.startDaemonOnly();
    if (options.image !== false) await ensureTestImage(engine);
  } catch (error) {
    await engine.stop();
    throw error;
  }
  return engine;
}

/** Starts an engine that outlives this process; returns what `stopEngineFromState` needs. */
export async function startDetachedEngine(options: EngineOptions = {}): Promise<EngineState> {
  const engine = (await startEngine({ ...options, outliveProcess: true })) as PrivateEngine;
  return engine.state();
}

/** Stops an engine started by another process, by its PID, and removes its folder. */
export async function stopEngineFromState(state: EngineState, stopTimeoutMs = 20_000): Promise<void> {
  if (commandLineIncludes(state.pid, state.root)) {
    await killContainers(state.socketPath);
    await terminate(state.pid, stopTimeoutMs);
  }
  const containerdPid = state.containerdPid ?? readPid(path.join(state.root, 'exec', 'containerd', 'containerd.pid'));
  if (containerdPid !== undefined && commandLineIncludes(containerdPid, state.root)) await terminate(containerdPid, 5000);
  for (const leftover of withDescendants(processesUnder(state.root))) await terminate(leftover, 2000);
  unmountUnder(state.root);
  rmSync(state.root, { recursive: true, force: true, maxRetries: 3 });
}

/** An engine someone else started (STOWAGE_TEST_DOCKER_HOST): used as is, never stopped from here. */
export async function connectEngine(host: string, options: { readonly image?: boolean } = {}): Promise<Engine> {
  const socketPath = host.replace(/^unix:\/\//, '');
  const env = { DOCKER_HOST: host, DOCKER_CLI_HINTS: 'false' };
  const notOwned = (): Promise<void> => Promise.reject(new Error(`the engine at ${host} is shared by the whole test run; start a private one with startEngine() to stop or restart it`));
  const engine: Engine = {
    host,
    socketPath,
    env,
    root: undefined,
    pid: undefined,
    owned: false,
    docker: (args, callOptions) => runDocker(env, args, callOptions),
    api: (method, apiPath, body) => apiRequest(socketPath, method, apiPath, body),
    logTail: () => '',
    stop: () => Promise.resolve(),
    stopDaemonOnly: notOwned,
    startDaemonOnly: notOwned,
    restart: notOwned,
  };
  const ping = await engine.api('GET', '/_ping').catch((error: unknown) => {
    throw new Error(`STOWAGE_TEST_DOCKER_HOST=${host} does not answer: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (ping.status !== 200) throw new Error(`STOWAGE_TEST_DOCKER_HOST=${host}: /_ping answered ${ping.status}`);
  if (options.image !== false) await ensureTestImage(engine);
  return engine;
}

export { useEngine } from './useEngine';
export type { EngineHandle, UseEngineOptions } from './useEngine';
