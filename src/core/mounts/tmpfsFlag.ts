import type { SpecProblem } from '../findings';
import type { Localized } from '../l10n';
import { isPodman } from './dialect';
import type { MountOption } from './mount';
import type { MountContext, ParsedMount, SpecText } from './parse';
import type { Range } from '../text';
import { hasShellExpansion, isLinuxAbsolute, isLinuxRoot, splitOutsideExpansions, type Slice } from './paths';
import { procTargetProblem } from './procTarget';
import { refusal } from './refusal';
import { isKernelMemSize, isKernelOctalMode, isKernelUint32 } from './size';

// `--tmpfs DST[:OPTIONS]`. The CLI cuts at the first colon; the daemon checks the destination when the
// container is created (ValidateTmpfsMountDestination) and the options only when it starts: moby's
// MergeTmpfsOptions accepts the mount flags table and the data keys below, then the kernel judges the values.

/** Mount flags Docker's table knows (moby/sys/mount flags), as written: the table is case-sensitive. */
export const TMPFS_MOUNT_FLAGS: ReadonlySet<string> = new Set([
  'defaults', 'ro', 'rw', 'suid', 'nosuid', 'dev', 'nodev', 'exec', 'noexec', 'sync', 'async', 'dirsync',
  'remount', 'mand', 'nomand', 'atime', 'noatime', 'diratime', 'nodiratime', 'bind', 'rbind', 'unbindable',
  'runbindable', 'private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave', 'relatime', 'norelatime',
  'strictatime', 'nostrictatime',
]);

/** Flags Docker passes on but that make the tmpfs mount itself fail when the container starts. */
const FAILING_FLAGS: ReadonlyMap<string, Localized> = new Map([
  ['bind', { en: '`bind` turns the tmpfs into a bind mount of nothing, and the runtime cannot mount it.', ko: '`bind`는 tmpfs를 원본 없는 바인드 마운트로 바꾸므로 런타임이 마운트하지 못합니다.' }],
  ['rbind', { en: '`rbind` turns the tmpfs into a bind mount of nothing, and the runtime cannot mount it.', ko: '`rbind`는 tmpfs를 원본 없는 바인드 마운트로 바꾸므로 런타임이 마운트하지 못합니다.' }],
  ['remount', { en: '`remount` asks to change a mount that does not exist yet; the kernel answers invalid argument.', ko: '`remount`는 아직 없는 마운트를 바꾸라는 뜻이라 커널이 invalid argument로 거부합니다.' }],
]);

/** tmpfs data keys Docker lets through to the kernel, each with the kernel's check of its value. */
const DATA_KEYS: ReadonlyMap<string, (value: string) => boolean> = new Map([
  ['size', (v: string) => isKernelMemSize(v, true)],
  ['nr_blocks', (v: string) => isKernelMemSize(v, false)],
  ['nr_inodes', (v: string) => isKernelMemSize(v, false)],
  ['mode', isKernelOctalMode],
  ['uid', isKernelUint32],
  ['gid', isKernelUint32],
  ['mpol', (v: string) => /^(?:default|prefer|bind|interleave|local|preferred_many|weighted_interleave)(?:=(?:static|relative|balancing))?(?::[0-9,-]+)?$/.test(v)],
]);

/** The `key=value` options Docker lets through, for completions and hovers. */
export const TMPFS_DATA_KEYS: readonly string[] = ['size', 'mode', 'uid', 'gid', 'nr_inodes', 'nr_blocks', 'mpol'];

const VALUE_HINTS: Readonly<Record<string, Localized>> = {
  size: { en: 'size is bytes with an optional k, m or g (64m, 1g) or a percentage of memory (50%).', ko: 'size는 바이트 수에 k, m, g를 붙이거나(64m, 1g) 메모리 비율(50%)로 씁니다.' },
  nr_blocks: { en: 'nr_blocks is a whole number with an optional k, m or g.', ko: 'nr_blocks는 정수이며 k, m, g를 붙일 수 있습니다.' },
  nr_inodes: { en: 'nr_inodes is a whole number with an optional k, m or g (no percentage).', ko: 'nr_inodes는 정수이며 k, m, g를 붙일 수 있습니다(비율은 안 됩니다).' },
  mode: { en: 'mode is octal, such as 1777 or 0700.', ko: 'mode는 1777이나 0700 같은 8진수입니다.' },
  uid: { en: 'uid is a numeric user id.', ko: 'uid는 숫자 사용자 ID입니다.' },
  gid: { en: 'gid is a numeric group id.', ko: 'gid는 숫자 그룹 ID입니다.' },
  mpol: { en: 'mpol takes default, prefer, bind, interleave or local, optionally with :NODES.', ko: 'mpol에는 default, prefer, bind, interleave, local 중 하나를 쓰고 :노드를 붙일 수 있습니다.' },
};

/** An empty option: point at the comma that made it (after it when it is the first option). */
function strayComma(spec: SpecText, slice: Slice, destEnd: number): Range {
  if (slice.start - 1 > destEnd) return spec.rangeOf(slice.start - 1, slice.start);
  return spec.rangeOf(slice.end, Math.min(slice.end + 1, spec.value.length));
}

