// RUN heredocs (`RUN <<EOF ... EOF`): the body lines follow the instruction line. A body is a shell
// script when the heredoc is the command itself or is fed to a shell (`RUN bash <<EOF`).
import { lineEnd, nextLine } from './logicalLine';
import type { MappedText } from './mappedText';
import { offsetOf } from './mappedText';

export interface Heredoc {
  readonly name: string;
  readonly body: MappedText;
  readonly isScript: boolean;
}

const MARKER = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', '/bin/sh', '/bin/bash', '/bin/ash', '/bin/dash', '/bin/zsh']);

export function readHeredocs(doc: string, command: MappedText, next: number): Heredoc[] {
  const heredocs: Heredoc[] = [];
  const firstWord = /^\S*/.exec(command.text)?.[0] ?? '';
  let pos = next;
  for (const match of command.text.matchAll(MARKER)) {
    const strip = match[1] === '-';
    const name = match[3] ?? '';
    const bodyStart = pos;
    let bodyEnd = doc.length;
    while (pos < doc.length) {
      const eol = lineEnd(doc, pos);
      const content = doc.slice(pos, eol);
      if ((strip ? content.replace(/^\t+/, '') : content) === name) {
        bodyEnd = pos;
        pos = nextLine(doc, eol);
        break;
      }
      pos = nextLine(doc, eol);
    }
    const isScript = heredocs.length === 0 && (match.index === 0 || SHELLS.has(firstWord));
    heredocs.push({ name, body: { text: doc.slice(bodyStart, bodyEnd), start: bodyStart, end: bodyEnd }, isScript });
  }
  return heredocs;
}

/**
 * The document text behind `part`, made readable by a POSIX shell reader without moving any offset: a
 * non-default escape character ending a line becomes `\`, and a comment line inside a continuation
 * (which Docker drops) becomes blanks ending in `\`.
 */
export function shellTextForCommands(doc: string, part: MappedText, escape: string): { text: string; offset: number } {
  const offset = offsetOf(part, 0);
  const raw = doc.slice(offset, part.end);
  const contiguous = part.text.length === raw.length;
  if (contiguous) return { text: raw, offset };
  const lines = raw.split(/(\r?\n|\r)/);
  let text = '';
  for (let i = 0; i < lines.length; i++) {
    let segment = lines[i] ?? '';
    const isBreak = i % 2 === 1;
    if (!isBreak) {
      if (i > 0 && /^\s*#/.test(segment)) segment = ' '.repeat(segment.length - 1) + '\\';
      else if (escape !== '\\') segment = segment.replace(new RegExp(`${escapeRegExp(escape)}([ \\t]*)$`), '\\$1');
    }
    text += segment;
  }
  return { text, offset };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
