import type { SpecProblem } from '../findings';
import type { Localized } from '../l10n';
import type { Range } from '../text';

/**
 * When Docker refuses a spec: `create` means the docker CLI or the daemon rejects it before a container
 * exists; `start` means the container is created and then fails to start (the kernel or the runtime
 * rejects the mount), which still fails `docker run`.
 */
export type RefusalStage = 'create' | 'start';

/**
 * A problem that quotes Docker's own error first, then explains the offending part. Every parser in this
 * folder reports through here, so all refusals read the same way in both languages.
 */
export function refusal(range: Range, dockerError: string | undefined, explanation: Localized, stage: RefusalStage = 'create'): SpecProblem {
  const quoted = dockerError === undefined ? '' : `: "${dockerError}"`;
  const en = stage === 'create' ? `docker run refuses this${quoted}.` : `docker run creates the container but fails to start it${quoted}.`;
  const ko =
    stage === 'create'
      ? `docker run이 이 값을 거부합니다${quoted}.`
      : `docker run이 컨테이너를 만들지만 시작하지 못합니다${quoted}.`;
  return { range, message: { en: `${en} ${explanation.en}`, ko: `${ko} ${explanation.ko}` } };
}
