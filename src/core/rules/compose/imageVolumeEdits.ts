import type { AnalyzedDocument } from '../../document';
import type { ComposeDocument, ComposeService } from '../../sources/compose/model';
import type { TextEdit } from '../../text';

// Edits for SW209 and SW211: a new short-syntax mount line in a service (its name: edits.ts's newVolumeName).

/**
 * Adds `- spec` to the service's `volumes:` list, after its last entry, or a new `volumes:` key at the end
 * of the service. `undefined` where no safe edit exists: a flow style list or service, an empty key, or
 * text shared through an anchor.
 */
export function addServiceMountEdit(document: AnalyzedDocument, compose: ComposeDocument, service: ComposeService, spec: string): TextEdit | undefined {
  const lines = document.lines;
  const eol = compose.layout.eol;
  const listed = service.mounts.filter((m) => m.syntax === 'compose-short' || m.syntax === 'compose-long');
  if (service.volumesKeyRange !== undefined) {
    const last = listed[listed.length - 1];
    if (last === undefined || listed.some((m) => service.sharedMounts.has(m))) return undefined;
    const first = listed[0];
    const itemLine = lines.lineText((first ?? last).range.start.line);
    const dash = /^(\s*)- /.exec(itemLine);
    if (dash?.[1] === undefined) return undefined;
    let endLine = last.range.end.line;
    if (last.range.end.character === 0 && endLine > last.range.start.line) endLine--;
    while (endLine > last.range.start.line && lines.lineText(endLine).trim() === '') endLine--;
    const at = { line: endLine, character: lines.lineText(endLine).length };
    return { range: { start: at, end: at }, newText: `${eol}${dash[1]}- ${spec}` };
  }
  const keyLine = service.name.range.start.line;
  let childIndent: string | undefined;
  let lastLine = keyLine;
  const end = Math.min(service.range.end.line, lines.lineCount - 1);
  for (let line = keyLine + 1; line <= end; line++) {
    const text = lines.lineText(line);
    if (text.trim() === '') continue;
    const indent = /^ */.exec(text)?.[0] ?? '';
    if (indent.length <= service.name.range.start.character) break;
    if (text.trim().startsWith('#')) continue;
    childIndent ??= indent;
    lastLine = line;
  }
  if (childIndent === undefined) return undefined;
  const at = { line: lastLine, character: lines.lineText(lastLine).length };
  return { range: { start: at, end: at }, newText: `${eol}${childIndent}volumes:${eol}${childIndent}${compose.layout.indent}- ${spec}` };
}

/** One fix's edits, with two insertions at the same point merged (in order) so the fix stays applicable. */
export function mergeInsertions(edits: readonly TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const same = merged.find(
      (m) =>
        m.range.start.line === edit.range.start.line &&
        m.range.start.character === edit.range.start.character &&
        m.range.end.line === m.range.start.line &&
        m.range.end.character === m.range.start.character &&
        edit.range.end.line === edit.range.start.line &&
        edit.range.end.character === edit.range.start.character,
    );
    if (same === undefined) merged.push(edit);
    else merged[merged.indexOf(same)] = { range: same.range, newText: same.newText + edit.newText };
  }
  return merged;
}
