import type { Localized } from '../../l10n';
import type { Mount } from '../../mounts/mount';
import type { Rule } from '../rule';
import { hostMounts } from './hostMounts';
import { hostPath } from './paths';
import { readOnlyFix } from './readOnlyFix';

/** Host paths whose contents control the host; writable, they let the container change it. */
const SENSITIVE = ['/etc', '/root', '/boot', '/proc', '/sys', '/dev', '/var/lib/docker', '~/.ssh'];
/** Under `/dev`, the entries commonly shared on purpose and harmless to write. */
const HARMLESS_DEVICES = new Set(['/dev/log', '/dev/shm', '/dev/null', '/dev/zero', '/dev/random', '/dev/urandom', '/dev/snd', '/dev/dri', '/dev/fuse']);
const USER_SSH = /^\/home\/[^/]+\/\.ssh(?:\/|$)/;

/**
 * A writable bind of a host path that controls the host (`/`, `/etc`, `/root`, `/boot`, `/proc`, `/sys`,
 * `/dev`, `/var/lib/docker`, `~/.ssh`, and what lies under them): the container can change the host itself.
 */
export const sw402SensitiveHostPath: Rule = {
  code: 'SW402',
  defaultSeverity: 'warning',
  title: { en: 'Sensitive host path mounted writable', ko: '민감한 호스트 경로를 쓰기 가능으로 마운트' },
  check(document, context) {
    for (const mount of hostMounts(document)) {
      if (mount.readOnly || mount.source === undefined || (mount.type !== 'bind' && mount.type !== 'volume')) continue;
      const sensitive = sensitiveRoot(mount.source.value);
      if (sensitive === undefined) continue;
      const fix = readOnlyFix(mount);
      context.report({ range: mount.source.range, message: messageFor(mount, sensitive), ...(fix !== undefined ? { fixes: [fix] } : {}) });
    }
  },
};

/** The sensitive folder a source lies in, or `undefined`. */
export function sensitiveRoot(source: string): string | undefined {
  const path = hostPath(source);
  if (path === undefined) return undefined;
  if (path === '/') return '/';
  if (HARMLESS_DEVICES.has(path) || [...HARMLESS_DEVICES].some((d) => path.startsWith(`${d}/`))) return undefined;
  if (USER_SSH.test(path)) return '~/.ssh';
  return SENSITIVE.find((root) => path === root || path.startsWith(`${root}/`));
}

function messageFor(mount: Mount, root: string): Localized {
  const source = mount.source?.value ?? '';
  const itself = root === '/' || hostPath(source) === root;
  const what = itself ? source : `${source} (under ${root})`;
  const whatKo = itself ? source : `${source}(${root} 아래)`;
  return {
    en: `The host path ${what} is mounted writable: the container can change the host's ${root === '/' ? 'whole file system' : root}; mount it read-only unless it must write there.`,
    ko: `호스트 경로 ${whatKo}가 쓰기 가능으로 마운트됩니다: 컨테이너가 호스트의 ${root === '/' ? '파일 시스템 전체' : root}를 바꿀 수 있습니다. 꼭 써야 하는 경우가 아니면 읽기 전용으로 마운트하세요.`,
  };
}
