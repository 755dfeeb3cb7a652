// The shell text of a GitHub Actions workflow: every `run:` value. Block scalars (`|`, `>`) lose their
// indentation and quoted scalars their quotes; each character keeps its document offset, so ranges inside
// the block are exact.
import { isPair, isScalar, parseDocument, visit } from 'yaml';
import type { Scalar } from 'yaml';
import { ShellTextBuilder } from './shellText';
import type { ShellText } from './shellText';

export function workflowShells(text: string): ShellText[] {
  const shells: ShellText[] = [];
  let document;
  try {
    document = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  } catch {
    return shells;
  }
  visit(document, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== 'run' || !isScalar(pair.value)) return;
      const shell = scalarShell(text, pair.value);
      if (shell !== undefined) shells.push(shell);
    },
  });
  return shells;
}

function scalarShell(text: string, scalar: Scalar): ShellText | undefined {
  const [start, end] = scalar.range ?? [];
  if (start === undefined || end === undefined || typeof scalar.value !== 'string') return undefined;
  const builder = new ShellTextBuilder();
  switch (scalar.type) {
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      blockScalar(text, start, end, scalar.type === 'BLOCK_FOLDED', builder);
      break;
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      quotedScalar(text, start, end, scalar.type === 'QUOTE_DOUBLE', builder);
      break;
    default:
      plainScalar(text, start, end, builder);
  }
  return builder.build();
}

function blockScalar(text: string, start: number, end: number, folded: boolean, builder: ShellTextBuilder): void {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return;
  const explicit = /[1-9]/.exec(text.slice(start, headerEnd))?.[0];
  let indent = explicit !== undefined ? Number(explicit) : -1;
  let lineStart = headerEnd + 1;
  let previousText = false;
  while (lineStart < end) {
    const lf = text.indexOf('\n', lineStart);
    const lineEnd = lf === -1 || lf > end ? end : lf;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const blank = line.trim() === '';
    if (indent === -1 && !blank) indent = line.length - line.trimStart().length;
    const content = blank ? '' : line.slice(Math.max(indent, 0));
    const moreIndented = /^\s/.test(content);
    if (!blank) {
      // A folded block joins its lines with spaces, except around more-indented lines.
      if (folded && previousText && !moreIndented) builder.char(' ', lineStart - 1);
      else if (builder.length > 0) builder.char('\n', lineStart - 1);
      builder.verbatim(content, lineStart + Math.max(indent, 0));
    } else if (builder.length > 0) {
      builder.char('\n', lineStart - 1);
    }
    previousText = !blank && !moreIndented;
    lineStart = lineEnd + 1;
  }
}

function plainScalar(text: string, start: number, end: number, builder: ShellTextBuilder): void {
  let first = true;
  let lineStart = start;
  while (lineStart < end) {
    const lf = text.indexOf('\n', lineStart);
    const lineEnd = lf === -1 || lf > end ? end : lf;
    const raw = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (content !== '') {
      if (!first) builder.char(' ', lineStart - 1);
      builder.verbatim(content, lineStart + lead);
      first = false;
    }
    lineStart = lineEnd + 1;
  }
}

const DOUBLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', ' ': ' ', '0': '\0' };

function quotedScalar(text: string, start: number, end: number, double: boolean, builder: ShellTextBuilder): void {
  // The closing quote is the last character of the range.
  for (let i = start + 1; i < end - 1; i++) {
    const c = text.charAt(i);
    if (double && c === '\\') {
      const escaped = DOUBLE_ESCAPES[text.charAt(i + 1)];
      builder.char(escaped ?? text.charAt(i + 1), i, 2);
      i++;
    } else if (!double && c === "'" && text.charAt(i + 1) === "'") {
      builder.char("'", i, 2);
      i++;
    } else if (c === '\n' || c === '\r') {
      // A line break inside a flow scalar folds to a space; the next line's indentation is dropped.
      builder.char(' ', i);
      while (i + 1 < end - 1 && /[ \t\r\n]/.test(text.charAt(i + 1))) i++;
    } else {
      builder.char(c, i);
    }
  }
}
