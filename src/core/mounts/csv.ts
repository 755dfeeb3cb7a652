// One record of Go's encoding/csv with its defaults (comma separator, no lazy quotes, no space trimming),
// which is how the docker CLI splits a `--mount` value. Every field keeps where each of its characters
// came from, so a key or value inside a quoted field still maps back to the document.

export interface CsvField {
  /** The field after quote removal. */
  readonly text: string;
  /** Start and end of the field as written in the value, quotes included. */
  readonly start: number;
  readonly end: number;
  /** `offsets[i]` is the index in the value of `text[i]`. */
  readonly offsets: readonly number[];
}

export interface CsvError {
  /** Go's error text, e.g. `parse error on line 1, column 5: bare " in non-quoted-field`. */
  readonly message: string;
  /** The offending character. */
  readonly at: number;
}

export interface CsvRecord {
  readonly fields: readonly CsvField[];
  readonly error: CsvError | undefined;
}

function parseError(at: number, what: string): CsvError {
  return { message: `parse error on line 1, column ${at + 1}: ${what}`, at };
}

const BARE_QUOTE = 'bare " in non-quoted-field';
const EXTRANEOUS_QUOTE = 'extraneous or missing " in quoted-field';

export function readCsvRecord(value: string): CsvRecord {
  // Only the first line is read: the CLI parses a single record.
  const newline = value.search(/\r?\n/);
  const end = newline < 0 ? value.length : newline;
  const fields: CsvField[] = [];
  if (end === 0) return { fields, error: { message: 'EOF', at: 0 } };
  let i = 0;
  for (;;) {
    const start = i;
    const chars: string[] = [];
    const offsets: number[] = [];
    if (value[i] !== '"') {
      while (i < end && value[i] !== ',') {
        if (value[i] === '"') return { fields, error: parseError(i, BARE_QUOTE) };
        chars.push(value[i] ?? '');
        offsets.push(i);
        i++;
      }
    } else {
      i++;
      for (;;) {
        if (i >= end) return { fields, error: parseError(end, EXTRANEOUS_QUOTE) };
        if (value[i] === '"') {
          if (value[i + 1] === '"' && i + 1 < end) {
            chars.push('"');
            offsets.push(i);
            i += 2;
            continue;
          }
          i++;
          if (i < end && value[i] !== ',') return { fields, error: parseError(i, EXTRANEOUS_QUOTE) };
          break;
        }
        chars.push(value[i] ?? '');
        offsets.push(i);
        i++;
      }
    }
    fields.push({ text: chars.join(''), start, end: i, offsets });
    if (i >= end) return { fields, error: undefined };
    i++; // the comma
  }
}
