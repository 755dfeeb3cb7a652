// Turning tokenizer words into document ranges and spec texts.
import { mappedSpec } from '../../mounts/specText';
import type { SpecText } from '../../mounts/specText';
import type { LineIndex, Range, Spanned } from '../../text';
import type { CommandToken } from './model';
import { endOffset } from './shellText';
import type { ShellText } from './shellText';
import { textIndexAt } from './tokenize';
import type { Word } from './tokenize';

export class WordMapper {
  constructor(
    readonly shell: ShellText,
    readonly lines: LineIndex,
  ) {}

  /** Document offsets of the word as written, quotes included. */
  startOf(word: Word): number {
    return this.shell.offsetAt(word.start);
  }

  endOf(word: Word): number {
    return endOffset(this.shell, word.end);
  }

  rangeOf(word: Word): Range {
    return this.lines.rangeOf(this.startOf(word), this.endOf(word));
  }

  spanned(word: Word): Spanned {
    return { value: word.value, range: this.rangeOf(word) };
  }

  token(word: Word): CommandToken {
    return { value: word.value, raw: this.shell.text.slice(word.start, word.end), range: this.rangeOf(word) };
  }

  /** The value of `word` from value index `from` on (after `--volume=` or `-v`), as a spec. */
  spec(word: Word, from = 0): SpecText {
    return this.joinedSpec([word], from);
  }

  /** Several words read as one spec (a `--mount` spec the shell split at a space). */
  joinedSpec(words: readonly Word[], from = 0): SpecText {
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) throw new RangeError('joinedSpec needs a word');
    let value = '';
    const offsets: number[] = [];
    words.forEach((word, n) => {
      const skip = n === 0 ? from : 0;
      value += word.value.slice(skip);
      const index = word.valueIndex;
      for (let i = skip; i < index.length; i++) offsets.push(this.shell.offsetAt(index[i] as number));
    });
    const previous = textIndexAt(first, from - 1);
    const rawStart = from === 0 || previous === undefined ? this.startOf(first) : this.shell.offsetAt(previous) + 1;
    return mappedSpec(value, offsets, rawStart, this.endOf(last), this.lines);
  }

  /** Document range of the word's value from value index `from` on, as written (closing quote included). */
  valueRange(word: Word, from: number): Range {
    const previous = textIndexAt(word, from - 1);
    const start = from === 0 || previous === undefined ? this.startOf(word) : this.shell.offsetAt(previous) + 1;
    return this.lines.rangeOf(start, this.endOf(word));
  }

  /** Document offset ranges of the word's unexpanded parts from value index `from` on. */
  expansionOffsets(word: Word, from = 0): [number, number][] {
    const result: [number, number][] = [];
    for (const [start, end] of word.expansions) {
      if (end <= from) continue;
      const first = textIndexAt(word, Math.max(start, from));
      const last = textIndexAt(word, end - 1);
      if (first === undefined || last === undefined) continue;
      result.push([this.shell.offsetAt(first), this.shell.offsetAt(last) + 1]);
    }
    return result;
  }
}

/** A word that is nothing but an unquoted expansion (`$OPTS`): it may stand for any number of words. */
export function isBareExpansion(word: Word): boolean {
  if (word.quoted || word.expansions.length === 0) return false;
  let covered = 0;
  for (const [start, end] of word.expansions) {
    if (start !== covered) return false;
    covered = end;
  }
  return covered === word.value.length;
}

/**
 * Whether the value from index `from` starts with a `~` the shell leaves as it is. The shell expands a
 * tilde only as the first character of the word, unquoted, with an unquoted prefix up to the first `/`
 * naming `~`, `~+`, `~-` or a login (`~user`); `-v '~/x:/d'` and `--volume=~/x:/d` keep their `~`.
 */
export function keepsLiteralTilde(word: Word, from = 0): boolean {
  if (word.value.charAt(from) !== '~') return false;
  if (from > 0 || word.valueIndex[0] !== word.start) return true;
  const slash = word.value.indexOf('/');
  const prefixEnd = slash === -1 ? word.value.length : slash;
  for (let i = 1; i < prefixEnd; i++) {
    // A quote or an escape between two characters of the prefix breaks the run of text indices.
    if (word.valueIndex[i] !== word.start + i) return true;
  }
  if (slash !== -1 && word.valueIndex[slash] !== word.start + slash) return true;
  return !/^(?:[+-]?|[A-Za-z_][A-Za-z0-9._-]*)$/.test(word.value.slice(1, prefixEnd));
}
