// Finds the engine the way the docker CLI does, so the explorer shows the same daemon as `docker volume ls`.
// Inputs arrive as plain data (settings, environment, a file reader) so every branch is unit-testable.
import { createHash } from 'node:crypto';
import type { Localized } from '../core/l10n';

export type EndpointSource = 'setting' | 'DOCKER_HOST' | 'context' | 'default';
export type EngineScheme = 'unix' | 'npipe' | 'tcp' | 'ssh';

export interface TlsFiles {
  /** Folder holding ca.pem, cert.pem, key.pem (DOCKER_CERT_PATH or the context's tls folder). */
  readonly certPath: string | undefined;
  /** false only when the context says SkipTLSVerify. */
  readonly verify: boolean;
}

export interface EngineEndpoint {
  /** Normalized address, e.g. unix:///var/run/docker.sock or tcp://host:2376. */
  readonly host: string;
  readonly scheme: EngineScheme;
  /** Socket or pipe path for unix:// and npipe://. */
  readonly socketPath?: string;
  readonly hostname?: string;
  readonly port?: number;
  readonly username?: string;
  /** Present when the connection uses TLS (tcp:// only). */
  readonly tls?: TlsFiles;
  readonly source: EndpointSource;
  readonly contextName?: string;
}

export interface ConnectionInputs {
  /** `stowage.docker.host`; empty means unset. */
  readonly hostSetting: string | undefined;
  /** Untrusted workspaces could otherwise point the explorer at any address. */
  readonly workspaceTrusted: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: string;
  readonly homeDir: string;
  /** Returns the file's text, or undefined when it cannot be read. */
  readonly readFile: (path: string) => string | undefined;
}

export type Resolution =
  | { readonly ok: true; readonly endpoint: EngineEndpoint }
  | { readonly ok: false; readonly source: EndpointSource; readonly message: Localized };

const DEFAULT_UNIX = 'unix:///var/run/docker.sock';
const DEFAULT_NPIPE = 'npipe:////./pipe/docker_engine';

function join(platform: string, ...parts: string[]): string {
  const sep = platform === 'win32' ? '\\' : '/';
  return parts.join(sep);
}

/** The docker CLI's config folder: DOCKER_CONFIG, else ~/.docker. */
export function dockerConfigDir(inputs: Pick<ConnectionInputs, 'env' | 'homeDir' | 'platform'>): string {
  const configured = inputs.env['DOCKER_CONFIG'];
  return configured !== undefined && configured !== '' ? configured : join(inputs.platform, inputs.homeDir, '.docker');
}

/** Contexts are stored under the SHA-256 of their name, as the CLI's context store does. */
export function contextDigest(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

export function resolveEndpoint(inputs: ConnectionInputs): Resolution {
  const setting = inputs.hostSetting?.trim() ?? '';
  if (setting !== '' && inputs.workspaceTrusted) return parseHost(setting, 'setting', undefined, undefined);

  const dockerHost = inputs.env['DOCKER_HOST']?.trim() ?? '';
  if (dockerHost !== '') {
    const verify = (inputs.env['DOCKER_TLS_VERIFY'] ?? '') !== '';
    const certPath = inputs.env['DOCKER_CERT_PATH'];
    const certDir = certPath !== undefined && certPath !== '' ? certPath : dockerConfigDir(inputs);
    // Like the CLI, certificates are used when DOCKER_TLS_VERIFY or DOCKER_CERT_PATH is set.
    const tls = verify || (certPath !== undefined && certPath !== '') ? { certPath: certDir, verify } : undefined;
    return parseHost(dockerHost, 'DOCKER_HOST', tls, undefined);
  }

  const contextName = currentContextName(inputs);
  if (contextName !== undefined && contextName !== 'default') return resolveContext(contextName, inputs);

  return parseHost(inputs.platform === 'win32' ? DEFAULT_NPIPE : DEFAULT_UNIX, 'default', undefined, undefined);
}

function currentContextName(inputs: ConnectionInputs): string | undefined {
  const fromEnv = inputs.env['DOCKER_CONTEXT']?.trim();
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const configText = inputs.readFile(join(inputs.platform, dockerConfigDir(inputs), 'config.json'));
  if (configText === undefined) return undefined;
  try {
    const config: unknown = JSON.parse(configText);
    const current = typeof config === 'object' && config !== null ? (config as Record<string, unknown>)['currentContext'] : undefined;
    return typeof current === 'string' && current !== '' ? current : undefined;
  } catch {
    return undefined; // the CLI also refuses a broken config.json; the default socket is the best guess
  }
}

function resolveContext(name: string, inputs: ConnectionInputs): Resolution {
  const digest = contextDigest(name);
  const configDir = dockerConfigDir(inputs);
  const metaPath = join(inputs.platform, configDir, 'contexts', 'meta', digest, 'meta.json');
  const metaText = inputs.readFile(metaPath);
  const missing: Localized = {
    en: `Docker context "${name}" was not found (no ${metaPath}).`,
    ko: `Docker 컨텍스트 "${name}"을(를) 찾을 수 없습니다 (${metaPath} 없음).`,
  };
  if (metaText === undefined) return { ok: false, source: 'context', message: missing };
  let host: unknown;
  let skipVerify = false;
  try {
    const meta = JSON.parse(metaText) as { Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } } };
    host = meta.Endpoints?.docker?.Host;
    skipVerify = meta.Endpoints?.docker?.SkipTLSVerify === true;
  } catch {
    host = undefined;
  }
  if (typeof host !== 'string' || host === '') {
    return {
      ok: false,
      source: 'context',
      message: {
        en: `Docker context "${name}" has no docker endpoint in ${metaPath}.`,
        ko: `Docker 컨텍스트 "${name}"의 ${metaPath}에 docker 엔드포인트가 없습니다.`,
      },
    };
  }
  const tlsDir = join(inputs.platform, configDir, 'contexts', 'tls', digest, 'docker');
  const hasTls = inputs.readFile(join(inputs.platform, tlsDir, 'ca.pem')) !== undefined || inputs.readFile(join(inputs.platform, tlsDir, 'cert.pem')) !== undefined;
  const tls = hasTls || skipVerify ? { certPath: hasTls ? tlsDir : undefined, verify: !skipVerify } : undefined;
  return parseHost(host, 'context', tls, name);
}

