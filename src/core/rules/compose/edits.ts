import type { AnalyzedDocument } from '../../document';
import type { Mount } from '../../mounts/mount';
import type { ComposeDocument } from '../../sources/compose/model';
import type { Range, TextEdit } from '../../text';

// Text edits shared by the Compose rules. They add or remove whole lines in the file's own
// indentation and line breaks, so comments and the layout around them stay as written.

export function composeOf(document: AnalyzedDocument): ComposeDocument | undefined {
  return document.kind === 'compose' ? document.compose : undefined;
}

/**
 * Adds `name:` under the top-level `volumes:`, creating the key at the end of the file if missing.
 * `undefined` when that text is shared through an anchor or is not a mapping: no safe edit exists.
 */
export function declareVolumeEdit(document: AnalyzedDocument, compose: ComposeDocument, name: string): TextEdit | undefined {
  const { layout } = compose;
  const lines = document.lines;
  const at = lines.positionAt(layout.volumesInsertOffset);
  const insert = (newText: string): TextEdit => ({ range: { start: at, end: at }, newText });
  switch (layout.volumesStyle) {
    case 'block':
      return insert(`${layout.eol}${layout.volumesEntryIndent}${name}:`);
    case 'empty':
      return insert(`${layout.eol}${layout.indent}${name}:`);
    case 'flow': {
      // Looks back from the brace rather than trimming the text before it: this runs once per finding.
      const text = document.text;
      let at = layout.volumesInsertOffset;
      while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
      return insert(text[at - 1] === '{' ? `${name}: {}` : `, ${name}: {}`);
    }
    case 'missing': {
      const text = document.text;
      const lead = text.length === 0 || text.endsWith('\n') ? '' : layout.eol;
      return insert(`${lead}${layout.eol}volumes:${layout.eol}${layout.indent}${name}:${layout.eol}`);
    }
    case 'uneditable':
      return undefined;
  }
}

/**
 * Deletes the lines a range covers, line breaks included, and the comment lines written just above it
 * at its indentation (they describe what is removed).
 */
export function removeLinesEdit(document: AnalyzedDocument, range: Range): TextEdit {
  const lines = document.lines;
  let endLine = range.end.line;
  // A block value's range can end at the start of the next line; that line stays.
  if (range.end.character === 0 && endLine > range.start.line) endLine--;
  let startLine = range.start.line;
  const indent = /^\s*/.exec(lines.lineText(startLine))?.[0] ?? '';
  while (startLine > 0 && lines.lineText(startLine - 1).startsWith(`${indent}#`)) startLine--;
  const start = { line: startLine, character: 0 };
  const end = endLine + 1 < lines.lineCount ? { line: endLine + 1, character: 0 } : { line: endLine, character: lines.lineText(endLine).length };
  return { range: { start, end }, newText: '' };
}

/** The target as the engine compares it: no trailing slash, no `.` or empty segments. */
export function normalizeTarget(target: string): string {
  const windows = /^[A-Za-z]:[\\/]/.test(target);
  const parts = target.split(windows ? /[\\/]+/ : /\/+/).filter((p, i) => p !== '.' && (p !== '' || i === 0));
  const joined = parts.join('/');
  return joined === '' ? '/' : windows ? joined.toLowerCase() : joined;
}

/** A volume name Compose accepts (`[a-zA-Z0-9][a-zA-Z0-9_.-]*`) made from the service and the target. */
export function suggestVolumeName(mount: Mount, taken: ReadonlySet<string>): string {
  return newVolumeName(mount.context.name, mount.target?.value ?? '', taken);
}

/** `<service>-<last path segment>` (Compose's `[a-zA-Z0-9][a-zA-Z0-9_.-]*`), made unique against `taken`. */
export function newVolumeName(serviceName: string, path: string, taken: ReadonlySet<string>): string {
  const segments = path.split(/[\\/]/).filter((s) => s !== '' && s !== '.');
  const last = segments[segments.length - 1] ?? 'data';
  const base = `${serviceName}-${last}`.replace(/[^a-zA-Z0-9_.-]/g, '-').replace(/^[^a-zA-Z0-9]+/, '') || 'data';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  return name;
}

/** Volume names declared under top-level `volumes:` here or in a related Compose file. */
export function declaredVolumeNames(compose: ComposeDocument): Set<string> {
  return new Set([...compose.volumes.map((v) => v.name.value), ...compose.relatedVolumeNames]);
}
