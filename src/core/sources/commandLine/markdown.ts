// The shell text of a Markdown document: fenced code blocks whose info string names a shell. In console
// transcripts only the prompted lines (`$ `, `# `) and their continuations are commands; the prompt is
// left out so ranges start at the command.
import { ShellTextBuilder } from './shellText';
import type { ShellText } from './shellText';

const SHELL_INFO = new Set(['sh', 'bash', 'shell', 'zsh', 'ksh']);
const CONSOLE_INFO = new Set(['console', 'shell-session', 'sh-session', 'shellsession']);
// Fences inside list items are indented further than the three spaces of a top-level fence.
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`{]*)/;

export function markdownShell(text: string): ShellText {
  const builder = new ShellTextBuilder();
  let fence: { marker: string; kind: 'shell' | 'console' | 'other' } | undefined;
  let continuing = false;
  let start = 0;
  while (start <= text.length) {
    const lf = text.indexOf('\n', start);
    const end = lf === -1 ? text.length : lf;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (fence === undefined) {
      const open = FENCE.exec(line);
      if (open !== null) {
        const marker = open[2] ?? '```';
        const info = (open[3] ?? '').toLowerCase();
        fence = { marker, kind: SHELL_INFO.has(info) ? 'shell' : CONSOLE_INFO.has(info) ? 'console' : 'other' };
        continuing = false;
      }
    } else if (line.trim().startsWith(fence.marker.charAt(0).repeat(fence.marker.length)) && line.trim().replace(/[`~]/g, '') === '') {
      fence = undefined;
      builder.char('\n', start);
    } else if (fence.kind === 'shell') {
      builder.verbatim(line, start);
      builder.char('\n', start + line.length);
    } else if (fence.kind === 'console') {
      const prompt = /^\s*[$#] /.exec(line);
      if (prompt !== null || continuing) {
        // A continuation line may carry the secondary prompt `> `, which is not part of the command.
        const skip = continuing ? (/^\s*> ?/.exec(line)?.[0].length ?? 0) : (prompt?.[0].length ?? 0);
        builder.verbatim(line.slice(skip), start + skip);
        builder.char('\n', start + line.length);
        continuing = /(^|[^\\])(\\\\)*\\$/.test(line);
      } else {
        continuing = false;
      }
    }
    if (lf === -1) break;
    start = lf + 1;
  }
  return builder.build();
}
