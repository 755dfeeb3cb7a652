import type { CodedProblem } from '../../document';
import type { Mount, MountContext } from '../../mounts/mount';
import { parseRunMount } from '../../mounts/runMount';
import { mappedSpec } from '../../mounts/specText';
import type { LineIndex, Range } from '../../text';
import { findDockerCommands } from '../commandLine/find';
import { readHeredocs, shellTextForCommands } from './heredoc';
import { parseJsonStringArray } from './jsonArray';
import type { MappedText } from './mappedText';
import { mappedRange, offsetOf, offsetsOf, sliceMapped, trimMapped } from './mappedText';
import type { ShellCommand } from './model';
import { extractFlags } from './runFlags';
import type { StageScope } from './scope';
import { readShellCommands } from './shellCommands';

const ENGINE_WORD = /\b(?:docker|podman)\b/;

export interface ReadRun {
  readonly runMounts: Mount[];
  readonly problems: CodedProblem[];
  readonly shellCommands: ShellCommand[];
  readonly found: ReturnType<typeof findDockerCommands>;
}

/**
 * A RUN instruction: its `--mount` flags become mounts (and SW110 problems), and its shell text (with any
 * heredoc script) goes to the command-line reader and, once the stage has a VOLUME, to SW107's reading.
 */
export function readRun(text: string, args: MappedText, next: number, scope: StageScope, hasVolumes: boolean, context: MountContext, escape: string, lines: LineIndex): ReadRun {
  const runMounts: Mount[] = [];
  const problems: CodedProblem[] = [];
  const { flags, rest } = extractFlags(args);
  for (const flag of flags) {
    const eq = flag.text.indexOf('=');
    const name = flag.text.slice(2, eq < 0 ? undefined : eq);
    if (name !== 'mount') continue;
    if (eq < 0) {
      problems.push(refusal(mappedRange(flag, lines), 'flag', 'Missing a value on flag: mount'));
      continue;
    }
    const value = sliceMapped(flag, eq + 1, flag.text.length);
    if (value.text === '') {
      problems.push(refusal(mappedRange(flag, lines), 'mount', 'failed to parse csv mounts: EOF'));
      continue;
    }
    const spec = mappedSpec(value.text, offsetsOf(value), offsetOf(flag, eq + 1), flag.end, lines);
    const parsed = parseRunMount(spec, context, { escape, lookup: scope.lookup, workdir: scope.workdir });
    if (parsed.mount !== undefined) runMounts.push(parsed.mount);
    for (const problem of parsed.problems) problems.push({ code: 'SW110', problem });
  }

  const command = trimMapped(sliceMapped(args, rest, args.text.length));
  const empty = { commands: [], mounts: [], problems: [] };
  // The JSON (exec) form runs no shell.
  if (command.text === '' || (command.text.startsWith('[') && parseJsonStringArray(command.text) !== undefined)) {
    return { runMounts, problems, shellCommands: [], found: empty };
  }
  const shellParts: MappedText[] = [command];
  if (command.text.includes('<<')) {
    for (const heredoc of readHeredocs(text, command, next)) if (heredoc.isScript) shellParts.push(heredoc.body);
  }
  // Only SW107 reads the commands, and only after a VOLUME in the same stage.
  const shellCommands = hasVolumes ? shellParts.flatMap((part) => readShellCommands(part, lines)) : [];
  // Most RUN lines name no container engine; skipping them keeps large Dockerfiles cheap.
  const found = shellParts
    .filter((part) => ENGINE_WORD.test(part.text))
    .map((part) => {
      const shell = shellTextForCommands(text, part, escape);
      return findDockerCommands(shell.text, shell.offset, lines);
    });
  return {
    runMounts,
    problems,
    shellCommands,
    found: {
      commands: found.flatMap((f) => f.commands),
      mounts: found.flatMap((f) => f.mounts),
      problems: found.flatMap((f) => f.problems),
    },
  };
}

function refusal(range: Range, what: 'flag' | 'mount', dockerText: string): CodedProblem {
  const ko = what === 'flag' ? '플래그' : '마운트';
  return {
    code: 'SW110',
    problem: {
      range,
      message: {
        en: `Docker refuses this ${what}: "${dockerText}"; the build fails.`,
        ko: `Docker가 이 ${ko}를 거부합니다: "${dockerText}" — 빌드가 실패합니다.`,
      },
    },
  };
}
