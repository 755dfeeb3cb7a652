import type { Range } from '../text';
import type { LineIndex } from '../text';

/**
 * A spec string (`-v` value, `--mount` CSV, compose short syntax...) as it reads after quote removal,
 * able to map any slice of that value back to the document. Parsers work on `value` and ask for ranges,
 * so a quoted shell word or a quoted YAML scalar still gets exact ranges for every key and value.
 */
export interface SpecText {
  readonly value: string;
  /** Document range of `value.slice(start, end)`. */
  rangeOf(start: number, end: number): Range;
  /** Document range of the whole spec as written (quotes included). */
  readonly range: Range;
}

/** A spec that appears verbatim in the document at `offset` (no quotes or escapes to undo). */
export function verbatimSpec(value: string, offset: number, lines: LineIndex): SpecText {
  return {
    value,
    rangeOf: (start, end) => lines.rangeOf(offset + start, offset + end),
    range: lines.rangeOf(offset, offset + value.length),
  };
}

/**
 * A spec whose characters came from scattered document offsets (quotes removed, escapes undone).
 * `offsets[i]` is the document offset of `value[i]`; `rawStart`/`rawEnd` bound the word as written.
 */
export function mappedSpec(value: string, offsets: readonly number[], rawStart: number, rawEnd: number, lines: LineIndex): SpecText {
  const at = (i: number): number => {
    if (i <= 0) return offsets[0] ?? rawStart;
    if (i >= value.length) return (offsets[value.length - 1] ?? rawEnd - 1) + 1;
    return offsets[i] ?? rawEnd;
  };
  return {
    value,
    rangeOf: (start, end) => (end <= start ? lines.rangeOf(at(start), at(start)) : lines.rangeOf(at(start), at(end - 1) + 1)),
    range: lines.rangeOf(rawStart, rawEnd),
  };
}
