// A shell word splitter that keeps, for every character of every word, where it was written. It follows
// POSIX sh / bash quoting closely enough to find docker command lines and their arguments; it never
// expands anything and never throws: unterminated quotes and half-typed lines run to the end of the text.

/** One shell word after quote removal. Indices are into the tokenized text. */
export interface Word {
  readonly value: string;
  /** `valueIndex[i]` is the text index of `value[i]`. */
  readonly valueIndex: readonly number[];
  /** The word as written, quotes included: `text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  /** Value index ranges `[from, to)` holding an unexpanded `$VAR`, `${...}`, `$(...)` or backticks. */
  readonly expansions: readonly (readonly [number, number])[];
  /** Whether any part of the word was quoted (a quoted expansion stays one word). */
  readonly quoted: boolean;
}

/** The words of one simple command, between separators (`;`, `&&`, `||`, `|`, `&`, newline). */
export interface SimpleCommand {
  readonly words: readonly Word[];
}

export interface Tokenized {
  readonly commands: readonly SimpleCommand[];
  /** Text index ranges `[start, end)` of the insides of `$(...)` and backticks, to be read as shell too. */
  readonly substitutions: readonly (readonly [number, number])[];
}

interface WordBuilder {
  value: string;
  /** Runs of the value that sit side by side in the text: `[valueStart, textStart, length]` triples. */
  segments: number[];
  start: number;
  expansions: [number, number][];
  quoted: boolean;
}

/** A finished word; the per-character index is built only for the few words that need ranges inside. */
class ShellWord implements Word {
  private index: number[] | undefined;

  constructor(
    readonly value: string,
    private readonly segments: readonly number[],
    readonly start: number,
    readonly end: number,
    readonly expansions: readonly (readonly [number, number])[],
    readonly quoted: boolean,
  ) {}

  /** `valueIndex[i]` without building the whole index, for the words that need one or two ends. */
  textIndexAt(i: number): number | undefined {
    if (this.index !== undefined) return this.index[i];
    if (i < 0) return undefined;
    let before = 0;
    for (let s = 0; s < this.segments.length; s += 3) {
      const length = this.segments[s + 2] ?? 0;
      if (i < before + length) return (this.segments[s + 1] ?? 0) + (i - before);
      before += length;
    }
    return undefined;
  }

  get valueIndex(): readonly number[] {
    if (this.index === undefined) {
      const index: number[] = [];
      for (let s = 0; s < this.segments.length; s += 3) {
        const textStart = this.segments[s + 1] ?? 0;
        const length = this.segments[s + 2] ?? 0;
        for (let k = 0; k < length; k++) index.push(textStart + k);
      }
      this.index = index;
    }
    return this.index;
  }
}

/** The text index of `word.value[i]` (`word.valueIndex[i]`), cheaply for the tokenizer's own words. */
export function textIndexAt(word: Word, i: number): number | undefined {
  return word instanceof ShellWord ? word.textIndexAt(i) : word.valueIndex[i];
}

