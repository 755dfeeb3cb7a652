// What changed between two versions of a document, read from the texts alone (the common prefix and
// suffix), so requests that arrive while the user types can reuse the previous version's analysis.
import type { AnalyzedDocument } from '../core';
import type { Position, Range } from '../core/text';
import { LineIndex } from '../core/text';

/** The one region that differs: `[start, beforeEnd)` in the old text became `[start, afterEnd)` in the new. */
export interface TextChange {
  readonly start: number;
  readonly beforeEnd: number;
  readonly afterEnd: number;
}

// Whole chunks are compared first: one string comparison per chunk instead of one per character.
const CHUNK = 1024;

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= limit && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Characters shared at the end, never reaching back into the first `floor` characters of either text. */
function commonSuffix(a: string, b: string, floor: number): number {
  const limit = Math.min(a.length, b.length) - floor;
  let n = 0;
  while (n + CHUNK <= limit && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK;
  while (n < limit && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
  return n;
}

const isBefore = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The region that differs, or `undefined` when the texts are equal. */
export function textChange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const start = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, start);
  return { start, beforeEnd: before.length - suffix, afterEnd: after.length - suffix };
}

/**
 * The previous version's models over the new text, for completion: it reads the text before the cursor
 * itself and takes only names from the models. Models that touch the changed region are dropped, as the
 * edit may have changed them; the rest were read from text that is still there.
 */
export function withNewText(document: AnalyzedDocument, text: string, change: TextChange): AnalyzedDocument {
  const start = document.lines.positionAt(change.start);
  const end = document.lines.positionAt(change.beforeEnd);
  // Touching counts: a name typed right after a model's end may be part of it.
  const untouched = (range: Range): boolean => isBefore(range.end, start) || isBefore(end, range.start);
  const compose = document.compose === undefined
    ? {}
    : { compose: { ...document.compose, volumes: document.compose.volumes.filter((v) => untouched(v.range) && untouched(v.name.range)) } };
  return {
    ...document,
    ...compose,
    text,
    lines: new LineIndex(text),
    mounts: document.mounts.filter((m) => untouched(m.range)),
    commands: document.commands.filter((c) => untouched(c.range)),
  };
}

/** Offsets and positions of the new text: the editor's document already knows them. */
export interface PositionsOf {
  offsetAt(position: Position): number;
  positionAt(offset: number): Position;
}

/**
 * Positions the edit cannot have moved or changed the meaning of: before the change, or on lines after
 * it (shifted by the lines it added or removed), and outside any command, Compose service or Dockerfile
 * instruction that the change touches (its meaning may have changed with it).
 */
export class UnchangedPositions {
  /** Where the change starts, and where the untouched old text resumes, in old positions. */
  private readonly start: Position;
  private readonly untouchedFrom: Position;
  /** The last line the change reaches, in each version. */
  private readonly oldEndLine: number;
  private readonly newEndLine: number;

  constructor(private readonly old: AnalyzedDocument, private readonly next: PositionsOf, private readonly change: TextChange) {
    const oldEnd = old.lines.positionAt(change.beforeEnd);
    const newEnd = next.positionAt(change.afterEnd);
    // Whole lines added or removed end at a line start: the line there is untouched.
    const wholeLines = oldEnd.character === 0 && newEnd.character === 0;
    this.oldEndLine = wholeLines ? oldEnd.line - 1 : oldEnd.line;
    this.newEndLine = wholeLines ? newEnd.line - 1 : newEnd.line;
    this.start = old.lines.positionAt(change.start);
    this.untouchedFrom = wholeLines ? oldEnd : old.lines.positionAt(change.beforeEnd + 1);
  }

  /** The new version's position in the old version, or `undefined` inside or beside the change. */
  toOld(position: Position): Position | undefined {
    if (this.next.offsetAt(position) < this.change.start) return position;
    return position.line > this.newEndLine ? { line: position.line - this.newEndLine + this.oldEndLine, character: position.character } : undefined;
  }

  /** The old version's range in the new version, or `undefined` when the change may have changed it. */
  toNew(range: Range): Range | undefined {
    // Positions, not offsets: this looks at every model of a large document on each hover.
    const touches = (r: Range): boolean => !isBefore(r.end, this.start) && isBefore(r.start, this.untouchedFrom);
    const contains = (outer: Range, inner: Range): boolean => !isBefore(inner.start, outer.start) && !isBefore(outer.end, inner.end);
    if (touches(range)) return undefined;
    const models = [this.old.mounts, this.old.commands, this.old.compose?.services ?? [], ...(this.old.dockerfile?.stages ?? []).flatMap((s) => [s.steps, s.volumes, s.runMounts])];
    for (const list of models) for (const model of list) if (contains(model.range, range) && touches(model.range)) return undefined;
    if (isBefore(range.end, this.start)) return range;
    if (range.start.line <= this.oldEndLine) return undefined;
    const shift = this.newEndLine - this.oldEndLine;
    return { start: { line: range.start.line + shift, character: range.start.character }, end: { line: range.end.line + shift, character: range.end.character } };
  }
}
