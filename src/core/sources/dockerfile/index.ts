// Reads a Dockerfile into stages, ARG/ENV scopes, VOLUME and RUN --mount mounts, and the docker command
// lines inside RUN. dockerfile-ast finds the instructions and the escape directive; the arguments are
// then read the way Docker's own parser reads them, so the paths match what the image records.
import { DockerfileParser } from 'dockerfile-ast';
import type { CodedProblem, AnalyzeOptions, SourceResult } from '../../document';
import { parseDockerfileVolume } from '../../mounts/dockerfileVolume';
import type { Mount, MountContext } from '../../mounts/mount';
import type { LineIndex, Spanned } from '../../text';
import type { DockerCommand } from '../commandLine/model';
import { logicalLine } from './logicalLine';
import type { MappedText } from './mappedText';
import { mappedRange, splitQuotedWords, trimMapped } from './mappedText';
import type { DockerfileDocument, DockerfileStage, DockerfileStep, DockerfileVariable } from './model';
import { readRun } from './runInstruction';
import { GlobalScope, StageScope } from './scope';
import { copyDestination } from './copyDestination';
import { readVariables } from './variables';
import { processWord } from './wordExpansion';
import { joinPath } from './posixPath';

export type * from './model';

interface StageBuilder {
  readonly index: number;
  readonly name: Spanned | undefined;
  readonly start: number;
  end: number;
  readonly baseImage: Spanned | undefined;
  readonly parentStage: number | undefined;
  readonly scope: StageScope;
  readonly volumes: Mount[];
  readonly runMounts: Mount[];
  readonly variables: DockerfileVariable[];
  readonly steps: DockerfileStep[];
}

