// The arguments of `docker run|create` read the way the docker CLI (pflag, interspersed off) reads them:
// flags until the first non-flag word, which is the image; `--flag value` and `--flag=value`; shorthand
// clusters where a value-taking letter takes the rest of the word or else the next word (`-itv /data`,
// `-v/data`, `-v=/data`); `--` ends the flags.
import { isBooleanLongFlag, isBooleanShorthand, longNameOf, parseGoBool, storageFlagOf } from './flags';
import type { StorageFlag } from './flags';
import { isSplitContinuation } from './splitMount';
import type { Word } from './tokenize';
import { isBareExpansion } from './words';

/** The value of one storage flag: usually one word (from value index `from`), two for a split `--mount`. */
export interface StorageValue {
  readonly flag: StorageFlag;
  readonly words: readonly Word[];
  readonly from: number;
}

/**
 * A flag as written: value indices `[start, end)` of `word` (a shorthand's letter, with the dash for the
 * first letter of a cluster), and where its value starts, if it has one.
 */
export interface ScannedFlag {
  readonly name: string;
  readonly word: Word;
  readonly start: number;
  readonly end: number;
  readonly value: { readonly word: Word; readonly from: number } | undefined;
}

export interface RunArguments {
  readonly flags: readonly ScannedFlag[];
  readonly storage: readonly StorageValue[];
  /** Storage flags written last with no value (`docker run -v`), and how they were written. */
  readonly missingValue: readonly { readonly flag: StorageFlag; readonly word: Word }[];
  readonly rm: Word | undefined;
  readonly readOnlyRootfs: Word | undefined;
  readonly image: Word | undefined;
}

export function scanRunArguments(words: readonly Word[], start: number): RunArguments {
  const storage: StorageValue[] = [];
  const flags: ScannedFlag[] = [];
  const missingValue: { flag: StorageFlag; word: Word }[] = [];
  let rm: Word | undefined;
  let readOnlyRootfs: Word | undefined;
  let image: Word | undefined;
  /** Records a storage value starting in `words[at]`; returns the index of the last word it used. */
  const take = (flag: StorageFlag | undefined, at: number, from: number): number => {
    const word = words[at];
    if (flag === undefined || word === undefined) return at;
    const next = words[at + 1];
    if (flag === 'mount' && next !== undefined && isSplitContinuation(word.value.slice(from), next.value)) {
      storage.push({ flag, words: [word, next], from });
      return at + 1;
    }
    storage.push({ flag, words: [word], from });
    return at;
  };
  let k = start;
  while (k < words.length) {
    const word = words[k] as Word;
    const value = word.value;
    if (value === '--') {
      image = words[k + 1];
      break;
    }
    if (value.startsWith('--') && value.length > 2) {
      const eq = value.indexOf('=');
      const name = value.slice(2, eq === -1 ? undefined : eq);
      const nameEnd = eq === -1 ? value.length : eq;
      if (isBooleanLongFlag(name)) {
        const enabled = eq === -1 || parseGoBool(value.slice(eq + 1)) === true;
        if (name === 'rm') rm = enabled ? word : undefined;
        if (name === 'read-only') readOnlyRootfs = enabled ? word : undefined;
        flags.push({ name, word, start: 0, end: nameEnd, value: eq === -1 ? undefined : { word, from: eq + 1 } });
      } else if (eq !== -1) {
        flags.push({ name, word, start: 0, end: nameEnd, value: { word, from: eq + 1 } });
        k = take(storageFlagOf(name), k, eq + 1);
      } else if (k + 1 >= words.length) {
        flags.push({ name, word, start: 0, end: nameEnd, value: undefined });
        const flag = storageFlagOf(name);
        if (flag !== undefined) missingValue.push({ flag, word });
      } else {
        flags.push({ name, word, start: 0, end: nameEnd, value: { word: words[k + 1] as Word, from: 0 } });
        k = take(storageFlagOf(name), k + 1, 0);
      }
      k++;
      continue;
    }
    if (value.startsWith('-') && value.length > 1 && !isBareExpansion(word)) {
      for (let j = 1; j < value.length; j++) {
        const letter = value.charAt(j);
        const name = longNameOf(letter);
        if (isBooleanShorthand(letter)) {
          flags.push({ name, word, start: j === 1 ? 0 : j, end: j + 1, value: undefined });
          continue;
        }
        const flag = storageFlagOf(letter);
        if (j + 1 < value.length) {
          const from = value.charAt(j + 1) === '=' ? j + 2 : j + 1;
          flags.push({ name, word, start: j === 1 ? 0 : j, end: j + 1, value: { word, from } });
          k = take(flag, k, from);
        } else if (k + 1 >= words.length) {
          flags.push({ name, word, start: j === 1 ? 0 : j, end: j + 1, value: undefined });
          if (flag !== undefined) missingValue.push({ flag, word });
        } else {
          flags.push({ name, word, start: j === 1 ? 0 : j, end: j + 1, value: { word: words[k + 1] as Word, from: 0 } });
          k = take(flag, k + 1, 0);
        }
        break;
      }
      k++;
      continue;
    }
    // `$DOCKER_OPTS` may stand for any number of flags, so it is not taken for the image.
    if (!isBareExpansion(word)) {
      image = word;
      break;
    }
    k++;
  }
  return { flags, storage, missingValue, rm, readOnlyRootfs, image };
}

/** The flags among the arguments of a command that takes no image (`docker volume prune --all -f`). */
export function scanPlainFlags(words: readonly Word[], start: number): ScannedFlag[] {
  const flags: ScannedFlag[] = [];
  for (let k = start; k < words.length; k++) {
    const word = words[k] as Word;
    const value = word.value;
    if (value === '--') break;
    if (value.startsWith('--') && value.length > 2) {
      const eq = value.indexOf('=');
      flags.push({ name: value.slice(2, eq === -1 ? undefined : eq), word, start: 0, end: eq === -1 ? value.length : eq, value: eq === -1 ? undefined : { word, from: eq + 1 } });
    } else if (value.startsWith('-') && value.length > 1 && !isBareExpansion(word)) {
      for (let j = 1; j < value.length; j++) flags.push({ name: longNameOf(value.charAt(j)), word, start: j === 1 ? 0 : j, end: j + 1, value: undefined });
    }
  }
  return flags;
}
