import type { SpecProblem } from '../findings';
import { modeIssues, modeIssueText, modeWordSlice, readModeWords } from './modes';
import type { ParsedVolumesFrom, SpecText } from './parse';
import { hasShellExpansion, splitOutsideExpansions } from './paths';
import { refusal } from './refusal';

// `--volumes-from CONTAINER[:MODE]` (moby daemon/volume/mounts/linux_parser.go: ParseVolumesFrom). The mode
// follows the `-v` mode rules, except that propagation and nocopy are refused: the copied mounts keep the
// source container's propagation, and there is nothing left to copy.

export function parseVolumesFromFlag(spec: SpecText): ParsedVolumesFrom {
  const value = spec.value;
  if (value === '') {
    return {
      volumesFrom: undefined,
      problems: [
        refusal(spec.range, 'volumes-from specification cannot be an empty string', {
          en: 'Name the container whose volumes to mount.',
          ko: '볼륨을 가져올 컨테이너 이름을 쓰세요.',
        }),
      ],
    };
  }
  const [nameSlice] = splitOutsideExpansions(value, ':');
  const colon = nameSlice === undefined || nameSlice.end >= value.length ? -1 : nameSlice.end;
  const nameEnd = colon < 0 ? value.length : colon;
  const container = { value: value.slice(0, nameEnd), range: spec.rangeOf(0, nameEnd) };
  const mode = colon < 0 || colon + 1 === value.length ? undefined : { value: value.slice(colon + 1), range: spec.rangeOf(colon + 1, value.length) };
  const problems: SpecProblem[] = [];

  if (container.value === '') {
    problems.push(
      refusal(spec.rangeOf(0, Math.min(1, value.length)), 'invalid name or ID supplied: ""', {
        en: 'The container name before the colon is missing.',
        ko: '콜론 앞에 컨테이너 이름이 없습니다.',
      }),
    );
  }

  if (mode !== undefined && !hasShellExpansion(mode.value)) {
    const slice = { start: colon + 1, end: value.length };
    const dockerError = `invalid mode: ${mode.value}`;
    const words = readModeWords(value, slice);
    for (const issue of modeIssues(words)) {
      const at = modeWordSlice(issue.word, slice);
      // A second colon ends up inside the mode: the whole word is unknown.
      problems.push(refusal(spec.rangeOf(at.start, at.end), dockerError, modeIssueText(issue)));
    }
    for (const word of words) {
      if (word.group === 'propagation' || word.group === 'copy') {
        problems.push(
          refusal(spec.rangeOf(word.start, word.end), dockerError, {
            en: `\`${word.word}\` is not allowed with --volumes-from: the mounts keep the source container's ${word.group === 'copy' ? 'content' : 'propagation'}. Use ro or rw (and z or Z).`,
            ko: `--volumes-from에는 \`${word.word}\`을(를) 쓸 수 없습니다: 가져온 마운트는 원래 컨테이너의 ${word.group === 'copy' ? '내용' : '전파 방식'}을 그대로 씁니다. ro 또는 rw(와 z 또는 Z)를 쓰세요.`,
          }),
        );
      }
    }
  }

  return { volumesFrom: { container, mode, range: spec.range }, problems };
}
