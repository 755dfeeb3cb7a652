import type { CodedProblem } from '../../document';
import type { Mount } from '../../mounts/mount';
import type { LineIndex } from '../../text';
import { findProgram, readDockerCommand } from './command';
import type { DockerCommand } from './model';
import { endOffset, mappedShell, subShell, verbatimShell } from './shellText';
import type { ShellText } from './shellText';
import { tokenize } from './tokenize';
import type { Word } from './tokenize';
import { WordMapper } from './words';

export interface FoundCommands {
  readonly commands: readonly DockerCommand[];
  readonly mounts: readonly Mount[];
  readonly problems: readonly CodedProblem[];
}

/**
 * Finds docker/podman command lines in a piece of shell text that starts at `offset` in the document
 * (a whole script, a Makefile recipe line, a Markdown fence body, a workflow `run:` block, a Dockerfile RUN).
 */
export function findDockerCommands(shellText: string, offset: number, lines: LineIndex): FoundCommands {
  return findInShell(verbatimShell(shellText, offset), lines);
}

/** The same for shell text whose characters map to scattered document offsets. */
export function findInShell(shell: ShellText, lines: LineIndex): FoundCommands {
  const commands: DockerCommand[] = [];
  const problems: CodedProblem[] = [];
  collect(shell, lines, commands, problems, 0);
  commands.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { commands, mounts: commands.flatMap((c) => c.mounts), problems };
}

/** Command substitutions nest; past this depth the text is not read further. */
const MAX_DEPTH = 8;
const DOCKER_OR_PODMAN = /docker|podman/;

function collect(shell: ShellText, lines: LineIndex, commands: DockerCommand[], problems: CodedProblem[], depth: number): void {
  const { commands: simple, substitutions } = tokenize(shell.text);
  const mapper = new WordMapper(shell, lines);
  for (const { words } of simple) {
    const programIndex = findProgram(words);
    if (programIndex === -1) {
      // `sh -c 'docker run ...'`: the quoted script is shell text of its own.
      const script = inlineScript(words);
      if (script !== undefined && depth < MAX_DEPTH && DOCKER_OR_PODMAN.test(script.value)) {
        collect(wordShell(shell, script), lines, commands, problems, depth + 1);
      }
      continue;
    }
    const read = readDockerCommand(words, programIndex, mapper);
    if (read === undefined) continue;
    commands.push(read.command);
    problems.push(...read.problems);
  }
  if (depth >= MAX_DEPTH) return;
  // `CID=$(docker run -d -v /data busybox)`: the command inside a substitution runs too.
  for (const [start, end] of substitutions) {
    if (DOCKER_OR_PODMAN.test(shell.text.slice(start, end))) {
      collect(subShell(shell, start, end), lines, commands, problems, depth + 1);
    }
  }
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh']);

/** The script word of `sh -c SCRIPT` (also `bash -lc`, `sudo sh -c`), if the command is one. */
function inlineScript(words: readonly Word[]): Word | undefined {
  let k = 0;
  while (k < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k]?.value ?? '') || ['sudo', 'exec', 'command', 'env', 'nohup'].includes(words[k]?.value ?? ''))) k++;
  const name = words[k]?.value.split('/').pop() ?? '';
  if (!SHELLS.has(name)) return undefined;
  for (let n = k + 1; n < words.length; n++) {
    const option = words[n]?.value ?? '';
    if (!option.startsWith('-')) return undefined;
    if (/^-[a-z]*c[a-z]*$/.test(option)) return words[n + 1];
  }
  return undefined;
}

/** A word's value as shell text, each character still mapped to where it was written. */
function wordShell(shell: ShellText, word: Word): ShellText {
  return mappedShell(word.value, word.valueIndex.map((index) => shell.offsetAt(index)), endOffset(shell, word.end));
}
