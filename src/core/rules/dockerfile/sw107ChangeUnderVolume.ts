// With the legacy builder, what a later RUN writes under a declared VOLUME is thrown away (the step's
// container gets a fresh volume there); BuildKit keeps it, so the same Dockerfile builds two different
// images. COPY and ADD write into the layer directly: the legacy builder keeps their files too (checked
// on Engine 20.10), so they are not reported.
import { joinPath } from '../../sources/dockerfile/posixPath';
import type { Mount } from '../../mounts/mount';
import type { DockerfileStage, DockerfileStep, ShellWord } from '../../sources/dockerfile/model';
import type { Range } from '../../text';
import type { Rule } from '../rule';

/** Commands that only read: naming a path under a volume does not change it. */
const READ_ONLY_COMMANDS = new Set([
  'ls', 'cat', 'echo', 'printf', 'test', '[', '[[', 'stat', 'grep', 'egrep', 'fgrep', 'head', 'tail', 'du', 'df',
  'which', 'readlink', 'realpath', 'file', 'wc', 'diff', 'cmp', 'md5sum', 'sha1sum', 'sha256sum', 'true', 'false',
  'pwd', 'id', 'whoami', 'sleep', 'exit', 'set', 'export', 'cd', 'type', 'command', 'less', 'more', 'tree',
]);

interface Change {
  readonly range: Range;
  readonly path: string;
  readonly how: 'path' | 'workdir';
}

export const sw107ChangeUnderVolume: Rule = {
  code: 'SW107',
  defaultSeverity: 'info',
  title: { en: 'Change under a declared VOLUME', ko: '선언된 VOLUME 아래 변경' },
  check(document, context) {
    // Every VOLUME looks at each later step again; what a step may change does not depend on the volume.
    const candidates = new Map<DockerfileStep, readonly Change[]>();
    const changesOf = (step: DockerfileStep): readonly Change[] => {
      let found = candidates.get(step);
      if (found === undefined) {
        found = possibleChanges(step);
        candidates.set(step, found);
      }
      return found;
    };
    for (const stage of document.dockerfile?.stages ?? []) {
      for (const volume of stage.volumes) {
        const volumePath = volume.recordedTarget ?? '';
        // `/` would make every step a change; relative paths have no fixed place to compare.
        if (!volumePath.startsWith('/') || volumePath === '/') continue;
        const root = joinPath('/', volumePath);
        for (const step of stepsAfter(stage, volume)) {
          const change = changesOf(step).find((c) => isUnder(c.path, root));
          if (change === undefined) continue;
          const line = volume.range.start.line + 1;
          const what = step.keyword;
          const detail =
            change.how === 'workdir'
              ? { en: `runs in \`${change.path}\`, under`, ko: `\`${change.path}\`에서 실행되며, 이는` }
              : { en: `changes \`${change.path}\`, under`, ko: `\`${change.path}\`를 변경하며, 이는` };
          context.report({
            range: change.range,
            message: {
              en: `${what} ${detail.en} VOLUME \`${volumePath}\` (line ${line}): the legacy builder discards this change and BuildKit keeps it, so the image depends on the builder.`,
              ko: `${what} 명령이 ${detail.ko} VOLUME \`${volumePath}\`(${line}행) 아래입니다: 레거시 빌더는 이 변경을 버리고 BuildKit은 유지하므로 이미지가 빌더에 따라 달라집니다.`,
            },
          });
        }
      }
    }
  },
};

function stepsAfter(stage: DockerfileStage, volume: Mount): DockerfileStep[] {
  const at = volume.range.start;
  return stage.steps.filter((s) => s.range.start.line > at.line || (s.range.start.line === at.line && s.range.start.character > at.character));
}

function isUnder(path: string, root: string): boolean {
  return path === root || path.startsWith(root + '/');
}

/**
 * Every path a RUN step may change, in the order the step names them: its redirect targets and path
 * arguments, then the working directory of each command that is not read-only. The first one under a
 * volume is the change reported.
 */
function possibleChanges(step: DockerfileStep): Change[] {
  if (step.keyword !== 'RUN') return [];
  const changes: Change[] = [];
  let cwd = step.workdir ?? '/';
  for (const command of step.commands ?? []) {
    for (const redirect of command.redirects) {
      const path = pathOf(redirect, cwd, true);
      if (path !== undefined) changes.push({ range: redirect.range, path, how: 'path' });
    }
    const name = command.name;
    if (name === undefined) continue;
    if (name.value === 'cd') {
      const to = command.args[0]?.value;
      cwd = to === undefined || to.startsWith('$') || to === '-' ? cwd : joinPath(cwd, to);
      continue;
    }
    if (READ_ONLY_COMMANDS.has(baseName(name.value))) continue;
    for (const arg of command.args) {
      const path = pathOf(arg, cwd, false);
      if (path !== undefined) changes.push({ range: arg.range, path, how: 'path' });
    }
    changes.push({ range: name.range, path: cwd, how: 'workdir' });
  }
  return changes;
}

/** The path an absolute argument (or `--opt=/path`) names; redirect targets may also be relative. */
function pathOf(word: ShellWord, cwd: string, relativeToo: boolean): string | undefined {
  const value = word.value.includes('=') && word.value.startsWith('-') ? word.value.slice(word.value.indexOf('=') + 1) : word.value;
  if (value === '' || value.includes('$')) return undefined;
  if (!value.startsWith('/') && !relativeToo) return undefined;
  return joinPath(cwd, value);
}

function baseName(command: string): string {
  return command.slice(command.lastIndexOf('/') + 1);
}
