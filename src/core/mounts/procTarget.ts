import type { SpecProblem } from '../findings';
import type { Spanned } from '../text';
import type { MountType } from './mount';
import { cleanPosixPath, hasShellExpansion } from './paths';
import { refusal } from './refusal';

// The container's /proc is the kernel's process filesystem, mounted by the runtime. Docker creates a
// container with a mount there, and runc then refuses to start it (runc libcontainer/rootfs_linux.go:
// checkProcMount, checked on Engine 20.10 with runc 1.1): nothing but a proc filesystem over /proc itself,
// and below it only the few files that lxcfs-like tools emulate.

/** runc's validProcMounts: the files under /proc a bind may cover. */
export const ALLOWED_PROC_MOUNTS: readonly string[] = [
  '/proc/cpuinfo', '/proc/diskstats', '/proc/meminfo', '/proc/stat', '/proc/swaps', '/proc/uptime',
  '/proc/loadavg', '/proc/slabinfo', '/proc/net/dev', '/proc/sys/kernel/ns_last_pid',
];

/**
 * A tmpfs at these paths hides `/proc/sys/net/ipv4/ip_unprivileged_port_start`, which the runtime opens
 * while the container starts (checked on Engine 20.10: a tmpfs at /proc/sys/net/ipv4 itself starts). A
 * tmpfs elsewhere under /proc is not checked by runc, and starts or fails depending on what the path is.
 */
const TMPFS_HIDES_RUNTIME_FILES = new Set(['/proc', '/proc/sys', '/proc/sys/net']);

/**
 * Why the container would not start with a `type` mount at `target`, or `undefined`. Targets that the shell
 * fills in, or that are not absolute, are left to the other checks.
 */
export function procTargetProblem(type: MountType, target: Spanned): SpecProblem | undefined {
  if (hasShellExpansion(target.value) || !target.value.startsWith('/')) return undefined;
  const destination = cleanPosixPath(target.value);
  if (destination !== '/proc' && !destination.startsWith('/proc/')) return undefined;
  if (type === 'tmpfs') {
    if (!TMPFS_HIDES_RUNTIME_FILES.has(destination)) return undefined;
    return refusal(target.range, 'open /proc/sys/net/ipv4/ip_unprivileged_port_start: no such file or directory', {
      en: `A tmpfs at ${destination} hides the kernel files the runtime sets up while the container starts.`,
      ko: `${destination}에 둔 tmpfs가 컨테이너가 시작될 때 런타임이 설정하는 커널 파일을 가립니다.`,
    }, 'start');
  }
  if (type !== 'bind' && type !== 'volume') return undefined;
  if (destination === '/proc') {
    return refusal(target.range, `error mounting "…" to rootfs at "/proc": "…/proc" cannot be mounted because it is not of type proc`, {
      en: '/proc in a container is the kernel\'s process filesystem, which the runtime mounts itself; choose another container path.',
      ko: '컨테이너의 /proc는 런타임이 직접 마운트하는 커널의 프로세스 파일 시스템입니다. 다른 컨테이너 경로를 고르세요.',
    }, 'start');
  }
  if (ALLOWED_PROC_MOUNTS.includes(destination)) return undefined;
  return refusal(target.range, `error mounting "…" to rootfs at "${destination}": "…${destination}" cannot be mounted because it is inside /proc`, {
    en: 'The runtime allows no mount inside /proc except over a few files such as /proc/cpuinfo or /proc/meminfo; choose a path outside /proc.',
    ko: '런타임은 /proc/cpuinfo나 /proc/meminfo 같은 몇몇 파일을 빼고는 /proc 안에 마운트를 허용하지 않습니다. /proc 밖의 경로를 고르세요.',
  }, 'start');
}
