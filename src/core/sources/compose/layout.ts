import type { LineIndex } from '../../text';
import type { ComposeLayout } from './model';
import type { ComposeMap } from './node';
import { entry } from './node';

/** Reads how the file indents and where the top-level `volumes:` block ends, for fixes that add text. */
export function readLayout(lines: LineIndex, root: ComposeMap | undefined): ComposeLayout {
  const text = lines.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = indentUnit(text);
  const missing: ComposeLayout = { indent, eol, volumesStyle: 'missing', volumesInsertOffset: text.length, volumesEntryIndent: indent };
  const volumes = root === undefined ? undefined : entry(root, 'volumes');
  if (volumes === undefined) return missing;
  const uneditable: ComposeLayout = { ...missing, volumesStyle: 'uneditable' };
  if (volumes.merged || volumes.value?.aliased === true) return uneditable;
  const value = volumes.value;
  const keyLineEnd = lines.lineEnd(volumes.keyRange.end.line);
  if (value === undefined || (value.kind === 'scalar' && value.value === null)) {
    return { ...missing, volumesStyle: 'empty', volumesInsertOffset: keyLineEnd };
  }
  if (value.kind === 'map' && value.flow) {
    const close = text.lastIndexOf('}', value.offsets[1]);
    return { ...missing, volumesStyle: 'flow', volumesInsertOffset: close < value.offsets[0] ? value.offsets[1] : close };
  }
  if (value.kind === 'map') {
    const own = value.entries.filter((e) => !e.merged);
    const first = own[0];
    const last = own[own.length - 1];
    let end = last === undefined ? keyLineEnd : lines.offsetAt(last.range.end);
    // A block value's range runs to the next key: step back to the entry's last written character.
    while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
    return {
      ...missing,
      volumesStyle: 'block',
      volumesInsertOffset: lines.lineEnd(lines.positionAt(end).line),
      volumesEntryIndent: first === undefined ? indent : ' '.repeat(first.keyRange.start.character),
    };
  }
  return uneditable;
}

/** The smallest indentation of a content line: the file's indentation step. */
function indentUnit(text: string): string {
  let best: number | undefined;
  for (const line of text.split(/\r?\n/)) {
    const m = /^( +)[^ #\r\n-]/.exec(line);
    if (m?.[1] !== undefined && (best === undefined || m[1].length < best)) best = m[1].length;
  }
  return ' '.repeat(best ?? 2);
}
