import type { Localized } from '../l10n';
import type { Slice } from './paths';

// The mode words moby's Linux parser accepts after the second colon of a `-v` spec (and after the colon of
// `--volumes-from`), in groups of which at most one word each may appear (linuxValidMountMode).

export type ModeGroup = 'rw' | 'label' | 'propagation' | 'copy' | 'consistency';

export const PROPAGATION_MODES: readonly string[] = ['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'];

const GROUPS: ReadonlyMap<string, ModeGroup> = new Map<string, ModeGroup>([
  ['rw', 'rw'],
  ['ro', 'rw'],
  ['z', 'label'],
  ['Z', 'label'],
  ...PROPAGATION_MODES.map((p): [string, ModeGroup] => [p, 'propagation']),
  ['nocopy', 'copy'],
  ['consistent', 'consistency'],
  ['cached', 'consistency'],
  ['delegated', 'consistency'],
]);

export function modeGroup(word: string): ModeGroup | undefined {
  return GROUPS.get(word);
}

export const MODE_GROUP_NAMES: Readonly<Record<ModeGroup, Localized>> = {
  rw: { en: 'access (ro or rw)', ko: '접근 방식(ro 또는 rw)' },
  label: { en: 'SELinux label (z or Z)', ko: 'SELinux 레이블(z 또는 Z)' },
  propagation: { en: 'propagation (shared, rshared, slave, rslave, private, rprivate)', ko: '전파 방식(shared, rshared, slave, rslave, private, rprivate)' },
  copy: { en: 'copy (nocopy)', ko: '복사(nocopy)' },
  consistency: { en: 'consistency (consistent, cached, delegated)', ko: '일관성(consistent, cached, delegated)' },
};

export interface ModeWord extends Slice {
  readonly word: string;
  readonly group: ModeGroup | undefined;
}

/** The comma-separated words of a mode, with their positions in the spec value. */
export function readModeWords(value: string, slice: Slice): ModeWord[] {
  const words: ModeWord[] = [];
  let start = slice.start;
  for (let i = slice.start; i <= slice.end; i++) {
    if (i === slice.end || value[i] === ',') {
      const word = value.slice(start, i);
      words.push({ word, start, end: i, group: modeGroup(word) });
      start = i + 1;
    }
  }
  return words;
}

export type ModeIssue =
  | { readonly kind: 'unknown'; readonly word: ModeWord }
  | { readonly kind: 'conflict'; readonly word: ModeWord; readonly first: ModeWord };

/** Every word moby would reject: unknown words (including empty ones) and a second word of one group. */
export function modeIssues(words: readonly ModeWord[]): ModeIssue[] {
  const issues: ModeIssue[] = [];
  const seen = new Map<ModeGroup, ModeWord>();
  for (const word of words) {
    if (word.group === undefined) {
      issues.push({ kind: 'unknown', word });
      continue;
    }
    const first = seen.get(word.group);
    if (first !== undefined) issues.push({ kind: 'conflict', word, first });
    else seen.set(word.group, word);
  }
  return issues;
}

/** moby's linuxValidMountMode: the empty mode is valid. */
export function isValidLinuxMode(mode: string): boolean {
  if (mode === '') return true;
  return modeIssues(readModeWords(mode, { start: 0, end: mode.length })).length === 0;
}

/** The explanation for one rejected mode word. */
export function modeIssueText(issue: ModeIssue): Localized {
  if (issue.kind === 'conflict') {
    const group = MODE_GROUP_NAMES[issue.word.group ?? 'rw'];
    return {
      en: `\`${issue.word.word}\` conflicts with \`${issue.first.word}\`: a mode takes at most one ${group.en}.`,
      ko: `\`${issue.word.word}\`이(가) \`${issue.first.word}\`와(과) 충돌합니다: 모드에는 ${group.ko}을(를) 하나만 쓸 수 있습니다.`,
    };
  }
  if (issue.word.word === '') {
    return {
      en: 'An empty mode word (a stray comma): remove it.',
      ko: '비어 있는 모드 단어가 있습니다(불필요한 쉼표). 지우세요.',
    };
  }
  return {
    en: `\`${issue.word.word}\` is not a mode: use ro or rw, z or Z, a propagation (shared, rshared, slave, rslave, private, rprivate), nocopy, or a consistency (consistent, cached, delegated).`,
    ko: `\`${issue.word.word}\`은(는) 모드가 아닙니다: ro 또는 rw, z 또는 Z, 전파 방식(shared, rshared, slave, rslave, private, rprivate), nocopy, 일관성(consistent, cached, delegated) 중에서 쓰세요.`,
  };
}

/** Where to point at a rejected word: the word itself, or for an empty word the stray comma beside it. */
export function modeWordSlice(word: ModeWord, mode: Slice): Slice {
  if (word.end > word.start) return word;
  if (word.start > mode.start) return { start: word.start - 1, end: word.start };
  if (word.end < mode.end) return { start: word.end, end: word.end + 1 };
  return mode;
}
