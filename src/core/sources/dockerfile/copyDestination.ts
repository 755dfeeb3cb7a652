import { joinPath } from './posixPath';
import type { LineIndex } from '../../text';
import { jsonStringTokens, parseJsonStringArray } from './jsonArray';
import type { MappedText } from './mappedText';
import { mappedRange, sliceMapped, splitQuotedWords, trimMapped } from './mappedText';
import type { ShellWord } from './model';
import { extractFlags } from './runFlags';
import type { StageScope } from './scope';
import { processWord } from './wordExpansion';

/** The destination of COPY/ADD (its last argument), expanded and made absolute against WORKDIR. */
export function copyDestination(args: MappedText, escape: string, scope: StageScope, lines: LineIndex): ShellWord | undefined {
  const { rest } = extractFlags(args);
  const body = trimMapped(sliceMapped(args, rest, args.text.length));
  let written: MappedText | undefined;
  let value: string | undefined;
  const json = body.text.startsWith('[') ? parseJsonStringArray(body.text) : undefined;
  if (Array.isArray(json)) {
    const last = jsonStringTokens(body.text).pop();
    if (last === undefined || json.length < 2) return undefined;
    written = sliceMapped(body, last.start, last.end);
    value = last.value;
  } else {
    const words = splitQuotedWords(body, escape).filter((w) => !w.text.startsWith('<<'));
    if (words.length < 2) return undefined;
    written = words[words.length - 1];
    value = written === undefined ? undefined : processWord(written.text, escape, scope.lookup).value;
  }
  if (written === undefined || value === undefined || value === '') return undefined;
  return { value: joinPath(scope.workdir ?? '/', value), range: mappedRange(written, lines) };
}
