// Reads one simple command's words as a docker/podman command line the way the docker CLI (pflag) reads
// its arguments: flags until the first non-flag word (the image), `--flag value`, `--flag=value`,
// shorthand clusters (`-itv /data`, `-v/data`, `-v=/data`) and `--` ending the flags.
import type { CodedProblem } from '../../document';
import type { RuleCode, SpecProblem } from '../../findings';
import type { MountContext, VolumesFrom } from '../../mounts/mount';
import type { Mount } from '../../mounts/mount';
import { parseMountFlag } from '../../mounts/mountFlag';
import { parseTmpfsFlag } from '../../mounts/tmpfsFlag';
import { parseVolumeFlag } from '../../mounts/volumeFlag';
import { parseVolumesFromFlag } from '../../mounts/volumesFromFlag';
import { refusal } from '../../mounts/refusal';
import type { LineIndex, Range, Spanned } from '../../text';
import { globalFlagTakesValue, sudoFlagTakesValue } from './flags';
import type { StorageFlag } from './flags';
import type { CommandFlag, CommandVerb, DockerCommand } from './model';
import { scanPlainFlags, scanRunArguments } from './runArguments';
import type { ScannedFlag } from './runArguments';
import { splitMountProblem } from './splitMount';
import { textIndexAt } from './tokenize';
import type { Word } from './tokenize';
import { keepsLiteralTilde } from './words';
import type { WordMapper } from './words';

export interface ReadCommand {
  readonly command: DockerCommand;
  readonly problems: readonly CodedProblem[];
}

