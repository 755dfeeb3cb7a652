import type { Localized } from '../../l10n';
import { cleanPath, hostPath } from './paths';
import { hostMounts } from './hostMounts';
import type { Rule } from '../rule';

// Where engines listen. `/var/run` is compared as `/run` (see hostPath).
const SOCKET_NAMES = /(?:^|\/)(?:docker\.sock|docker\.sock\.raw|podman\.sock)$/;
const ENGINE_PIPE = /^(?:\\\\|\/\/)\.[\\/]pipe[\\/](?:docker_engine|dockerDesktopLinuxEngine|podman-)/i;
/** Folders that hold an engine socket: a bind of one hands the socket over too. */
const SOCKET_FOLDERS = [/^\/run$/, /^\/run\/podman$/, /^\/run\/user$/, /^\/run\/user\/\d+$/, /^\/run\/user\/\d+\/podman$/, /^~\/\.docker(?:\/run)?$/];

/**
 * The engine's socket or pipe in a container: whoever can talk to it can start a privileged container
 * that mounts the host's `/`, so it is root on the host. `:ro` only stops writes to the socket file, not
 * requests through it.
 */
export const sw401EngineSocket: Rule = {
  code: 'SW401',
  defaultSeverity: 'warning',
  title: { en: 'Engine socket mounted', ko: '엔진 소켓 마운트' },
  check(document, context) {
    for (const mount of hostMounts(document)) {
      const source = mount.source;
      if (source === undefined) continue;
      const message = socketMessage(source.value);
      if (message !== undefined) context.report({ range: source.range, message });
    }
  },
};

function socketMessage(source: string): Localized | undefined {
  const consequence = {
    en: 'anything in the container can drive the engine and so has root access to the host; read-only does not limit the API.',
    ko: '컨테이너 안의 무엇이든 엔진을 조종할 수 있어 호스트의 root 권한을 갖게 됩니다. 읽기 전용으로 마운트해도 API는 제한되지 않습니다.',
  };
  if (ENGINE_PIPE.test(source)) {
    return { en: `The engine's named pipe ${source} is mounted: ${consequence.en}`, ko: `엔진의 named pipe ${source}가 마운트됩니다: ${consequence.ko}` };
  }
  const path = hostPath(source) ?? (source.includes('$') ? source : undefined);
  if (path === undefined) return undefined;
  if (SOCKET_NAMES.test(path)) {
    return { en: `The engine's socket ${source} is mounted: ${consequence.en}`, ko: `엔진 소켓 ${source}가 마운트됩니다: ${consequence.ko}` };
  }
  const cleaned = path.startsWith('/') ? cleanPath(path) : path;
  if (SOCKET_FOLDERS.some((folder) => folder.test(cleaned)) || cleaned === '/') {
    return {
      en: `${source} holds the engine's socket, which this mount brings into the container: ${consequence.en}`,
      ko: `${source}에는 엔진 소켓이 있어 이 마운트로 컨테이너에 들어갑니다: ${consequence.ko}`,
    };
  }
  return undefined;
}
