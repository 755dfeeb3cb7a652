import { hasInterpolation } from '../../mounts/composeShort';
import { isNamedVolume } from '../../mounts/mount';
import type { Rule } from '../rule';
import { composeOf, declaredVolumeNames, declareVolumeEdit } from './edits';

/** SW202: a service uses a named volume that no top-level `volumes:` (here or in a related file) declares. */
export const sw202UndeclaredVolume: Rule = {
  code: 'SW202',
  defaultSeverity: 'error',
  title: { en: 'Named volume not declared', ko: '선언되지 않은 이름 있는 볼륨' },
  check(document, context) {
    const compose = composeOf(document);
    if (compose === undefined || compose.broken) return;
    const declared = declaredVolumeNames(compose);
    const reported = new Set<string>();
    for (const service of compose.services) {
      for (const mount of service.mounts) {
        if (!isNamedVolume(mount) || mount.source === undefined) continue;
        if (mount.syntax !== 'compose-short' && mount.syntax !== 'compose-long') continue;
        const name = mount.source.value;
        if (hasInterpolation(name) || declared.has(name)) continue;
        const key = `${mount.source.range.start.line}:${mount.source.range.start.character}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const declare = declareVolumeEdit(document, compose, name);
        context.report({
          range: mount.source.range,
          message: {
            en: `Compose refuses to start the project: "service "${service.name.value}" refers to undefined volume ${name}: invalid compose project"; declare "${name}" under top-level \`volumes:\`.`,
            ko: `Compose가 프로젝트를 시작하지 않습니다: "service "${service.name.value}" refers to undefined volume ${name}: invalid compose project". 최상위 \`volumes:\`에 "${name}"을 선언하세요.`,
          },
          fixes:
            declare === undefined
              ? []
              : [{ title: { en: `Declare "${name}" under top-level volumes`, ko: `최상위 volumes에 "${name}" 선언하기` }, edits: [declare], preferred: true }],
        });
      }
    }
  },
};