const RESERVED_PREFIXES = new Set(['!', '{', 'then', 'do', 'else', 'elif', 'if', 'while', 'until', 'time', 'exec', 'command', 'nohup', 'builtin']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const PROGRAMS = new Set(['docker', 'podman']);

/** Index of the `docker`/`podman` word, after assignments, `sudo [opts]`, `env` and the like; -1 if none. */
export function findProgram(words: readonly Word[]): number {
  let k = 0;
  while (k < words.length) {
    const value = words[k]?.value ?? '';
    // A `$ ` prompt copied into a shell fence or script is not part of the command.
    if (ASSIGNMENT.test(value) || RESERVED_PREFIXES.has(value) || (k === 0 && value === '$' && words[k]?.quoted === false)) {
      k++;
    } else if (value === 'sudo' || value === 'doas' || value === 'env') {
      k++;
      while (k < words.length) {
        const option = words[k]?.value ?? '';
        if (option === '--') {
          k++;
          break;
        }
        const takesValue = value === 'env' ? ['-u', '-C', '-S'].includes(option) : sudoFlagTakesValue(option);
        if (option.startsWith('-')) k += takesValue ? 2 : 1;
        else if (value === 'env' && ASSIGNMENT.test(option)) k++;
        else break;
      }
    } else {
      break;
    }
  }
  const program = words[k];
  if (program === undefined) return -1;
  return PROGRAMS.has(programName(program.value)) ? k : -1;
}

/** `docker` for `/usr/bin/docker` or `docker.exe`. */
function programName(written: string): string {
  return (written.split(/[\\/]/).pop() ?? '').replace(/\.exe$/i, '');
}

const VOLUME_VERBS: Readonly<Record<string, CommandVerb>> = {
  create: 'volume create', rm: 'volume rm', remove: 'volume rm', prune: 'volume prune',
  ls: 'volume ls', list: 'volume ls', inspect: 'volume inspect',
};

/** Reads `words[programIndex]` onwards as a docker command; `undefined` when it is not one Stowage reads. */
export function readDockerCommand(words: readonly Word[], programIndex: number, mapper: WordMapper): ReadCommand | undefined {
  const program = words[programIndex];
  if (program === undefined) return undefined;
  let k = programIndex + 1;
  // Options of the program itself come before the subcommand.
  while (k < words.length && (words[k]?.value ?? '').startsWith('-')) k += globalFlagTakesValue(words[k]?.value ?? '') ? 2 : 1;
  const first = words[k];
  if (first === undefined) return undefined;
  let verb: CommandVerb | undefined;
  let verbEnd = k;
  if (first.value === 'run' || first.value === 'create') {
    verb = first.value;
  } else if (first.value === 'container' && ['run', 'create'].includes(words[k + 1]?.value ?? '')) {
    verb = words[k + 1]?.value === 'run' ? 'run' : 'create';
    verbEnd = k + 1;
  } else if (first.value === 'volume') {
    verb = VOLUME_VERBS[words[k + 1]?.value ?? ''];
    verbEnd = k + 1;
  }
  if (verb === undefined) return undefined;
  const programToken = mapper.token(program);
  const tokens = words.slice(programIndex + 1).map((w) => mapper.token(w));
  const rangeAt = (index: number): Range => tokens[index - programIndex - 1]?.range ?? programToken.range;
  const verbRange: Range = { start: rangeAt(k).start, end: rangeAt(verbEnd).end };
  const base = {
    program: { value: programToken.value, range: programToken.range },
    verb,
    verbRange,
    tokens,
    range: { start: programToken.range.start, end: rangeAt(words.length - 1).end },
    insertFlagsAt: verbEnd + 1 < words.length ? rangeAt(verbEnd + 1).start : verbRange.end,
  };
  if (verb !== 'run' && verb !== 'create') {
    const flags = scanPlainFlags(words, verbEnd + 1).map((f) => commandFlag(f, mapper));
    return { command: withArguments(base, flags, [], [], undefined, undefined, undefined), problems: [] };
  }
  return readRunArguments(words, verbEnd + 1, mapper, base);
}

type RunBase = Omit<DockerCommand, 'flags' | 'mounts' | 'volumesFrom' | 'rm' | 'readOnlyRootfs' | 'image'>;

// Written out rather than spread: V8 builds this object many times faster, which a 2,000-line script notices.
function withArguments(
  base: RunBase,
  flags: readonly CommandFlag[],
  mounts: readonly Mount[],
  volumesFrom: readonly VolumesFrom[],
  rm: Spanned | undefined,
  readOnlyRootfs: Spanned | undefined,
  image: Spanned | undefined,
): DockerCommand {
  return {
    program: base.program, verb: base.verb, verbRange: base.verbRange, tokens: base.tokens, range: base.range,
    mounts, volumesFrom, rm, readOnlyRootfs, image, flags, insertFlagsAt: base.insertFlagsAt,
  };
}

function commandFlag(flag: ScannedFlag, mapper: WordMapper): CommandFlag {
  const first = textIndexAt(flag.word, flag.start);
  const last = textIndexAt(flag.word, flag.end - 1);
  const range =
    first === undefined || last === undefined
      ? mapper.rangeOf(flag.word)
      : mapper.lines.rangeOf(mapper.shell.offsetAt(first), mapper.shell.offsetAt(last) + 1);
  const value = flag.value === undefined ? undefined : { value: flag.value.word.value.slice(flag.value.from), range: mapper.valueRange(flag.value.word, flag.value.from) };
  return { name: flag.name, range, value };
}

function readRunArguments(words: readonly Word[], start: number, mapper: WordMapper, base: RunBase): ReadCommand {
  const scanned = scanRunArguments(words, start);
  const problems: CodedProblem[] = scanned.missingValue.map(({ flag, word }) => ({ code: CODE_OF[flag], problem: missingValue(word, mapper) }));
  const image = scanned.image !== undefined ? mapper.spanned(scanned.image) : undefined;
  const program = programName(base.program.value);
  const context: MountContext = { kind: 'command', name: `${program} ${base.verb}${image !== undefined ? ` ${image.value}` : ''}` };
  const mounts: Mount[] = [];
  const volumesFrom: VolumesFrom[] = [];
  for (const storage of scanned.storage) {
    const spec = mapper.joinedSpec(storage.words, storage.from);
    const expansions = storage.words.flatMap((w, n) => mapper.expansionOffsets(w, n === 0 ? storage.from : 0));
    // A problem inside `$VAR` or `$(...)` is a guess about text the shell replaces: not reported.
    const keep = (problem: SpecProblem): boolean => !overlapsAny(problem.range, expansions, mapper.lines);
    let found: readonly SpecProblem[];
    if (storage.flag === 'volumes-from') {
      const parsed = parseVolumesFromFlag(spec);
      if (parsed.volumesFrom !== undefined) volumesFrom.push(parsed.volumesFrom);
      found = parsed.problems;
    } else {
      const first = storage.words[0];
      const literalTilde = first !== undefined && keepsLiteralTilde(first, storage.from);
      const parsed =
        storage.flag === 'volume' ? parseVolumeFlag(spec, context, { literalTilde }) : storage.flag === 'mount' ? parseMountFlag(spec, context) : parseTmpfsFlag(spec, context);
      if (parsed.mount !== undefined) mounts.push(parsed.mount);
      found = parsed.problems;
    }
    for (const problem of found.filter(keep)) problems.push({ code: CODE_OF[storage.flag], problem });
    if (storage.words.length > 1) problems.push({ code: 'SW303', problem: splitMountProblem(storage.words, storage.from, mapper) });
  }
  const rm = scanned.rm !== undefined ? mapper.spanned(scanned.rm) : undefined;
  const readOnlyRootfs = scanned.readOnlyRootfs !== undefined ? mapper.spanned(scanned.readOnlyRootfs) : undefined;
  const flags = scanned.flags.map((f) => commandFlag(f, mapper));
  return { command: withArguments(base, flags, mounts, volumesFrom, rm, readOnlyRootfs, image), problems };
}

/** pflag's own error for a value-taking flag with nothing after it. */
function missingValue(word: Word, mapper: WordMapper): SpecProblem {
  const written = word.value;
  const error = written.startsWith('--') ? `flag needs an argument: ${written}` : `flag needs an argument: '${written.slice(-1)}' in ${written}`;
  return refusal(mapper.rangeOf(word), error, {
    en: 'The flag has no value, so the container is not created.',
    ko: '플래그에 값이 없어 컨테이너가 만들어지지 않습니다.',
  });
}

const CODE_OF: Readonly<Record<StorageFlag, RuleCode>> = { volume: 'SW302', mount: 'SW303', tmpfs: 'SW304', 'volumes-from': 'SW306' };

function overlapsAny(range: Range, spans: readonly [number, number][], lines: LineIndex): boolean {
  if (spans.length === 0) return false;
  const start = lines.offsetAt(range.start);
  const end = lines.offsetAt(range.end);
  return spans.some(([from, to]) => start < to && from < Math.max(end, start + 1));
}

