// Dockerfile `VOLUME`, read the way Docker reads it (BuildKit's parser and the legacy builder agree):
// the line is a JSON array only when it parses as one; otherwise it is split at whitespace (quotes do not
// group words there), and each word then has its quotes removed and variables expanded. What comes out
// is exactly what the image records in Config.Volumes.
import type { CodedProblem } from '../document';
import type { LineIndex, Position, Range } from '../text';
import type { MappedText } from '../sources/dockerfile/mappedText';
import { mappedRange, offsetOf, splitWhitespace, trimMapped } from '../sources/dockerfile/mappedText';
import { jsonStringTokens, parseJsonStringArray } from '../sources/dockerfile/jsonArray';
import { processWord } from '../sources/dockerfile/wordExpansion';
import type { VariableLookup } from '../sources/dockerfile/wordExpansion';
import { checkPath, reportMalformed, reportUndefinedVariables, reportUnreadableWord } from '../sources/dockerfile/volumeProblems';
import type { Reporter, VolumePath } from '../sources/dockerfile/volumeProblems';
import type { Mount, MountContext } from './mount';

export interface DockerfileVolumeInput {
  /** The instruction's arguments (after `VOLUME`), joined across continuations. */
  readonly args: MappedText;
  readonly escape: string;
  readonly lookup: VariableLookup;
  /** Whether a name is declared only by an ARG before the first FROM (so the stage does not see it). */
  readonly globalOnly: (name: string) => boolean;
  readonly workdir: string | undefined;
  /** Start of the VOLUME's line, where SW106's fix inserts `ARG NAME`. */
  readonly lineStart: Position;
  readonly context: MountContext;
  readonly lines: LineIndex;
}

export interface ParsedDockerfileVolume {
  readonly mounts: readonly Mount[];
  readonly problems: readonly CodedProblem[];
}

export function parseDockerfileVolume(input: DockerfileVolumeInput): ParsedDockerfileVolume {
  const problems: CodedProblem[] = [];
  const report: Reporter = (code, range, message, fixes) => {
    problems.push({ code, problem: fixes === undefined ? { range, message } : { range, message, fixes } });
  };
  const args = trimMapped(input.args);
  if (args.text === '') return { mounts: [], problems };
  const argsRange = mappedRange(args, input.lines);

  let paths: VolumePath[] | undefined;
  let malformed = false;
  if (args.text.startsWith('[')) {
    const json = readJsonArray(args, input);
    if (json.kind === 'paths') paths = json.paths;
    else if (json.kind === 'not-strings') {
      report('SW103', argsRange, {
        en: 'Docker refuses this VOLUME: "when using JSON array syntax, arrays must be comprised of strings only"; the build fails.',
        ko: 'Docker가 이 VOLUME을 거부합니다: "when using JSON array syntax, arrays must be comprised of strings only" — 빌드가 실패합니다.',
      });
      return { mounts: [], problems };
    } else {
      malformed = true;
    }
  }
  if (paths === undefined) paths = splitWhitespace(args).map((word) => shellWordPath(word, input));

  if (malformed) reportMalformed(args, argsRange, paths, report);
  if (paths.length === 0) {
    report('SW103', argsRange, {
      en: 'Docker refuses an empty VOLUME list: "VOLUME requires at least one argument"; the build fails.',
      ko: 'Docker는 빈 VOLUME 목록을 거부합니다: "VOLUME requires at least one argument" — 빌드가 실패합니다.',
    });
  }

  const mounts: Mount[] = [];
  let quoteReported = false;
  for (const path of paths) {
    if (path.error !== undefined) {
      // The build stops at the first word Docker cannot read; one finding says why.
      if (!malformed && !quoteReported) reportUnreadableWord(args, path, input, report);
      quoteReported = true;
      continue;
    }
    const undefinedVariables = reportUndefinedVariables(path, input, report);
    if (path.recorded === '' && undefinedVariables === 0) {
      report('SW103', path.range, {
        en: 'Docker refuses an empty VOLUME path: "VOLUME specified can not be an empty string"; the build fails.',
        ko: 'Docker는 빈 VOLUME 경로를 거부합니다: "VOLUME specified can not be an empty string" — 빌드가 실패합니다.',
      });
    }
    if (path.recorded === '') continue;
    mounts.push({
      type: 'volume',
      source: undefined,
      target: { value: path.recorded, range: path.range },
      readOnly: false,
      options: [],
      syntax: 'dockerfile-volume',
      context: input.context,
      range: path.range,
      recordedTarget: path.recorded,
    });
    // A path already explained by SW102/SW103 is not explained twice.
    if (malformed) continue;
    checkPath(path, input, report);
  }
  return { mounts, problems };
}

type JsonResult = { kind: 'paths'; paths: VolumePath[] } | { kind: 'not-strings' } | { kind: 'invalid' };

function readJsonArray(args: MappedText, input: DockerfileVolumeInput): JsonResult {
  const parsed = parseJsonStringArray(args.text);
  if (parsed === undefined) return { kind: 'invalid' };
  if (parsed === 'not-strings') return { kind: 'not-strings' };
  const paths: VolumePath[] = [];
  for (const token of jsonStringTokens(args.text)) {
    // Docker trims each element before expanding it.
    const leading = token.value.length - token.value.trimStart().length;
    const trimmed = token.value.trim();
    const processed = processWord(trimmed, input.escape, input.lookup);
    const at = (i: number): number => token.offsets[leading + i] ?? token.end - 1;
    const spanOf = (s: number, e: number): Range =>
      e <= s ? input.lines.rangeOf(offsetOf(args, at(s)), offsetOf(args, at(s))) : input.lines.rangeOf(offsetOf(args, at(s)), offsetOf(args, at(e - 1)) + 1);
    paths.push({
      range: input.lines.rangeOf(offsetOf(args, token.start), offsetOf(args, token.end - 1) + 1),
      raw: args.text.slice(token.start, token.end),
      recorded: processed.error === undefined ? processed.value : trimmed,
      variables: processed.variables,
      variableRanges: processed.variables.map((v) => spanOf(v.start, v.end)),
      ...(processed.error === undefined ? {} : { error: processed.error }),
    });
  }
  return { kind: 'paths', paths };
}


function shellWordPath(word: MappedText, input: DockerfileVolumeInput): VolumePath {
  const processed = processWord(word.text, input.escape, input.lookup);
  const range = mappedRange(word, input.lines);
  const base = {
    range,
    raw: word.text,
    recorded: processed.value.trim(),
    variables: processed.variables,
    variableRanges: processed.variables.map((v) => mappedRange(word, input.lines, v.start, v.end)),
  };
  return processed.error === undefined ? base : { ...base, error: processed.error };
}

export { joinPath } from '../sources/dockerfile/posixPath';
