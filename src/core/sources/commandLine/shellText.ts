// Shell text as the shell sees it, able to say where each character sits in the document. A whole script
// maps one to one; a Makefile recipe (`$$` → `$`, tab prefixes dropped), a Markdown console block (prompts
// dropped) or a workflow block scalar (indentation dropped) map through a table, so ranges stay exact.

export interface ShellText {
  readonly text: string;
  /** Document offset of `text[index]`; for `index === text.length`, just past the last character. */
  offsetAt(index: number): number;
}

export function verbatimShell(text: string, base: number): ShellText {
  return { text, offsetAt: (index) => base + index };
}

/** `offsets[i]` is the document offset of `text[i]`; `end` is the offset just past the last character. */
export function mappedShell(text: string, offsets: readonly number[], end: number): ShellText {
  return {
    text,
    offsetAt: (index) => (index >= offsets.length ? end : (offsets[index] ?? end)),
  };
}

/** A slice of another shell text (the inside of a `$(...)`), still mapped to the document. */
export function subShell(parent: ShellText, start: number, end: number): ShellText {
  return {
    text: parent.text.slice(start, end),
    offsetAt: (index) => (start + index >= end ? endOffset(parent, end) : parent.offsetAt(start + index)),
  };
}

/** Document offset just past `text[index - 1]`: the exclusive end of a slice ending at `index`. */
export function endOffset(shell: ShellText, index: number): number {
  return index <= 0 ? shell.offsetAt(0) : shell.offsetAt(index - 1) + 1;
}

/** Builds a mapped shell text one piece at a time. */
export class ShellTextBuilder {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];
  private end = 0;

  /** Appends `text` that sits verbatim in the document at `offset`. */
  verbatim(text: string, offset: number): void {
    for (let i = 0; i < text.length; i++) {
      this.chars.push(text.charAt(i));
      this.offsets.push(offset + i);
    }
    this.end = offset + text.length;
  }

  /** Appends one character that stands for the document text at `offset` (length `width`). */
  char(char: string, offset: number, width = 1): void {
    this.chars.push(char);
    this.offsets.push(offset);
    this.end = offset + width;
  }

  get length(): number {
    return this.chars.length;
  }

  build(): ShellText {
    return mappedShell(this.chars.join(''), this.offsets, this.end);
  }
}
