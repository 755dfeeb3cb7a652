// Docker's own word processing for Dockerfile arguments (BuildKit's shell lexer, `ProcessWord`): quotes
// are removed, the escape character protects the next character, `$X`, `${X}` and `${X:-word}` forms are
// replaced from the ARG/ENV values in scope, and an unset variable becomes the empty string.

/** What a name resolves to: a value, `null` for an ARG declared without one, `undefined` when nothing declares it. */
export type VariableLookup = (name: string) => string | null | undefined;

export interface VariableUse {
  readonly name: string;
  /** Indices into the processed word, `$` to the end of the reference. */
  readonly start: number;
  readonly end: number;
  /** `-`, `:-`, `+`, `?`... or '' for plain `$X` / `${X}`. */
  readonly modifier: string;
  /** Whether an ARG or ENV declares the name (it may still have no value). */
  readonly declared: boolean;
}

export interface ProcessedWord {
  readonly value: string;
  readonly variables: readonly VariableUse[];
  /** Docker's error text when it refuses the word (the build fails). */
  readonly error: string | undefined;
}

class LexError extends Error {}

export function processWord(word: string, escape: string, lookup: VariableLookup): ProcessedWord {
  const lexer = new WordLexer(word, escape, lookup);
  try {
    const value = lexer.processStopOn(undefined, false);
    return { value, variables: lexer.variables, error: undefined };
  } catch (error) {
    if (!(error instanceof LexError)) throw error;
    return { value: '', variables: lexer.variables, error: `failed to process "${word}": ${error.message}` };
  }
}

const SPECIAL_PARAMS = '@*#?-$!0';

class WordLexer {
  readonly variables: VariableUse[] = [];
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly escape: string,
    private readonly lookup: VariableLookup,
  ) {}

  private peek(): string | undefined {
    return this.text[this.i];
  }

  private next(): string | undefined {
    return this.text[this.i++];
  }

  processStopOn(stop: string | undefined, rawEscapes: boolean): string {
    let result = '';
    while (this.peek() !== undefined) {
      const ch = this.peek();
      if (stop !== undefined && ch === stop) {
        this.i++;
        return result;
      }
      if (ch === '$') result += this.processDollar();
      else if (ch === "'") result += this.processSingleQuote();
      else if (ch === '"') result += this.processDoubleQuote();
      else {
        let c = this.next() ?? '';
        if (c === this.escape) {
          if (rawEscapes) result += c;
          const escaped = this.next();
          if (escaped === undefined) break;
          c = escaped;
        }
        result += c;
      }
    }
    if (stop !== undefined) throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
    return result;
  }

  private processSingleQuote(): string {
    this.i++;
    let result = '';
    for (;;) {
      const ch = this.next();
      if (ch === undefined) throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") return result;
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    this.i++;
    let result = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) throw new LexError('unexpected end of statement while looking for matching double-quote');
      if (ch === '"') {
        this.i++;
        return result;
      }
      if (ch === '$') {
        result += this.processDollar();
        continue;
      }
      let c = this.next() ?? '';
      if (c === this.escape) {
        const after = this.peek();
        if (after === undefined) continue;
        if (after === '"' || after === '$' || after === this.escape) c = this.next() ?? '';
      }
      result += c;
    }
  }

  private processName(): string {
    let name = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) return name;
      if (name === '' && /\d/.test(ch)) {
        while (this.peek() !== undefined && /\d/.test(this.peek() ?? '')) name += this.next();
        return name;
      }
      if (name === '' && SPECIAL_PARAMS.includes(ch)) return this.next() ?? '';
      if (!/[\p{L}\p{Nd}_]/u.test(ch)) return name;
      name += this.next();
    }
  }

  private use(name: string, start: number, modifier: string): string | undefined {
    const value = this.lookup(name);
    this.variables.push({ name, start, end: this.i, modifier, declared: value !== undefined });
    return value ?? undefined;
  }

  private processDollar(): string {
    const start = this.i;
    this.i++;
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      return this.use(name, start, '') ?? '';
    }
    this.i++;
    const first = this.peek();
    if (first === undefined) throw new LexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new LexError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let modifier = ch ?? '';
    if (ch === '}') return this.use(name, start, '') ?? '';
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      modifier += ch ?? '';
    }
    if (ch === undefined) throw new LexError("syntax error: missing '}'");
    if (ch === '/' && !nullIsUnset) return this.processReplace(name, start);
    if (!'+-?#%'.includes(ch)) {
      throw new LexError(`unsupported modifier (${modifier}) in substitution`);
    }
    let word: string;
    try {
      word = this.processStopOn('}', ch === '#' || ch === '%');
    } catch (error) {
      if (this.peek() === undefined) throw new LexError("syntax error: missing '}'");
      throw error;
    }
    const value = this.use(name, start, modifier);
    const unset = value === undefined || (nullIsUnset && value === '');
    switch (ch) {
      case '-':
        return unset ? word : (value ?? '');
      case '+':
        return unset ? '' : word;
      case '?':
        if (value === undefined) throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') throw new LexError(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
        return value;
      default: {
        // `%`/`#` trim the shortest match, `%%`/`##` the longest.
        const greedy = word.startsWith(ch);
        const pattern = greedy ? word.slice(1) : word;
        return trimPattern(value ?? '', pattern, ch === '#', greedy);
      }
    }
  }

  private processReplace(name: string, start: number): string {
    const all = this.peek() === '/';
    if (all) this.i++;
    const pattern = this.stopOrMissing('/', "syntax error: missing '/' in ${}");
    const replacement = this.stopOrMissing('}', "syntax error: missing '}'");
    const value = this.use(name, start, '/') ?? '';
    const re = globToRegExp(pattern, true, all ? 'g' : '');
    return value.replace(re, () => replacement);
  }

  private stopOrMissing(stop: string, missing: string): string {
    try {
      return this.processStopOn(stop, true);
    } catch (error) {
      if (this.peek() === undefined) throw new LexError(missing);
      throw error;
    }
  }
}

function globToRegExp(pattern: string, greedy: boolean, flags: string, full = false): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '*') source += greedy ? '.*' : '.*?';
    else if (ch === '?') source += '.';
    else if (ch === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i] ?? '');
    else source += escapeRegExp(ch);
  }
  return new RegExp(full ? `^(?:${source})$` : source, flags);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `${X#p}`/`${X##p}` drop the shortest/longest matching prefix, `${X%p}`/`${X%%p}` the suffix. */
function trimPattern(value: string, pattern: string, prefix: boolean, greedy: boolean): string {
  const re = globToRegExp(pattern, true, '', true);
  const n = value.length;
  for (let k = 0; k <= n; k++) {
    const len = greedy ? n - k : k;
    if (prefix ? re.test(value.slice(0, len)) : re.test(value.slice(n - len))) {
      return prefix ? value.slice(len) : value.slice(0, n - len);
    }
  }
  return value;
}
