import { hasInterpolation } from '../../mounts/composeShort';
import type { Mount } from '../../mounts/mount';
import type { Rule } from '../rule';
import { composeOf, normalizeTarget } from './edits';

/** SW207: two mounts of one service with the same target. */
export const sw207DuplicateTarget: Rule = {
  code: 'SW207',
  defaultSeverity: 'error',
  title: { en: 'Two mounts with the same target', ko: '대상이 같은 두 마운트' },
  check(document, context) {
    const compose = composeOf(document);
    if (compose === undefined || compose.broken) return;
    for (const service of compose.services) {
      const first = new Map<string, Mount>();
      for (const mount of service.mounts) {
        const target = mount.target;
        if (target === undefined || target.value === '' || hasInterpolation(target.value)) continue;
        const key = normalizeTarget(target.value);
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, mount);
          continue;
        }
        const line = earlier.range.start.line + 1;
        // Compose de-duplicates its `volumes:` list by target; `tmpfs:` entries reach the engine as they are.
        const bothVolumes = mount.syntax !== 'tmpfs-flag' && earlier.syntax !== 'tmpfs-flag';
        context.report({
          range: target.range,
          message: bothVolumes
            ? {
                en: `${target.value} is already the target of the mount on line ${line}: Compose keeps only the last entry for a target, so that mount is silently dropped (older versions refuse: "Duplicate mount point").`,
                ko: `${target.value}는 이미 ${line}행 마운트의 대상입니다: Compose는 한 대상에 마지막 항목만 남기므로 그 마운트는 말없이 빠집니다 (이전 버전은 "Duplicate mount point"로 거부).`,
              }
            : {
                en: `${target.value} is already the target of the mount on line ${line}: the engine mounts only the tmpfs there, so the other mount's data is not seen (or refuses the container, "Duplicate mount point", when the mount reaches it as a bind string).`,
                ko: `${target.value}는 이미 ${line}행 마운트의 대상입니다: 엔진은 그곳에 tmpfs만 마운트하므로 다른 마운트의 데이터가 보이지 않습니다 (바인드 문자열로 전달되면 "Duplicate mount point"로 컨테이너를 거부).`,
              },
        });
      }
    }
  },
};
