// Every failure of an engine call becomes an EngineFault: a kind the views can switch on (to show the right
// welcome state) and a message in English and Korean that names the cause and the usual way out.
import type { Localized } from '../core/l10n';
import type { EngineEndpoint } from './connection';

export type EngineFaultKind =
  | 'notRunning'
  | 'permissionDenied'
  | 'hostNotFound'
  | 'tls'
  | 'timeout'
  | 'connectionLost'
  | 'inUse'
  | 'notFound'
  | 'invalid'
  | 'badHost'
  | 'api';

export interface EngineFault {
  readonly kind: EngineFaultKind;
  readonly message: Localized;
  /** The engine's or the socket's own text, for the log. */
  readonly detail: string;
  readonly statusCode?: number;
}

export class EngineError extends Error {
  constructor(readonly fault: EngineFault, options?: { cause?: unknown }) {
    super(fault.message.en, options);
    this.name = 'EngineError';
  }
}

/** The engine's own error text: `{"message": "..."}` bodies, which docker-modem wraps. */
function engineMessage(error: Record<string, unknown>): string {
  const json = error['json'];
  if (typeof json === 'object' && json !== null && typeof (json as Record<string, unknown>)['message'] === 'string') {
    return (json as Record<string, string>)['message'] ?? '';
  }
  return typeof error['message'] === 'string' ? error['message'] : String(error);
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|EPROTO$|ERR_OSSL)/;

export function classifyEngineError(error: unknown, endpoint: EngineEndpoint | undefined): EngineFault {
  if (error instanceof EngineError) return error.fault;
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : { message: String(error) };
  const code = typeof record['code'] === 'string' ? record['code'] : '';
  const statusCode = typeof record['statusCode'] === 'number' ? record['statusCode'] : undefined;
  const detail = engineMessage(record);
  const where = endpoint?.host ?? 'the Docker engine';
  const socket = endpoint?.socketPath ?? '/var/run/docker.sock';

  if (statusCode !== undefined) {
    const quoted = detail.replace(/^\(HTTP code \d+\) [^-]*- /, '').trim();
    if (statusCode === 409) return { kind: 'inUse', statusCode, detail, message: { en: `The engine refused: "${quoted}".`, ko: `엔진이 거부했습니다: "${quoted}".` } };
    if (statusCode === 404) return { kind: 'notFound', statusCode, detail, message: { en: `Not found: "${quoted}".`, ko: `찾을 수 없습니다: "${quoted}".` } };
    if (statusCode === 400) return { kind: 'invalid', statusCode, detail, message: { en: `The engine refused the request: "${quoted}".`, ko: `엔진이 요청을 거부했습니다: "${quoted}".` } };
    return { kind: 'api', statusCode, detail, message: { en: `The engine answered ${statusCode}: "${quoted}".`, ko: `엔진이 ${statusCode}(으)로 응답했습니다: "${quoted}".` } };
  }
  if (code === 'ABORT_ERR' || code === 'ETIMEDOUT' || record['name'] === 'AbortError' || record['name'] === 'TimeoutError') {
    return { kind: 'timeout', detail, message: { en: `${where} did not answer in time. Is it overloaded or hung?`, ko: `${where}이(가) 제시간에 응답하지 않았습니다. 과부하 상태이거나 멈췄는지 확인하세요.` } };
  }
  if (code === 'ENOENT' || code === 'ECONNREFUSED') {
    return {
      kind: 'notRunning',
      detail,
      message: {
        en: `Cannot connect to the Docker daemon at ${where}. Is the docker daemon running?`,
        ko: `${where}의 Docker 데몬에 연결할 수 없습니다. Docker 데몬이 실행 중인지 확인하세요.`,
      },
    };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return {
      kind: 'permissionDenied',
      detail,
      message: {
        en: `Permission denied while trying to connect to the Docker daemon socket at ${socket}. Add your user to the "docker" group (sudo usermod -aG docker $USER) and log in again, or use rootless Docker.`,
        ko: `${socket}의 Docker 데몬 소켓에 연결하는 중 권한이 거부되었습니다. 사용자를 "docker" 그룹에 추가하고(sudo usermod -aG docker $USER) 다시 로그인하거나 rootless Docker를 사용하세요.`,
      },
    };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    const hostname = endpoint?.hostname ?? where;
    return { kind: 'hostNotFound', detail, message: { en: `Docker host "${hostname}" was not found or cannot be reached.`, ko: `Docker 호스트 "${hostname}"을(를) 찾을 수 없거나 연결할 수 없습니다.` } };
  }
  if (TLS_CODES.test(code) || /certificate|SSL|TLS/i.test(detail)) {
    return { kind: 'tls', detail, message: { en: `TLS error talking to ${where}: ${detail}. Check DOCKER_CERT_PATH and DOCKER_TLS_VERIFY.`, ko: `${where}과(와) 통신 중 TLS 오류: ${detail}. DOCKER_CERT_PATH와 DOCKER_TLS_VERIFY를 확인하세요.` } };
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE') {
    return { kind: 'connectionLost', detail, message: { en: `The connection to ${where} was lost.`, ko: `${where}과(와)의 연결이 끊어졌습니다.` } };
  }
  return { kind: 'api', detail, message: { en: `Docker engine error: ${detail}`, ko: `Docker 엔진 오류: ${detail}` } };
}

/** True for faults that mean "no engine to talk to", as opposed to a refused request. */
export function isConnectionFault(fault: EngineFault): boolean {
  return ['notRunning', 'permissionDenied', 'hostNotFound', 'tls', 'timeout', 'connectionLost', 'badHost'].includes(fault.kind);
}
