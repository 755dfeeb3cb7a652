import type { Rule } from '../rule';
import { duplicateMountPoints } from './mountPoints';

/**
 * Two mounts at one container path in one command: the daemon refuses "Duplicate mount point". An
 * anonymous `-v /path` is not counted: a mount at the same path replaces it without an error.
 */
export const sw305DuplicateMountTarget: Rule = {
  code: 'SW305',
  defaultSeverity: 'error',
  title: { en: 'Two mounts with the same target', ko: '대상이 같은 마운트 두 개' },
  check(document, context) {
    for (const command of document.commands) {
      for (const { mount, holder, destination } of duplicateMountPoints(command.mounts)) {
        const line = (holder.target?.range.start.line ?? holder.range.start.line) + 1;
        context.report({
          range: mount.target?.range ?? mount.range,
          message: {
            en: `docker run refuses this: "Duplicate mount point: ${destination}"; another mount of this command (line ${line}) already uses ${destination}, so the container is not created.`,
            ko: `docker run이 이 값을 거부합니다: "Duplicate mount point: ${destination}". 이 명령의 다른 마운트(${line}번째 줄)가 이미 ${destination}를 쓰므로 컨테이너가 만들어지지 않습니다.`,
          },
        });
      }
    }
  },
};
