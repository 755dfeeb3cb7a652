// Human output: `file:line:col severity CODE message`, the source line, and a caret under the range.
import { localize, LineIndex, type Locale, type Severity } from '../../core/index';
import type { CheckedFile } from './model';

export function formatText(files: readonly CheckedFile[], locale: Locale): string {
  const out: string[] = [];
  for (const file of files) {
    if (file.findings.length === 0) continue;
    const lines = new LineIndex(file.text);
    for (const finding of file.findings) {
      const { start } = finding.range;
      out.push(`${file.displayPath}:${start.line + 1}:${start.character + 1} ${finding.severity} ${finding.code} ${localize(finding.message, locale)}`);
      out.push(...sourceExcerpt(lines, finding.range.start, finding.range.end));
    }
  }
  out.push(summary(files, locale));
  return out.join('\n') + '\n';
}

/** Longer source lines (minified or generated files) are shown as a window around the range. */
const MAX_EXCERPT = 160;
const CONTEXT_BEFORE = 40;

/** The first line of the range, indented, and a caret line that keeps tabs so the carets line up. */
export function sourceExcerpt(lines: LineIndex, start: { line: number; character: number }, end: { line: number; character: number }): string[] {
  let source = lines.lineText(start.line);
  let from = Math.min(start.character, source.length);
  let to = end.line === start.line ? Math.min(end.character, source.length) : source.length;
  if (source.length > MAX_EXCERPT) {
    const windowStart = Math.max(0, from - CONTEXT_BEFORE);
    const windowEnd = Math.min(source.length, windowStart + MAX_EXCERPT);
    const before = windowStart > 0 ? '…' : '';
    source = before + source.slice(windowStart, windowEnd) + (windowEnd < source.length ? '…' : '');
    from = from - windowStart + before.length;
    to = Math.min(to, windowEnd) - windowStart + before.length;
  }
  const pad = source.slice(0, from).replace(/[^\t]/g, ' ');
  const carets = '^'.repeat(Math.max(1, to - from));
  return [`    ${source}`, `    ${pad}${carets}`];
}

export function countBySeverity(files: readonly CheckedFile[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of files) for (const finding of file.findings) counts[finding.severity]++;
  return counts;
}

export function summary(files: readonly CheckedFile[], locale: Locale): string {
  const c = countBySeverity(files);
  if (locale === 'ko') {
    const hints = c.hint > 0 ? `, 힌트 ${c.hint}개` : '';
    return `오류 ${c.error}개, 경고 ${c.warning}개, 정보 ${c.info}개${hints} (파일 ${files.length}개)`;
  }
  const hints = c.hint > 0 ? `, ${plural(c.hint, 'hint')}` : '';
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}${hints} in ${plural(files.length, 'file')}`;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
