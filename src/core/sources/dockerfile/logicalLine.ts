import type { MappedText } from './mappedText';

export interface LogicalLine {
  /** The instruction's arguments joined across continuations, without the escape characters. */
  readonly line: MappedText;
  /** Offset of the first line after the instruction's last continuation line. */
  readonly next: number;
}

/**
 * Joins an instruction's lines the way Docker's parser does: a line whose last non-blank character is
 * the escape character continues on the next line (the two are joined with nothing between them), and
 * empty or comment lines inside a continuation are dropped.
 */
export function logicalLine(doc: string, start: number, escape: string): LogicalLine {
  // Pieces of the document, joined; offsets are only spelled out when there is more than one.
  const pieces: [number, number][] = [];
  let pos = start;
  const finish = (next: number): LogicalLine => ({ line: joinPieces(doc, pieces, start), next });
  for (;;) {
    const eol = lineEnd(doc, pos);
    let trimmed = eol;
    while (trimmed > pos && (doc[trimmed - 1] === ' ' || doc[trimmed - 1] === '\t')) trimmed--;
    if (trimmed > pos && doc[trimmed - 1] === escape) {
      pieces.push([pos, trimmed - 1]);
      pos = nextLine(doc, eol);
      while (pos < doc.length) {
        const e = lineEnd(doc, pos);
        const content = doc.slice(pos, e).trim();
        if (content !== '' && !content.startsWith('#')) break;
        pos = nextLine(doc, e);
      }
      if (pos >= doc.length) return finish(doc.length);
      continue;
    }
    pieces.push([pos, eol]);
    return finish(nextLine(doc, eol));
  }
}

function joinPieces(doc: string, pieces: readonly [number, number][], start: number): MappedText {
  const first = pieces[0];
  if (pieces.length === 1 && first !== undefined) return { text: doc.slice(first[0], first[1]), start: first[0], end: first[1] };
  let text = '';
  const offsets: number[] = [];
  let end = first?.[0] ?? start;
  for (const [from, to] of pieces) {
    text += doc.slice(from, to);
    for (let i = from; i < to; i++) offsets.push(i);
    end = to;
  }
  return { text, offsets, end };
}

export function lineEnd(doc: string, pos: number): number {
  let i = pos;
  while (i < doc.length && doc.charCodeAt(i) !== 10 && doc.charCodeAt(i) !== 13) i++;
  return i;
}

export function nextLine(doc: string, eol: number): number {
  if (doc.charCodeAt(eol) === 13 && doc.charCodeAt(eol + 1) === 10) return eol + 2;
  return Math.min(doc.length, eol + 1);
}