/** Characters that neither end a word nor start quoting, escaping or an expansion. */
const ORDINARY_RUN = /[^\\ \t\r\n'"$`;&|()<>]+/y;
const DOUBLE_QUOTED_RUN = /[^\\"$`]+/y;

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAM = /[0-9@*#?$!-]/;
const REDIRECTION = /^(?:<<<|<<-|<<|<>|<&|<|>>|>&|>\||>)/;

export function tokenize(text: string): Tokenized {
  const commands: SimpleCommand[] = [];
  const substitutions: [number, number][] = [];
  let words: Word[] = [];
  let word: WordBuilder | undefined;
  /** The next word is a redirection target (or a heredoc delimiter) and not an argument. */
  let skipNext: 'target' | 'heredoc' | 'heredoc-strip' | undefined;
  const heredocs: { delimiter: string; stripTabs: boolean }[] = [];
  let i = 0;

  const begin = (at: number): WordBuilder => {
    word ??= { value: '', segments: [], start: at, expansions: [], quoted: false };
    return word;
  };
  /** Appends `value`, which stands for the text from `at` on, one character for one character. */
  const append = (w: WordBuilder, value: string, at: number): void => {
    const segments = w.segments;
    const last = segments.length - 3;
    if (last >= 0 && (segments[last + 1] ?? 0) + (segments[last + 2] ?? 0) === at) segments[last + 2] = (segments[last + 2] ?? 0) + value.length;
    else segments.push(w.value.length, at, value.length);
    w.value += value;
  };
  const push = (w: WordBuilder, char: string, at: number): void => append(w, char, at);
  /** Appends the longest run of characters matching `run` from `at` (at least one); returns the index after it. */
  const pushRun = (w: WordBuilder, run: RegExp, at: number): number => {
    run.lastIndex = at;
    const match = run.exec(text);
    const value = match === null || match[0] === '' ? text.charAt(at) : match[0];
    append(w, value, at);
    return at + value.length;
  };
  const endWord = (at: number): void => {
    if (word === undefined) return;
    const finished = new ShellWord(word.value, word.segments, word.start, at, word.expansions, word.quoted);
    word = undefined;
    if (skipNext === 'heredoc' || skipNext === 'heredoc-strip') {
      heredocs.push({ delimiter: finished.value, stripTabs: skipNext === 'heredoc-strip' });
    } else if (skipNext === undefined) {
      words.push(finished);
    }
    skipNext = undefined;
  };
  const endCommand = (): void => {
    if (words.length > 0) commands.push({ words });
    words = [];
    skipNext = undefined;
  };
  /** Copies text[from, to) into the word verbatim as one expansion. */
  const pushExpansion = (w: WordBuilder, from: number, to: number): void => {
    const first = w.value.length;
    append(w, text.slice(from, to), from);
    w.expansions.push([first, w.value.length]);
  };
  /** Reads a `$...` at `at`; returns the index after it. `inDouble`: inside double quotes. */
  const readDollar = (w: WordBuilder, at: number, inDouble: boolean): number => {
    const next = text.charAt(at + 1);
    if (next === '(') {
      const arithmetic = text.charAt(at + 2) === '(';
      const close = findClose(text, at + 1, '(', ')');
      if (!arithmetic) substitutions.push([at + 2, Math.min(close, text.length)]);
      const after = Math.min(close + 1, text.length);
      pushExpansion(w, at, after);
      return after;
    }
    if (next === '{') {
      const after = Math.min(findClose(text, at + 1, '{', '}') + 1, text.length);
      pushExpansion(w, at, after);
      return after;
    }
    if (!inDouble && next === "'") return readAnsiC(w, at + 2);
    if (!inDouble && next === '"') return at + 1; // $"..." is a translated string: read as "..."
    if (NAME_START.test(next)) {
      let end = at + 2;
      while (end < text.length && NAME_CHAR.test(text.charAt(end))) end++;
      pushExpansion(w, at, end);
      return end;
    }
    if (next !== '' && SPECIAL_PARAM.test(next)) {
      pushExpansion(w, at, at + 2);
      return at + 2;
    }
    push(w, '$', at);
    return at + 1;
  };
  const readBacktick = (w: WordBuilder, at: number): number => {
    let end = at + 1;
    while (end < text.length && text.charAt(end) !== '`') end += text.charAt(end) === '\\' ? 2 : 1;
    substitutions.push([at + 1, Math.min(end, text.length)]);
    const after = Math.min(end + 1, text.length);
    pushExpansion(w, at, after);
    return after;
  };
  /** `$'...'`: ANSI-C quoting; the common escapes are undone, the rest kept as written. */
  const readAnsiC = (w: WordBuilder, from: number): number => {
    w.quoted = true;
    let k = from;
    while (k < text.length && text.charAt(k) !== "'") {
      if (text.charAt(k) === '\\' && k + 1 < text.length) {
        const escaped = ANSI_ESCAPES[text.charAt(k + 1)];
        push(w, escaped ?? text.charAt(k + 1), k + 1);
        k += 2;
      } else {
        push(w, text.charAt(k), k);
        k++;
      }
    }
    return Math.min(k + 1, text.length);
  };
  /** After a newline: skips the bodies of pending heredocs. Returns the index to continue at. */
  const skipHeredocs = (from: number): number => {
    let k = from;
    while (heredocs.length > 0 && k < text.length) {
      const doc = heredocs[0];
      if (doc === undefined) break;
      const lineEnd = nextLineBreak(text, k);
      let line = text.slice(k, lineEnd).replace(/\r$/, '');
      if (doc.stripTabs) line = line.replace(/^\t+/, '');
      k = Math.min(lineEnd + 1, text.length);
      if (line === doc.delimiter) heredocs.shift();
    }
    heredocs.length = 0;
    return k;
  };

  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\\') {
      const next = text.charAt(i + 1);
      if (next === '\n') {
        i += 2; // line continuation: the shell removes both characters
      } else if (next === '\r' && text.charAt(i + 2) === '\n') {
        i += 3;
      } else if (next === '') {
        i++;
      } else {
        push(begin(i), next, i + 1);
        i += 2;
      }
    } else if (c === ' ' || c === '\t') {
      endWord(i);
      i++;
    } else if (c === '\n' || c === '\r') {
      endWord(i);
      endCommand();
      i = heredocs.length > 0 ? skipHeredocs(i + 1) : i + 1;
    } else if (c === '#' && word === undefined) {
      i = nextLineBreak(text, i);
    } else if (c === '<' || c === '>' || (c === '&' && text.charAt(i + 1) === '>')) {
      // An all-digit word right before the operator is a file descriptor (`2>`), not an argument.
      if (word !== undefined && !word.quoted && word.start !== i && /^\d+$/.test(word.value)) word = undefined;
      endWord(i);
      const op = c === '&' ? (text.charAt(i + 2) === '>' ? '&>>' : '&>') : (REDIRECTION.exec(text.slice(i, i + 3))?.[0] ?? c);
      i += op.length;
      skipNext = op === '<<' ? 'heredoc' : op === '<<-' ? 'heredoc-strip' : 'target';
    } else if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      endWord(i);
      endCommand();
      i++;
    } else if (c === "'") {
      const w = begin(i);
      w.quoted = true;
      const close = text.indexOf("'", i + 1);
      const end = close === -1 ? text.length : close;
      if (end > i + 1) append(w, text.slice(i + 1, end), i + 1);
      i = Math.min(end + 1, text.length);
    } else if (c === '"') {
      const w = begin(i);
      w.quoted = true;
      let k = i + 1;
      while (k < text.length && text.charAt(k) !== '"') {
        const d = text.charAt(k);
        if (d === '\\' && '$`"\\\n'.includes(text.charAt(k + 1)) && k + 1 < text.length) {
          if (text.charAt(k + 1) !== '\n') push(w, text.charAt(k + 1), k + 1);
          k += 2;
        } else if (d === '$') {
          k = readDollar(w, k, true);
        } else if (d === '`') {
          k = readBacktick(w, k);
        } else {
          k = pushRun(w, DOUBLE_QUOTED_RUN, k);
        }
      }
      i = Math.min(k + 1, text.length);
    } else if (c === '$') {
      i = readDollar(begin(i), i, false);
    } else if (c === '`') {
      i = readBacktick(begin(i), i);
    } else {
      i = pushRun(begin(i), ORDINARY_RUN, i);
    }
  }
  endWord(text.length);
  endCommand();
  return { commands, substitutions };
}

const ANSI_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };

function nextLineBreak(text: string, from: number): number {
  const lf = text.indexOf('\n', from);
  return lf === -1 ? text.length : lf;
}

/**
 * Index of the bracket closing the one at `open` (nesting counted, quotes skipped), or `text.length`
 * when it is never closed.
 */
export function findClose(text: string, open: number, opening: string, closing: string): number {
  let depth = 0;
  let k = open;
  while (k < text.length) {
    const c = text.charAt(k);
    if (c === '\\') {
      k += 2;
      continue;
    }
    if (c === "'" && opening === '(') {
      const end = text.indexOf("'", k + 1);
      k = end === -1 ? text.length : end + 1;
      continue;
    }
    if (c === '"') {
      k++;
      while (k < text.length && text.charAt(k) !== '"') k += text.charAt(k) === '\\' ? 2 : 1;
      k++;
      continue;
    }
    if (c === opening) depth++;
    else if (c === closing) {
      depth--;
      if (depth === 0) return k;
    }
    k++;
  }
  return text.length;
}
