// `--mount type=volume,source=data, target=/data`: the space after the comma makes two shell words. The
// docker CLI then reads `type=volume,source=data,` (an empty last field) and refuses it; the second word
// would have been taken for the image. Stowage reads the two words as the one spec that was meant, and
// offers to remove the space.
import type { SpecProblem } from '../../findings';
import { refusal } from '../../mounts/refusal';
import type { Word } from './tokenize';
import type { WordMapper } from './words';

const KEY_VALUE = /^[A-Za-z][A-Za-z-]*=/;
const BARE_KEYS = new Set(['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive']);

/** Whether `next` continues a `--mount` spec that ended with a comma. */
export function isSplitContinuation(spec: string, next: string): boolean {
  return spec.endsWith(',') && !next.startsWith('-') && (KEY_VALUE.test(next) || BARE_KEYS.has(next));
}

export function splitMountProblem(words: readonly Word[], from: number, mapper: WordMapper): SpecProblem {
  const [first, second] = words as [Word, Word];
  const spec = first.value.slice(from);
  const gapStart = mapper.endOf(first);
  const gapEnd = mapper.startOf(second);
  const start = mapper.joinedSpec([first], from).range.start;
  const problem = refusal({ start, end: mapper.rangeOf(second).end }, "invalid field '' must be a key=value pair", {
    en: `The space after the comma splits this --mount spec into two shell words ("${spec}" and "${second.value}"), so the container is not created; remove the space.`,
    ko: `쉼표 뒤의 공백 때문에 이 --mount 값이 셸 단어 두 개("${spec}"와 "${second.value}")로 나뉘어 컨테이너가 만들어지지 않습니다. 공백을 지우세요.`,
  });
  return {
    ...problem,
    fixes: [
      {
        title: { en: 'Remove the space after the comma', ko: '쉼표 뒤의 공백 제거' },
        edits: [{ range: mapper.lines.rangeOf(gapStart, gapEnd), newText: '' }],
        preferred: true,
      },
    ],
  };
}
