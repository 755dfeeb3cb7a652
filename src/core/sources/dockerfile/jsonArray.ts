/** A string element of a JSON array, with where each decoded character came from. */
export interface JsonStringToken {
  /** Indices into the array text: the opening quote and just past the closing one. */
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** Index into the array text of each decoded character. */
  readonly offsets: readonly number[];
}

/** Parses `text` as Docker's JSON form does: an array of strings only, or nothing. */
export function parseJsonStringArray(text: string): string[] | 'not-strings' | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  return parsed.every((v) => typeof v === 'string') ? (parsed as string[]) : 'not-strings';
}

const JSON_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The string elements of a JSON array already known to be valid. */
export function jsonStringTokens(text: string): JsonStringToken[] {
  const tokens: JsonStringToken[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    const start = i;
    let value = '';
    const offsets: number[] = [];
    for (i++; i < text.length && text[i] !== '"'; i++) {
      offsets.push(i);
      if (text[i] !== '\\') {
        value += text[i];
        continue;
      }
      const escaped = text[++i] ?? '';
      if (escaped === 'u') {
        value += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
        i += 4;
      } else {
        value += JSON_ESCAPES[escaped] ?? escaped;
      }
    }
    tokens.push({ start, end: i + 1, value, offsets });
  }
  return tokens;
}
