import type { Fix } from '../../findings';
import type { DockerCommand } from '../../sources/commandLine/model';
import type { Rule } from '../rule';
import { commandImageVolumes } from '../../images/command';
import type { Localized } from '../../l10n';
import { createdAnonymousVolumes } from './mountPoints';

/**
 * `docker run -v /data IMAGE` without `--rm`: the anonymous volume outlives the container, so every run
 * leaves one more behind. `--rm` removes anonymous volumes (only those) with the container. The image's
 * own `VOLUME`s count too (engine facts, then the built-in table): `docker run postgres:16` creates one at
 * /var/lib/postgresql/data unless something is mounted exactly there.
 */
export const sw301AnonymousVolumeWithoutRm: Rule = {
  code: 'SW301',
  defaultSeverity: 'warning',
  title: { en: 'Anonymous volume without --rm', ko: '--rm 없는 익명 볼륨' },
  check(document, context) {
    for (const command of document.commands) {
      if ((command.verb !== 'run' && command.verb !== 'create') || command.rm !== undefined) continue;
      const anonymous = createdAnonymousVolumes(command.mounts);
      const fromImage = commandImageVolumes(command, context.options);
      const range = anonymous[0]?.range ?? command.image?.range;
      const count = anonymous.length + fromImage.length;
      if (range === undefined || count === 0) continue;
      const targets = [...anonymous.map((m) => m.target?.value ?? '?'), ...fromImage].join(', ');
      const verb = `${command.program.value} ${command.verb}`;
      const image = command.image?.value ?? '';
      const declared: Localized =
        fromImage.length === 0
          ? { en: '', ko: '' }
          : { en: ` (the image ${image} declares ${fromImage.join(', ')}, with nothing mounted there)`, ko: ` (이미지 ${image}가 ${fromImage.join(', ')}을(를) 선언했고 그곳에 마운트된 것이 없습니다)` };
      const message =
        count === 1
          ? {
              en: `${verb} creates an anonymous volume at ${targets}${declared.en} and has no --rm: each run leaves a new volume behind that only 'docker volume prune' removes.`,
              ko: `${verb}가 ${targets}에 익명 볼륨을 만들지만${declared.ko} --rm이 없습니다: 실행할 때마다 'docker volume prune'으로만 지울 수 있는 새 볼륨이 남습니다.`,
            }
          : {
              en: `${verb} creates ${count} anonymous volumes (${targets})${declared.en} and has no --rm: each run leaves new volumes behind that only 'docker volume prune' removes.`,
              ko: `${verb}가 익명 볼륨 ${count}개(${targets})를 만들지만${declared.ko} --rm이 없습니다: 실행할 때마다 'docker volume prune'으로만 지울 수 있는 새 볼륨이 남습니다.`,
            };
      context.report({ range, message, fixes: [addRm(command)] });
    }
  },
};

function addRm(command: DockerCommand): Fix {
  // `--rm=false` stays in force after an added `--rm` only if it comes later, so it is rewritten instead.
  const disabled = command.flags.filter((f) => f.name === 'rm').at(-1);
  if (disabled?.value !== undefined) {
    return {
      title: { en: 'Use --rm', ko: '--rm 사용' },
      edits: [{ range: { start: disabled.range.start, end: disabled.value.range.end }, newText: '--rm' }],
      preferred: true,
    };
  }
  const atVerbEnd = command.insertFlagsAt.line === command.verbRange.end.line && command.insertFlagsAt.character === command.verbRange.end.character;
  return {
    title: { en: 'Add --rm', ko: '--rm 추가' },
    edits: [{ range: { start: command.insertFlagsAt, end: command.insertFlagsAt }, newText: atVerbEnd ? ' --rm' : '--rm ' }],
    preferred: true,
  };
}
