// The shell text of a Makefile: its recipe lines. make strips the leading tab and the `@`, `-`, `+`
// prefixes, turns `$$` into `$`, and passes `\`-newline continuations to the shell with the next line's
// leading tab removed. Everything else (rules, variables, `define` blocks) is not shell.
import { ShellTextBuilder } from './shellText';
import type { ShellText } from './shellText';

export function makefileShell(text: string): ShellText {
  const builder = new ShellTextBuilder();
  const lines = splitLines(text);
  let inDefine = false;
  let previousContinues = false;
  let inRecipe = false;
  for (let n = 0; n < lines.length; n++) {
    const { start, content } = lines[n] as Line;
    const continues = endsWithContinuation(content);
    if (inRecipe) {
      // A continuation line of a recipe: one leading tab belongs to make.
      const skip = content.startsWith('\t') ? 1 : 0;
      appendRecipe(builder, content.slice(skip), start + skip);
      inRecipe = continues;
      previousContinues = continues;
      continue;
    }
    if (/^\s*define\b/.test(content)) inDefine = true;
    else if (/^\s*endef\b/.test(content)) inDefine = false;
    else if (!inDefine && !previousContinues && content.startsWith('\t')) {
      let skip = 1;
      while (skip < content.length && /[@+\-\s]/.test(content.charAt(skip))) skip++;
      appendRecipe(builder, content.slice(skip), start + skip);
      inRecipe = continues;
    }
    previousContinues = continues;
  }
  return builder.build();
}

interface Line {
  readonly start: number;
  readonly content: string;
}

function splitLines(text: string): Line[] {
  const result: Line[] = [];
  let start = 0;
  for (;;) {
    const lf = text.indexOf('\n', start);
    const end = lf === -1 ? text.length : lf;
    result.push({ start, content: text.slice(start, end).replace(/\r$/, '') });
    if (lf === -1) return result;
    start = lf + 1;
  }
}

function endsWithContinuation(line: string): boolean {
  const trailing = /\\+$/.exec(line)?.[0].length ?? 0;
  return trailing % 2 === 1;
}

function appendRecipe(builder: ShellTextBuilder, content: string, offset: number): void {
  for (let i = 0; i < content.length; i++) {
    if (content.charAt(i) === '$' && content.charAt(i + 1) === '$') {
      builder.char('$', offset + i, 2);
      i++;
    } else {
      builder.char(content.charAt(i), offset + i);
    }
  }
  // The line break: part of a continuation (`\` + newline) or the end of one shell invocation.
  builder.char('\n', offset + content.length);
}
