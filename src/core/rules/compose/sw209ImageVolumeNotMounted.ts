import type { AnalyzedDocument } from '../../document';
import type { Fix } from '../../findings';
import { isWithin } from '../../images/paths';
import type { Localized } from '../../l10n';
import { serviceImageVolumes, uncoveredImageVolumes } from '../../images/service';
import type { ComposeDocument, ComposeService } from '../../sources/compose/model';
import type { Rule } from '../rule';
import { composeOf, declaredVolumeNames, declareVolumeEdit, newVolumeName } from './edits';
import { addServiceMountEdit, mergeInsertions } from './imageVolumeEdits';

/**
 * SW209: the service's image declares a `VOLUME` that none of its mounts covers, so the engine puts that
 * data in an anonymous volume: `docker compose down` followed by `up` (or `rm` and `up`) starts over with
 * a new, empty one.
 */
export const sw209ImageVolumeNotMounted: Rule = {
  code: 'SW209',
  defaultSeverity: 'warning',
  title: { en: 'Image volume not mounted', ko: '마운트되지 않은 이미지 볼륨' },
  check(document, context) {
    const compose = composeOf(document);
    if (compose === undefined || compose.broken) return;
    const taken = declaredVolumeNames(compose);
    for (const service of compose.services) {
      const resolved = serviceImageVolumes(document, service, context.options);
      if (resolved === undefined || resolved.volumes.length === 0) continue;
      for (const path of uncoveredImageVolumes(service, resolved, context.options)) {
        const image = resolved.label;
        const keeps = resolved.dataPath !== undefined && path === resolved.dataPath;
        // A mount above or below the path does not stop the engine from creating the anonymous volume:
        // postgres 18 moved its VOLUME up to /var/lib/postgresql, and the usual `:/var/lib/postgresql/data`
        // mount now sits inside it.
        const near = service.mounts.find((m) => m.target !== undefined && m.target.value.startsWith('/') && (isWithin(m.target.value, path) || isWithin(path, m.target.value)));
        const nearTarget = near?.target?.value;
        const hint: Localized =
          nearTarget === undefined
            ? { en: '', ko: '' }
            : isWithin(nearTarget, path)
              ? { en: ` (the mount at ${nearTarget} lies inside it and does not cover the rest)`, ko: ` (${nearTarget}의 마운트는 그 안쪽에 있어 나머지를 덮지 않습니다)` }
              : { en: ` (the mount at ${nearTarget} does not: the engine still mounts an anonymous volume at ${path} over it)`, ko: ` (${nearTarget}의 마운트로는 안 됩니다: 엔진이 그 위의 ${path}에 익명 볼륨을 따로 마운트합니다)` };
        context.report({
          range: resolved.range,
          message: {
            en: `${image.en} ${keeps ? 'keeps its data in' : 'declares a volume at'} ${path}; no mount of service "${service.name.value}" sits there${hint.en}, so the data lands in an anonymous volume and is lost to the next \`docker compose down\` + \`up\` (or \`rm\`); mount a named volume there.`,
            ko: `${image.ko}${keeps ? '는 데이터를' : '는 볼륨을'} ${path}에 ${keeps ? '둡니다' : '선언합니다'}. 서비스 "${service.name.value}"의 어떤 마운트도 그 경로에 없어${hint.ko} 데이터가 익명 볼륨에 쌓이고, 다음 \`docker compose down\` + \`up\`(또는 \`rm\`) 때 사라집니다. 그곳에 이름 있는 볼륨을 마운트하세요.`,
          },
          fixes: mountFix(document, compose, service, path, taken),
        });
      }
    }
  },
};

function mountFix(document: AnalyzedDocument, compose: ComposeDocument, service: ComposeService, path: string, taken: Set<string>): Fix[] {
  const name = newVolumeName(service.name.value, path, taken);
  const mount = addServiceMountEdit(document, compose, service, `${name}:${path}`);
  const declare = declareVolumeEdit(document, compose, name);
  if (mount === undefined || declare === undefined) return [];
  // Two findings in one service must not propose the same name.
  taken.add(name);
  return [
    {
      title: { en: `Mount a named volume "${name}" at ${path} and declare it`, ko: `${path}에 이름 있는 볼륨 "${name}"을(를) 마운트하고 선언하기` },
      edits: mergeInsertions([mount, declare]),
      preferred: true,
    },
  ];
}
