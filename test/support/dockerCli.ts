// The docker CLI and the Engine API as tests call them: results as data, never an exception for a refusal.
import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';

export interface DockerResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface DockerCallOptions {
  /** Written to the CLI's stdin. */
  readonly input?: string | Buffer;
  /** Added to the CLI's environment (e.g. `DOCKER_BUILDKIT: '0'`). */
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Default 60 s; the CLI is killed after it and `code` is 124. */
  readonly timeoutMs?: number;
}

export interface ApiResponse {
  readonly status: number;
  readonly body: string;
}

/** The docker CLI: STOWAGE_DOCKER_CLI when set, else `docker` from PATH. */
export const dockerCli = process.env['STOWAGE_DOCKER_CLI'] ?? 'docker';
const repoRoot = process.env['STOWAGE_ROOT'] ?? process.cwd();

/** Runs scripts/engine/install.sh when dockerd, docker or busybox is missing. */
export function installIfMissing(): void {
  const has = (program: string): boolean => {
    try {
      execFileSync('sh', ['-c', 'command -v "$1"', 'sh', program], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (has('dockerd') && has(dockerCli) && has('busybox')) return;
  execFileSync('bash', [path.join(repoRoot, 'scripts', 'engine', 'install.sh')], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Environment for the docker CLI: only DOCKER_HOST decides the engine (no context, no TLS leftovers). */
export function cliEnv(engineEnv: Readonly<Record<string, string>>, extra: Readonly<Record<string, string>> | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...engineEnv, ...extra };
  for (const name of ['DOCKER_CONTEXT', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'DOCKER_TLS']) {
    if (!(name in engineEnv) && !(extra !== undefined && name in extra)) delete env[name];
  }
  return env;
}

export function runDocker(engineEnv: Readonly<Record<string, string>>, args: readonly string[], options: DockerCallOptions = {}): Promise<DockerResult> {
  return runProgram(dockerCli, args, cliEnv(engineEnv, options.env), options);
}

/**
 * Runs `sh -c script` against the engine, for command lines that must reach the CLI exactly as a shell
 * splits them; `$STOWAGE_DOCKER` in the script is the docker CLI.
 */
export function runShell(engineEnv: Readonly<Record<string, string>>, script: string, options: DockerCallOptions = {}): Promise<DockerResult> {
  return runProgram('sh', ['-c', script], cliEnv(engineEnv, { STOWAGE_DOCKER: dockerCli, ...options.env }), options);
}

function runProgram(program: string, args: readonly string[], env: NodeJS.ProcessEnv, options: DockerCallOptions): Promise<DockerResult> {
  return new Promise((resolve) => {
    const child = spawn(program, [...args], { env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 127, stdout: '', stderr: `${program}: ${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? 124 : (code ?? 1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input);
  });
}

export function apiRequest(socketPath: string, method: string, apiPath: string, body?: unknown, timeoutMs = 10_000): Promise<ApiResponse> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers: http.OutgoingHttpHeaders = payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
    const request = http.request({ socketPath, method, path: apiPath, headers, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`${method} ${apiPath}: no answer in ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(payload);
  });
}

/** Kills running containers first: the daemon would otherwise wait out each one's stop timeout. */
export async function killContainers(socketPath: string): Promise<void> {
  try {
    const list = await apiRequest(socketPath, 'GET', '/containers/json', undefined, 3000);
    const ids = (JSON.parse(list.body) as { Id: string }[]).map((container) => container.Id);
    await Promise.all(ids.map((id) => apiRequest(socketPath, 'POST', `/containers/${id}/kill`, undefined, 3000).catch(() => undefined)));
  } catch {
    // Not answering: SIGTERM and SIGKILL follow anyway.
  }
}
