// `--fix`: apply each finding's preferred fix. Fixes whose edits overlap an already chosen one wait for the
// next pass (after re-analysis), and edits are applied from the end of the text backwards so earlier
// offsets stay valid.
import { comparePositions, LineIndex, type Finding, type Fix, type RuleCode, type TextEdit } from '../core/index';

export interface FixPass {
  readonly text: string;
  /** The codes of the findings whose fix was applied, one entry per fix. */
  readonly fixed: readonly RuleCode[];
}

/** The fix marked preferred, or the only one: the same choice as the editor's "fix all". */
export function preferredFix(finding: Finding): Fix | undefined {
  const fix = finding.fixes.find((f) => f.preferred === true) ?? (finding.fixes.length === 1 ? finding.fixes[0] : undefined);
  return fix !== undefined && fix.edits.length > 0 ? fix : undefined;
}

export function applyPreferredFixes(text: string, findings: readonly Finding[]): FixPass {
  const lines = new LineIndex(text);
  const chosen: { start: number; end: number; newText: string }[] = [];
  const fixed: RuleCode[] = [];
  const taken: [number, number][] = [];
  for (const finding of findings) {
    const fix = preferredFix(finding);
    if (fix === undefined) continue;
    const edits = fix.edits.map((edit: TextEdit) => ({
      start: lines.offsetAt(edit.range.start),
      end: lines.offsetAt(edit.range.end),
      newText: edit.newText,
      backwards: comparePositions(edit.range.start, edit.range.end) > 0,
    }));
    if (edits.some((e) => e.backwards)) continue;
    const offsets = edits.map((e): [number, number] => [e.start, e.end]);
    if (offsets.some(([s, e]) => taken.some(([ts, te]) => overlaps(s, e, ts, te)))) continue;
    if (offsets.some(([s, e], i) => offsets.some(([s2, e2], j) => i < j && overlaps(s, e, s2, e2)))) continue;
    taken.push(...offsets);
    chosen.push(...edits);
    fixed.push(finding.code);
  }
  const all = chosen.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of all) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return { text: result, fixed };
}

/** Two insertions at one point also count as overlapping: their order would be a guess. */
function overlaps(start: number, end: number, otherStart: number, otherEnd: number): boolean {
  if (start === otherStart) return true;
  return start < otherEnd && otherStart < end;
}
