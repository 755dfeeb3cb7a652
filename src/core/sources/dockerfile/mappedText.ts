import type { LineIndex, Range } from '../../text';

/**
 * Text assembled from scattered document offsets: a Dockerfile instruction joined across `\` line
 * continuations, or a word with its quotes removed. Every slice keeps an exact range. Most text sits
 * in one piece of the document; only then `offsets` is left out and `start` says where it begins, so
 * large Dockerfiles do not pay for an array per character.
 */
export interface MappedText {
  readonly text: string;
  /** Document offset of each character, when the text is not one contiguous piece of the document. */
  readonly offsets?: readonly number[];
  /** Document offset of the first character of a contiguous text. */
  readonly start?: number;
  /** Document offset just past the last character (where an empty text sits). */
  readonly end: number;
}

/** Document offset of `m.text[i]`; `m.end` at or past the end. */
export function offsetOf(m: MappedText, i: number): number {
  if (i >= m.text.length) return m.end;
  if (m.offsets !== undefined) return m.offsets[i] ?? m.end;
  return (m.start ?? m.end - m.text.length) + i;
}

/** Every character's document offset, for APIs that take them as an array. */
export function offsetsOf(m: MappedText): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < m.text.length; i++) offsets.push(offsetOf(m, i));
  return offsets;
}

export function sliceMapped(m: MappedText, start: number, end: number): MappedText {
  const to = Math.min(end, m.text.length);
  const from = Math.min(start, to);
  const text = m.text.slice(from, to);
  const endOffset = to > from ? offsetOf(m, to - 1) + 1 : offsetOf(m, from);
  if (m.offsets === undefined) return { text, start: offsetOf(m, from), end: endOffset };
  return { text, offsets: m.offsets.slice(from, to), end: endOffset };
}

/** Document range of `m.text.slice(start, end)`. */
export function mappedRange(m: MappedText, lines: LineIndex, start = 0, end = m.text.length): Range {
  const from = offsetOf(m, start);
  if (end <= start) return lines.rangeOf(from, from);
  return lines.rangeOf(from, offsetOf(m, Math.min(end, m.text.length) - 1) + 1);
}

export function trimMapped(m: MappedText): MappedText {
  let start = 0;
  let end = m.text.length;
  while (start < end && isSpace(m.text.charCodeAt(start))) start++;
  while (end > start && isSpace(m.text.charCodeAt(end - 1))) end--;
  return start === 0 && end === m.text.length ? m : sliceMapped(m, start, end);
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 11 || c === 12 || c === 13 || c === 0x85 || c === 0xa0;
}

/** Splits at runs of whitespace, ignoring quotes, as Docker does for VOLUME's shell form. */
export function splitWhitespace(m: MappedText): MappedText[] {
  const words: MappedText[] = [];
  let start = -1;
  for (let i = 0; i <= m.text.length; i++) {
    const space = i === m.text.length || isSpace(m.text.charCodeAt(i));
    if (space && start >= 0) {
      words.push(sliceMapped(m, start, i));
      start = -1;
    } else if (!space && start < 0) {
      start = i;
    }
  }
  return words;
}

/**
 * Splits into words the way Docker's parser does for ENV, ARG, COPY and ADD: quotes group, the escape
 * character protects the next character, and quotes stay in the word (they are removed on expansion).
 */
export function splitQuotedWords(m: MappedText, escape: string): MappedText[] {
  const words: MappedText[] = [];
  const text = m.text;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    let quote = '';
    for (; i < text.length; i++) {
      const ch = text[i];
      if (quote !== '') {
        if (ch === quote) quote = '';
        else if (ch === escape && quote !== "'") i++;
        continue;
      }
      if (isSpace(text.charCodeAt(i))) break;
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === escape) i++;
    }
    i = Math.min(i, text.length);
    words.push(sliceMapped(m, start, i));
  }
  return words;
}
