import type { MappedText } from './mappedText';
import { isSpace, offsetOf } from './mappedText';

export interface InstructionFlags {
  /** Each `--name[=value]` word, quotes removed, offsets kept. */
  readonly flags: readonly MappedText[];
  /** Index into the arguments where the command (or other arguments) start. */
  readonly rest: number;
}

/**
 * Takes the leading `--flag` words off an instruction's arguments as Docker's parser does: quotes inside
 * a flag word are removed, a backslash protects the next character, and the first word that does not
 * start with `--` (or a bare `--`) ends the flags.
 */
export function extractFlags(args: MappedText): InstructionFlags {
  const text = args.text;
  const flags: MappedText[] = [];
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (!text.startsWith('--', i)) return { flags, rest: i };
    const start = i;
    let value = '';
    const offsets: number[] = [];
    let quote = '';
    for (; i < text.length; i++) {
      let ch = text[i] ?? '';
      if (quote === '' && isSpace(ch.charCodeAt(0))) break;
      if (quote === '' && (ch === '"' || ch === "'")) {
        quote = ch;
        continue;
      }
      if (quote !== '' && ch === quote) {
        quote = '';
        continue;
      }
      if (ch === '\\') {
        if (i + 1 >= text.length) continue;
        ch = text[++i] ?? '';
      }
      value += ch;
      offsets.push(offsetOf(args, i));
    }
    if (value === '--') return { flags, rest: i };
    flags.push({ text: value, offsets, end: i > start ? offsetOf(args, i - 1) + 1 : offsetOf(args, start) });
  }
}
