// The resolved meaning of one mount in a sentence, e.g. "named volume `pgdata` at `/var/lib/postgresql/data`, read-only".
import type { Localized } from '../l10n';
import type { Mount } from '../mounts/mount';
import { isAnonymous } from '../mounts/mount';

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

export function describeMount(mount: Mount): Localized {
  const source = mount.source?.value ?? '';
  const target = mount.target === undefined ? undefined : code(mount.recordedTarget ?? mount.target.value);
  const at = (en: string, ko: string, noteEn = '', noteKo = ''): Localized => ({
    en: (target === undefined ? en : `${en} at ${target}`) + noteEn,
    ko: (target === undefined ? ko : `${target}에 ${ko}`) + noteKo,
  });
  let kind: Localized;
  if (mount.syntax === 'dockerfile-volume') {
    kind = { en: `Image mount point ${target ?? ''}: each container gets a new anonymous volume here unless one is mounted`, ko: `이미지 마운트 지점 ${target ?? ''}: 여기에 볼륨을 마운트하지 않으면 컨테이너마다 새 익명 볼륨이 생김` };
  } else if (isAnonymous(mount)) {
    kind = at('Anonymous volume', '익명 볼륨', ': a new one for every container, removed only with `--rm` or a prune', ': 컨테이너마다 새로 생기며 `--rm`이나 prune으로만 삭제됨');
  } else {
    switch (mount.type) {
      case 'volume':
        kind = at(`Named volume ${code(source)}`, `이름 있는 볼륨 ${code(source)}`);
        break;
      case 'bind':
        kind = source === ''
          ? at('Bind mount', '바인드 마운트')
          : at(`Bind mount of host path ${code(source)}`, `호스트 경로 ${code(source)}의 바인드 마운트`);
        break;
      case 'tmpfs':
        kind = at('tmpfs', 'tmpfs', ': memory only, gone when the container stops', ': 메모리 전용이며 컨테이너가 멈추면 사라짐');
        break;
      case 'npipe':
        kind = at(`Named pipe ${code(source)}`, `네임드 파이프 ${code(source)}`);
        break;
      case 'image':
        kind = at(`Image ${code(source)}`, `이미지 ${code(source)}`);
        break;
      case 'cluster':
        kind = at(`Cluster volume ${code(source)}`, `클러스터 볼륨 ${code(source)}`);
        break;
      case 'cache':
        kind = at('Build cache', '빌드 캐시', ': kept between builds, never in the image', ': 빌드 사이에 유지되며 이미지에는 들어가지 않음');
        break;
      case 'secret':
        kind = at('Build secret', '빌드 secret', ': only during this step, never in the image', ': 이 단계에서만 있고 이미지에는 들어가지 않음');
        break;
      case 'ssh':
        kind = at('SSH agent socket for this build step', '이 빌드 단계의 SSH 에이전트 소켓');
        break;
    }
  }
  const access: Localized = mount.readOnly ? { en: ', read-only', ko: ', 읽기 전용' } : { en: '', ko: '' };
  return { en: `${kind.en}${access.en}.`, ko: `${kind.ko}${access.ko}.` };
}
