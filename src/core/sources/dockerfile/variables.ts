import type { LineIndex } from '../../text';
import type { MappedText } from './mappedText';
import { isSpace, mappedRange, sliceMapped, splitQuotedWords, trimMapped } from './mappedText';
import type { DockerfileVariable } from './model';
import type { VariableLookup } from './wordExpansion';
import { processWord } from './wordExpansion';

/**
 * `ARG a b=1` and `ENV a=1 b=2` (or the old `ENV a 1`), as Docker's parser splits them. Values are
 * expanded against the scope before the instruction, as Docker does: `ENV A=1 B=$A` does not see the new A.
 */
export function readVariables(kind: 'ARG' | 'ENV', args: MappedText, escape: string, lookup: VariableLookup, lines: LineIndex): DockerfileVariable[] {
  const words = splitQuotedWords(args, escape);
  const first = words[0];
  if (first === undefined) return [];
  if (kind === 'ENV' && !first.text.includes('=')) {
    // Old form: the name, then everything after the first run of whitespace is the value.
    let i = first.text.length;
    while (i < args.text.length && isSpace(args.text.charCodeAt(i))) i++;
    const value = trimMapped(sliceMapped(args, i, args.text.length));
    return [
      {
        kind,
        name: { value: first.text, range: mappedRange(first, lines) },
        value: processWord(value.text, escape, lookup).value,
        range: mappedRange(args, lines),
      },
    ];
  }
  const variables: DockerfileVariable[] = [];
  for (const word of words) {
    const eq = word.text.indexOf('=');
    // ENV needs `=` in every word after the first; Docker refuses the line otherwise.
    if (eq < 0 && kind === 'ENV') continue;
    const name = eq < 0 ? word : sliceMapped(word, 0, eq);
    variables.push({
      kind,
      name: { value: name.text, range: mappedRange(name, lines) },
      value: eq < 0 ? undefined : processWord(word.text.slice(eq + 1), escape, lookup).value,
      range: mappedRange(word, lines),
    });
  }
  return variables;
}