function goQuoted(parts: readonly string[]): string {
  return `[${parts.map((p) => JSON.stringify(p)).join(' ')}]`;
}

export function parseTmpfsFlag(spec: SpecText, context: MountContext): ParsedMount {
  const value = spec.value;
  const [destSlice] = splitOutsideExpansions(value, ':');
  const destEnd = destSlice?.end ?? value.length;
  const target = { value: value.slice(0, destEnd), range: spec.rangeOf(0, destEnd) };
  const problems: SpecProblem[] = [];

  if (!hasShellExpansion(target.value)) {
    if (isLinuxRoot(target.value)) {
      problems.push(refusal(target.range, "invalid specification: destination can't be '/'", { en: 'The tmpfs cannot be mounted at / itself.', ko: 'tmpfs를 / 자체에 마운트할 수는 없습니다.' }));
    } else if (!isLinuxAbsolute(target.value)) {
      problems.push(
        refusal(target.value === '' ? spec.range : target.range, `invalid mount path: '${target.value}' mount path must be absolute`, {
          en: target.value === '' ? 'The tmpfs needs a container path before the colon.' : `The container path \`${target.value}\` must be absolute (start with /).`,
          ko: target.value === '' ? 'tmpfs에는 콜론 앞에 컨테이너 경로가 있어야 합니다.' : `컨테이너 경로 \`${target.value}\`은(는) 절대 경로(/로 시작)여야 합니다.`,
        }),
      );
    }
  }

  const podman = isPodman(context);
  const proc = podman || problems.length > 0 ? undefined : procTargetProblem('tmpfs', target);
  if (proc !== undefined) problems.push(proc);
  const options: MountOption[] = [];
  let readOnly = false;
  if (destEnd < value.length && destEnd + 1 < value.length) {
    const words = splitOutsideExpansions(value, ',', destEnd + 1);
    for (const slice of words) {
      const word = value.slice(slice.start, slice.end);
      const eq = word.indexOf('=');
      const key = eq < 0 ? word : word.slice(0, eq);
      const optionValue = eq < 0 ? undefined : word.slice(eq + 1);
      const keyRange = spec.rangeOf(slice.start, slice.start + key.length);
      const valueRange = eq < 0 ? undefined : spec.rangeOf(slice.start + eq + 1, slice.end);
      options.push({ key, keyRange, value: optionValue, valueRange });
      if (word === 'ro') readOnly = true;
      if (word === 'rw') readOnly = false;
      if (podman || hasShellExpansion(word)) continue;
      const wordRange = slice.end > slice.start ? spec.rangeOf(slice.start, slice.end) : strayComma(spec, slice, destEnd);
      if (eq < 0 && TMPFS_MOUNT_FLAGS.has(word)) {
        const failing = FAILING_FLAGS.get(word);
        if (failing !== undefined) problems.push(refusal(wordRange, undefined, failing, 'start'));
        continue;
      }
      const check = optionValue === undefined ? undefined : DATA_KEYS.get(key);
      if (check === undefined || optionValue === undefined) {
        const parts = optionValue === undefined ? [word] : [key, optionValue];
        problems.push(
          refusal(wordRange, `invalid tmpfs option ${goQuoted(parts)}`, word === ''
            ? { en: 'An empty tmpfs option (a stray comma).', ko: '비어 있는 tmpfs 옵션이 있습니다(불필요한 쉼표).' }
            : DATA_KEYS.has(key)
              ? { en: `\`${key}\` needs a value (${key}=...).`, ko: `\`${key}\`에는 값이 필요합니다(${key}=...).` }
              : {
                  en: `\`${key}\` is not a tmpfs option Docker accepts: use size, mode, uid, gid, nr_inodes, nr_blocks, mpol or a mount flag (ro, noexec, nosuid, nodev...).`,
                  ko: `\`${key}\`은(는) Docker가 받는 tmpfs 옵션이 아닙니다: size, mode, uid, gid, nr_inodes, nr_blocks, mpol 또는 마운트 플래그(ro, noexec, nosuid, nodev...)를 쓰세요.`,
                }, 'start'),
        );
        continue;
      }
      if (!check(optionValue)) {
        const hint = VALUE_HINTS[key] ?? { en: '', ko: '' };
        problems.push(
          refusal(valueRange !== undefined && optionValue !== '' ? valueRange : wordRange, `data: ${word}: invalid argument`, {
            en: `The kernel refuses \`${word}\` when it mounts the tmpfs. ${hint.en}`,
            ko: `커널이 tmpfs를 마운트할 때 \`${word}\`을(를) 거부합니다. ${hint.ko}`,
          }, 'start'),
        );
      }
    }
  }

  const mount = { type: 'tmpfs' as const, source: undefined, target, readOnly, options, syntax: 'tmpfs-flag' as const, context, range: spec.range };
  return { mount, problems };
}
