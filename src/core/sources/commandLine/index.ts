import type { CodedProblem, SourceResult } from '../../document';
import type { LineIndex } from '../../text';
import { findInShell } from './find';
import { makefileShell } from './makefile';
import { markdownShell } from './markdown';
import type { DockerCommand } from './model';
import { verbatimShell } from './shellText';
import type { ShellText } from './shellText';
import { workflowShells } from './workflow';

export type CommandLineKind = 'shell' | 'makefile' | 'markdown' | 'workflow';

export { findDockerCommands, findInShell } from './find';
export type { FoundCommands } from './find';

/** Reads the docker command lines of a shell script, Makefile, Markdown document or workflow. */
export function readCommandLines(text: string, kind: CommandLineKind, lines: LineIndex): SourceResult {
  const shells = shellTextsOf(text, kind);
  const commands: DockerCommand[] = [];
  const problems: CodedProblem[] = [];
  for (const shell of shells) {
    const found = findInShell(shell, lines);
    commands.push(...found.commands);
    problems.push(...found.problems);
  }
  return { mounts: commands.flatMap((c) => c.mounts), commands, problems };
}

export function shellTextsOf(text: string, kind: CommandLineKind): ShellText[] {
  switch (kind) {
    case 'shell':
      return [verbatimShell(text, 0)];
    case 'makefile':
      return [makefileShell(text)];
    case 'markdown':
      return [markdownShell(text)];
    case 'workflow':
      return workflowShells(text);
  }
}
