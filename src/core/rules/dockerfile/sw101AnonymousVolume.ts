import type { Rule } from '../rule';

/** Every path of a Dockerfile VOLUME becomes an anonymous volume in each container that does not mount one there. */
export const sw101AnonymousVolume: Rule = {
  code: 'SW101',
  defaultSeverity: 'warning',
  title: { en: 'VOLUME declares an anonymous volume', ko: 'VOLUME이 익명 볼륨을 선언함' },
  check(document, context) {
    if (document.kind !== 'dockerfile') return;
    for (const mount of document.mounts) {
      if (mount.syntax !== 'dockerfile-volume') continue;
      const path = mount.recordedTarget ?? mount.target?.value ?? '';
      context.report({
        range: mount.range,
        message: {
          en: `VOLUME \`${path}\` declares an anonymous volume: every container gets a new one unless a volume is mounted at \`${path}\`, and it outlives the container unless run with --rm.`,
          ko: `VOLUME \`${path}\`는 익명 볼륨을 선언합니다: \`${path}\`에 볼륨을 마운트하지 않으면 컨테이너마다 새 볼륨이 생기고, --rm으로 실행하지 않으면 컨테이너가 삭제된 뒤에도 남습니다.`,
        },
      });
    }
  },
};