/** Parses a host the way the CLI's ParseHost does: a bare `host:port` means tcp. */
export function parseHost(raw: string, source: EndpointSource, tls: TlsFiles | undefined, contextName: string | undefined): Resolution {
  const text = raw.includes('://') ? raw : `tcp://${raw}`;
  const schemeEnd = text.indexOf('://');
  const scheme = text.slice(0, schemeEnd).toLowerCase();
  const rest = text.slice(schemeEnd + 3);
  const extra = { source, ...(contextName !== undefined ? { contextName } : {}) };
  const invalid = (why: Localized): Resolution => ({ ok: false, source, message: why });
  switch (scheme) {
    case 'unix': {
      const socketPath = rest === '' ? '/var/run/docker.sock' : rest;
      return { ok: true, endpoint: { host: `unix://${socketPath}`, scheme: 'unix', socketPath, ...extra } };
    }
    case 'npipe': {
      const socketPath = rest === '' ? '//./pipe/docker_engine' : rest;
      return { ok: true, endpoint: { host: `npipe://${socketPath}`, scheme: 'npipe', socketPath, ...extra } };
    }
    case 'tcp':
    case 'http':
    case 'https':
    case 'ssh': {
      let url: URL;
      try {
        url = new URL(`${scheme === 'ssh' ? 'ssh' : 'http'}://${rest}`);
      } catch {
        return invalid({ en: `Invalid Docker host "${raw}".`, ko: `잘못된 Docker 호스트 "${raw}"입니다.` });
      }
      if (url.hostname === '') return invalid({ en: `Invalid Docker host "${raw}": no host name.`, ko: `잘못된 Docker 호스트 "${raw}": 호스트 이름이 없습니다.` });
      const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
      if (scheme === 'ssh') {
        const port = url.port === '' ? 22 : Number(url.port);
        const username = decodeURIComponent(url.username);
        return {
          ok: true,
          endpoint: { host: `ssh://${username !== '' ? `${username}@` : ''}${url.host}`, scheme: 'ssh', hostname, port, ...(username !== '' ? { username } : {}), ...extra },
        };
      }
      const useTls = tls !== undefined || scheme === 'https';
      // 2376 is Docker's TLS port, 2375 the plain one (the CLI's defaults when the port is omitted).
      const port = url.port === '' ? (useTls ? 2376 : 2375) : Number(url.port);
      const tlsPart = useTls ? { tls: tls ?? { certPath: undefined, verify: true } } : {};
      return { ok: true, endpoint: { host: `tcp://${url.hostname}:${port}`, scheme: 'tcp', hostname, port, ...tlsPart, ...extra } };
    }
    default:
      return invalid({
        en: `Unsupported Docker host "${raw}": use unix://, npipe://, tcp:// or ssh://.`,
        ko: `지원하지 않는 Docker 호스트 "${raw}"입니다: unix://, npipe://, tcp:// 또는 ssh://를 사용하세요.`,
      });
  }
}
