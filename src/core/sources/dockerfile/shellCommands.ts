// A light reading of a RUN's shell text: enough to see which simple commands run and which paths they
// name or redirect into (SW107). Quotes are removed, `$(...)` stays inside its word, `#` starts a comment.
import type { LineIndex } from '../../text';
import type { MappedText } from './mappedText';
import { mappedRange } from './mappedText';
import type { ShellCommand, ShellWord } from './model';

interface Token {
  readonly kind: 'word' | 'separator' | 'redirect';
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const PREFIX_COMMANDS = new Set(['sudo', 'env', 'exec', 'nohup', 'time', 'command', 'nice']);

export function readShellCommands(text: MappedText, lines: LineIndex): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: ShellWord[] = [];
  let redirects: ShellWord[] = [];
  // What the word after a redirection operator is: a file written to, or one only read or an fd.
  let pending: 'write' | 'skip' | undefined;
  const flush = (): void => {
    if (words.length > 0 || redirects.length > 0) commands.push(toCommand(words, redirects));
    words = [];
    redirects = [];
    pending = undefined;
  };
  for (const token of tokenize(text.text)) {
    if (token.kind === 'separator') {
      flush();
      continue;
    }
    if (token.kind === 'redirect') {
      pending = token.value.includes('>') && !token.value.endsWith('&') ? 'write' : 'skip';
      continue;
    }
    const word: ShellWord = { value: token.value, range: mappedRange(text, lines, token.start, token.end) };
    if (pending === 'write') redirects.push(word);
    else if (pending === undefined) words.push(word);
    pending = undefined;
  }
  flush();
  return commands;
}

function toCommand(words: readonly ShellWord[], redirects: readonly ShellWord[]): ShellCommand {
  let i = 0;
  while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]?.value ?? '')) i++;
  while (i < words.length && PREFIX_COMMANDS.has(words[i]?.value ?? '')) {
    i++;
    while (i < words.length && (words[i]?.value ?? '').startsWith('-')) i++;
  }
  return { name: words[i], args: words.slice(i + 1), redirects };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += 2;
      continue;
    }
    if (ch === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (ch === '\n' || ch === ';' || ch === '|' || ch === '&' || ch === '(' || ch === ')') {
      if (ch === '&' && text[i + 1] === '>') {
        const start = i;
        i += text[i + 2] === '>' ? 3 : 2;
        tokens.push({ kind: 'redirect', value: text.slice(start, i), start, end: i });
        continue;
      }
      const two = text.slice(i, i + 2);
      const width = two === '&&' || two === '||' || two === ';;' ? 2 : 1;
      tokens.push({ kind: 'separator', value: text.slice(i, i + width), start: i, end: i + width });
      i += width;
      continue;
    }
    if (ch === '>' || ch === '<') {
      const start = i;
      while (i < text.length && (text[i] === '>' || text[i] === '<' || text[i] === '&' || text[i] === '|')) i++;
      tokens.push({ kind: 'redirect', value: text.slice(start, i), start, end: i });
      continue;
    }
    const word = readWord(text, i);
    // `2>file`: digits just before a redirection are its file descriptor.
    if (/^\d+$/.test(word.value) && (text[word.end] === '>' || text[word.end] === '<')) {
      i = word.end;
      continue;
    }
    tokens.push(word);
    i = word.end;
  }
  return tokens;
}

function readWord(text: string, start: number): Token {
  let value = '';
  let i = start;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (' \t\r\n;|&()<>'.includes(ch)) break;
    if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close < 0 ? text.length : close;
      value += text.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i];
        i++;
      }
      i++;
    } else if (ch === '\\') {
      value += text[i + 1] ?? '';
      i += 2;
    } else if (ch === '$' && text[i + 1] === '(') {
      const end = matchingParen(text, i + 1);
      value += text.slice(i, end);
      i = end;
    } else if (ch === '`') {
      const close = text.indexOf('`', i + 1);
      const end = close < 0 ? text.length : close + 1;
      value += text.slice(i, end);
      i = end;
    } else {
      value += ch;
      i++;
    }
  }
  return { kind: 'word', value, start, end: Math.min(i, text.length) };
}

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i + 1;
  }
  return text.length;
}