export function readDockerfile(text: string, lines: LineIndex, _options: AnalyzeOptions): SourceResult {
  const parsed = DockerfileParser.parse(text);
  const escape = parsed.getEscapeCharacter();
  const global = new GlobalScope();
  const globalArgs: DockerfileVariable[] = [];
  const stages: StageBuilder[] = [];
  const stageNames = new Map<string, StageBuilder>();
  const mounts: Mount[] = [];
  const commands: DockerCommand[] = [];
  const problems: CodedProblem[] = [];

  for (const instruction of parsed.getInstructions()) {
    const keyword = instruction.getKeyword();
    const keywordRange = instruction.getInstructionRange();
    const start = lines.offsetAt(instruction.getRange().start);
    const { line, next } = logicalLine(text, lines.offsetAt(keywordRange.end), escape);
    const args = trimMapped(line);
    const stage = stages[stages.length - 1];
    if (stage !== undefined && keyword !== 'FROM') stage.end = Math.max(stage.end, line.end);
    const range = lines.rangeOf(start, Math.max(line.end, lines.offsetAt(keywordRange.end)));

    if (keyword === 'FROM') {
      const started = startStage(args, stages, stageNames, global, escape, lines, start, line.end);
      stages.push(started);
      if (started.name !== undefined) stageNames.set(started.name.value.toLowerCase(), started);
      continue;
    }
    if (keyword === 'ARG') {
      const defined = readVariables('ARG', args, escape, stage?.scope.lookup ?? global.lookup, lines);
      for (const variable of defined) {
        if (stage === undefined) global.args.set(variable.name.value, variable.value ?? null);
        else stage.scope.declareArg(variable.name.value, variable.value);
      }
      (stage?.variables ?? globalArgs).push(...defined);
      continue;
    }
    // Docker refuses every other instruction before the first FROM; nothing more to read there.
    if (stage === undefined) continue;
    const context: MountContext = { kind: 'dockerfile', name: stage.name?.value ?? String(stage.index) };
    switch (keyword) {
      case 'ENV': {
        const defined = readVariables('ENV', args, escape, stage.scope.lookup, lines);
        for (const variable of defined) stage.scope.env.set(variable.name.value, variable.value ?? '');
        stage.variables.push(...defined);
        break;
      }
      case 'WORKDIR': {
        const path = processWord(args.text, escape, stage.scope.lookup).value;
        if (path !== '') stage.scope.workdir = joinPath(stage.scope.workdir ?? '/', path);
        stage.steps.push({ keyword, range, keywordRange, workdir: stage.scope.workdir });
        break;
      }
      case 'VOLUME': {
        if (args.text === '') {
          problems.push({
            code: 'SW103',
            problem: {
              range: keywordRange,
              message: {
                en: 'Docker refuses a VOLUME without a path: "VOLUME requires at least one argument"; the build fails.',
                ko: 'Docker는 경로 없는 VOLUME을 거부합니다: "VOLUME requires at least one argument" — 빌드가 실패합니다.',
              },
            },
          });
          break;
        }
        const volume = parseDockerfileVolume({
          args,
          escape,
          lookup: stage.scope.lookup,
          globalOnly: stage.scope.isGlobalOnly,
          workdir: stage.scope.workdir,
          lineStart: { line: range.start.line, character: 0 },
          context,
          lines,
        });
        stage.volumes.push(...volume.mounts);
        mounts.push(...volume.mounts);
        problems.push(...volume.problems);
        break;
      }
      case 'COPY':
      case 'ADD': {
        const destination = stage.volumes.length > 0 ? copyDestination(args, escape, stage.scope, lines) : undefined;
        stage.steps.push(
          destination === undefined
            ? { keyword, range, keywordRange, workdir: stage.scope.workdir }
            : { keyword, range, keywordRange, workdir: stage.scope.workdir, destination },
        );
        break;
      }
      case 'RUN': {
        const run = readRun(text, args, next, stage.scope, stage.volumes.length > 0, context, escape, lines);
        stage.runMounts.push(...run.runMounts);
        mounts.push(...run.runMounts, ...run.found.mounts);
        commands.push(...run.found.commands);
        problems.push(...run.problems, ...run.found.problems);
        stage.steps.push({ keyword, range, keywordRange, workdir: stage.scope.workdir, commands: run.shellCommands });
        break;
      }
      default:
        break;
    }
  }

  const dockerfile: DockerfileDocument = {
    stages: stages.map(finishStage(lines)),
    globalArgs,
    escapeCharacter: escape,
  };
  return { mounts, commands, problems, dockerfile };
}

function startStage(args: MappedText, stages: readonly StageBuilder[], stageNames: ReadonlyMap<string, StageBuilder>, global: GlobalScope, escape: string, lines: LineIndex, start: number, end: number): StageBuilder {
  const words = splitQuotedWords(args, escape).filter((w) => !w.text.startsWith('--'));
  const image = words[0];
  const as = words[1];
  const alias = as !== undefined && as.text.toLowerCase() === 'as' ? words[2] : undefined;
  const imageName = image === undefined ? undefined : processWord(image.text, escape, global.lookup).value;
  const parent = imageName === undefined ? undefined : stageNames.get(imageName.toLowerCase());
  return {
    index: stages.length,
    name: alias === undefined ? undefined : { value: alias.text, range: mappedRange(alias, lines) },
    start,
    end,
    baseImage: image === undefined ? undefined : { value: image.text, range: mappedRange(image, lines) },
    parentStage: parent?.index,
    scope: new StageScope(global, parent?.scope),
    volumes: [],
    runMounts: [],
    variables: [],
    steps: [],
  };
}

function finishStage(lines: LineIndex): (stage: StageBuilder) => DockerfileStage {
  return (stage) => ({
    index: stage.index,
    name: stage.name,
    range: lines.rangeOf(stage.start, stage.end),
    volumes: stage.volumes,
    runMounts: stage.runMounts,
    baseImage: stage.baseImage,
    parentStage: stage.parentStage,
    variables: stage.variables,
    steps: stage.steps,
  });
}
