import type { AnalyzedDocument } from '../../document';
import type { Fix } from '../../findings';
import { hasInterpolation } from '../../mounts/composeShort';
import { isAnonymous } from '../../mounts/mount';
import type { Mount } from '../../mounts/mount';
import type { ComposeDocument, ComposeService } from '../../sources/compose/model';
import type { TextEdit } from '../../text';
import type { Rule } from '../rule';
import { composeOf, declaredVolumeNames, declareVolumeEdit, normalizeTarget, suggestVolumeName } from './edits';

/** SW201: a service mounts an anonymous volume (short `- /path`, or long syntax without `source`). */
export const sw201AnonymousVolume: Rule = {
  code: 'SW201',
  defaultSeverity: 'warning',
  title: { en: 'Anonymous volume in a Compose service', ko: 'Compose 서비스의 익명 볼륨' },
  check(document, context) {
    const compose = composeOf(document);
    if (compose === undefined) return;
    const reported = new Set<string>();
    // Built once: a file with many anonymous volumes must not rebuild it for each.
    const taken = declaredVolumeNames(compose);
    for (const service of compose.services) {
      let outers: Outers | undefined;
      for (const mount of service.mounts) {
        if (!isAnonymous(mount) || (mount.syntax !== 'compose-short' && mount.syntax !== 'compose-long')) continue;
        const range = mount.target?.range ?? mount.range;
        const key = `${range.start.line}:${range.start.character}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const target = mount.target?.value ?? '';
        const outer = shadowedBy((outers ??= outerTargets(service)), mount);
        if (outer !== undefined) {
          context.report({
            range,
            severity: 'info',
            message: {
              en: `Anonymous volume at ${target} hides that part of the mount at ${outer}: Compose reuses it when it recreates the container, so its stale content survives rebuilds unless you run \`docker compose up --renew-anon-volumes\`.`,
              ko: `${target}의 익명 볼륨이 ${outer} 마운트의 그 부분을 가립니다: Compose가 컨테이너를 다시 만들 때 이 볼륨을 재사용하므로, \`docker compose up --renew-anon-volumes\`로 실행하지 않으면 오래된 내용이 다시 빌드한 뒤에도 남습니다.`,
            },
          });
          continue;
        }
        context.report({
          range,
          message: {
            en: `Anonymous volume at ${target}: its data lands in a volume with a random name that no file mentions, which \`docker compose down -v\` and \`docker volume prune\` delete; name it and declare it under top-level \`volumes:\`.`,
            ko: `${target}의 익명 볼륨: 데이터가 어느 파일에도 적히지 않은 무작위 이름의 볼륨에 쌓이고, \`docker compose down -v\`와 \`docker volume prune\`이 이를 삭제합니다. 이름을 붙이고 최상위 \`volumes:\`에 선언하세요.`,
          },
          fixes: service.sharedMounts.has(mount) ? [] : nameItFix(document, compose, mount, taken),
        });
      }
    }
  },
};

/** Where each service's mounts sit, by normalized target: the first mount written for each. */
type Outers = Map<string, { readonly index: number; readonly target: string }>;

function outerTargets(service: ComposeService): Outers {
  const outers: Outers = new Map();
  service.mounts.forEach((other, index) => {
    if (isAnonymous(other) || other.type === 'tmpfs' || other.target === undefined) return;
    const key = normalizeTarget(other.target.value);
    if (!outers.has(key)) outers.set(key, { index, target: other.target.value });
  });
  return outers;
}

/**
 * The target of another mount of the service that contains this one (the `node_modules` idiom), the
 * first written when several do. Looks up each folder above the target rather than compare every pair
 * of mounts, so a service with thousands of mounts stays linear.
 */
function shadowedBy(outers: Outers, mount: Mount): string | undefined {
  const target = mount.target?.value;
  if (target === undefined || hasInterpolation(target)) return undefined;
  const inner = normalizeTarget(target);
  let best: { readonly index: number; readonly target: string } | undefined;
  for (let slash = inner.indexOf('/'); slash >= 0 && slash < inner.length - 1; slash = inner.indexOf('/', slash + 1)) {
    const outer = outers.get(slash === 0 ? '/' : inner.slice(0, slash));
    if (outer !== undefined && (best === undefined || outer.index < best.index)) best = outer;
  }
  return best?.target;
}

function nameItFix(document: AnalyzedDocument, compose: ComposeDocument, mount: Mount, taken: ReadonlySet<string>): Fix[] {
  const name = suggestVolumeName(mount, taken);
  const edits: TextEdit[] = [];
  if (mount.syntax === 'compose-short') {
    if (mount.target === undefined) return [];
    edits.push({ range: { start: mount.target.range.start, end: mount.target.range.start }, newText: `${name}:` });
  } else {
    const start = mount.range.start;
    const flow = document.text[document.lines.offsetAt(start)] === '{';
    if (flow) {
      const after = { line: start.line, character: start.character + 1 };
      edits.push({ range: { start: after, end: after }, newText: `source: ${name}, ` });
    } else {
      const indent = ' '.repeat(start.character);
      edits.push({ range: { start, end: start }, newText: `source: ${name}${compose.layout.eol}${indent}` });
    }
  }
  const declare = declareVolumeEdit(document, compose, name);
  if (declare === undefined) return [];
  edits.push(declare);
  return [
    {
      title: { en: `Name the volume "${name}" and declare it`, ko: `볼륨 이름을 "${name}"(으)로 정하고 선언하기` },
      edits,
      preferred: true,
    },
  ];
}
