// What Docker does with a VOLUME path it takes differently from how it reads: the findings for SW102-SW106.
import type { Fix, RuleCode } from '../../findings';
import type { Localized } from '../../l10n';
import type { Range } from '../../text';
import type { DockerfileVolumeInput } from '../../mounts/dockerfileVolume';
import type { MappedText } from './mappedText';
import { mappedRange } from './mappedText';
import { parseJsonStringArray } from './jsonArray';
import { joinPath } from './posixPath';
import type { VariableUse } from './wordExpansion';
import { processWord } from './wordExpansion';

/** One path of a VOLUME: the text as written and the path Docker records. */
export interface VolumePath {
  readonly range: Range;
  readonly raw: string;
  readonly recorded: string;
  readonly variables: readonly VariableUse[];
  /** Document range of each variable use. */
  readonly variableRanges: readonly Range[];
  /** Docker's error when it cannot read the word (the build fails). */
  readonly error?: string;
}

export type Reporter = (code: RuleCode, range: Range, message: Localized, fixes?: readonly Fix[]) => void;

/**
 * A shell-form word with an unbalanced quote: Docker splits at spaces before it reads quotes, so
 * `VOLUME "/my data"` fails. The JSON form keeps the spaces.
 */
export function reportUnreadableWord(args: MappedText, path: VolumePath, input: DockerfileVolumeInput, report: Reporter): void {
  const whole = processWord(args.text, input.escape, input.lookup);
  // The spaces hint is for the shell form only; a JSON string keeps its spaces already.
  const quote = path.error?.includes('matching') === true && !args.text.startsWith('[');
  // Offered only for one quoted path, the case where the intent is plain.
  const single = /^(["'])[^"']*\1$/.test(args.text);
  const fixes: Fix[] =
    single && whole.error === undefined && whole.value.trim() !== ''
      ? [
          {
            title: { en: 'Write the path in the JSON form', ko: 'JSON 형식으로 경로 쓰기' },
            edits: [{ range: mappedRange(args, input.lines), newText: JSON.stringify([whole.value]) }],
            preferred: true,
          },
        ]
      : [];
  report(
    'SW103',
    path.range,
    {
      en: `Docker cannot read this VOLUME word: "${path.error}"; the build fails.` + (quote ? ' VOLUME splits at spaces before it reads quotes, so a path with spaces needs the JSON form.' : ''),
      ko: `Docker가 이 VOLUME 단어를 읽을 수 없습니다: "${path.error}" — 빌드가 실패합니다.` + (quote ? ' VOLUME은 따옴표를 읽기 전에 공백에서 나누므로 공백이 있는 경로는 JSON 형식이 필요합니다.' : ''),
    },
    fixes,
  );
}

function quoteList(paths: readonly VolumePath[]): string {
  return paths.map((p) => '`' + p.recorded + '`').join(', ');
}

/** `[...]` that is not valid JSON: SW102 when single quotes are the reason, SW103 otherwise. */
export function reportMalformed(args: MappedText, range: Range, paths: readonly VolumePath[], report: Reporter): void {
  const broken = paths.find((p) => p.error !== undefined);
  const recorded = quoteList(paths.filter((p) => p.recorded !== ''));
  const doubleQuoted = args.text.replace(/'/g, '"');
  const reparsed = args.text.includes("'") ? parseJsonStringArray(doubleQuoted) : undefined;
  const singleQuoted = Array.isArray(reparsed) ? reparsed : undefined;
  if (singleQuoted !== undefined) {
    const intended = singleQuoted.map((p) => '`' + p + '`').join(', ');
    report(
      'SW102',
      range,
      {
        en: `VOLUME JSON is written with single quotes, which JSON does not allow: Docker reads the line as plain words and records ${recorded} instead of ${intended}.`,
        ko: `VOLUME JSON이 JSON에서 허용하지 않는 작은따옴표로 작성되었습니다: Docker는 이 줄을 일반 단어로 읽어 ${intended} 대신 ${recorded}을(를) 기록합니다.`,
      },
      [
        {
          title: { en: 'Rewrite the array with double quotes', ko: '큰따옴표로 배열 다시 쓰기' },
          edits: [{ range, newText: JSON.stringify(singleQuoted).replace(/","/g, '", "') }],
          preferred: true,
        },
      ],
    );
    return;
  }
  if (broken?.error !== undefined) {
    report('SW103', broken.range, {
      en: `The VOLUME JSON array is malformed, and Docker cannot read it as plain words either: "${broken.error}"; the build fails.`,
      ko: `VOLUME JSON 배열 형식이 잘못되었고 일반 단어로도 읽을 수 없습니다: "${broken.error}" — 빌드가 실패합니다.`,
    });
    return;
  }
  report('SW103', range, {
    en: `The VOLUME JSON array is malformed: Docker reads the line as plain words and records ${recorded}.`,
    ko: `VOLUME JSON 배열 형식이 잘못되었습니다: Docker는 이 줄을 일반 단어로 읽어 ${recorded}을(를) 기록합니다.`,
  });
}

export function reportUndefinedVariables(path: VolumePath, input: DockerfileVolumeInput, report: Reporter): number {
  let count = 0;
  path.variables.forEach((variable, i) => {
    // `${X-default}` and `${X:-default}` fall back on purpose; `${X?}` is Docker's own check.
    if (variable.declared || variable.modifier.endsWith('-') || variable.modifier.endsWith('?')) return;
    count++;
    const range = path.variableRanges[i] ?? path.range;
    const ref = '`' + refText(variable) + '`';
    const outcome: Localized =
      path.recorded === ''
        ? {
            en: 'the path is empty and the build fails: "VOLUME specified can not be an empty string".',
            ko: '경로가 비어 빌드가 실패합니다: "VOLUME specified can not be an empty string".',
          }
        : { en: `Docker records \`${path.recorded}\`.`, ko: `Docker는 \`${path.recorded}\`을(를) 기록합니다.` };
    if (input.globalOnly(variable.name)) {
      report(
        'SW106',
        range,
        {
          en: `${ref} comes from an ARG before the first FROM, which a stage sees only after its own \`ARG ${variable.name}\`: here it expands to empty, so ${outcome.en}`,
          ko: `${ref}는 첫 FROM 앞의 ARG에서 오며, 스테이지 안에서 \`ARG ${variable.name}\`로 다시 선언해야 보입니다: 여기서는 빈 값으로 확장되어 ${outcome.ko}`,
        },
        [
          {
            title: { en: `Declare \`ARG ${variable.name}\` in this stage`, ko: `이 스테이지에 \`ARG ${variable.name}\` 선언` },
            edits: [{ range: { start: input.lineStart, end: input.lineStart }, newText: `ARG ${variable.name}\n` }],
            preferred: true,
          },
        ],
      );
      return;
    }
    report('SW106', range, {
      en: `${ref} is not defined by an earlier ARG or ENV: unless the base image sets it, it expands to empty at build time, so ${outcome.en}`,
      ko: `${ref}는 앞선 ARG나 ENV에서 정의되지 않았습니다: 베이스 이미지가 설정하지 않는 한 빌드 시 빈 값으로 확장되어 ${outcome.ko}`,
    });
  });
  return count;
}

function refText(variable: VariableUse): string {
  return variable.modifier === '' ? `$${variable.name}` : `\${${variable.name}${variable.modifier}…}`;
}

/** Windows containers take drive paths (`C:\data`, `c:/data`); they are absolute, not host binds. */
const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;

export function checkPath(path: VolumePath, input: DockerfileVolumeInput, report: Reporter): void {
  const recorded = path.recorded;
  if (WINDOWS_DRIVE.test(recorded)) return;
  const colon = recorded.indexOf(':');
  // `/host:/ctr` or `name:/ctr`: a container path after the colon is what `-v` would bind.
  if (colon > 0 && /^[/\\]/.test(recorded.slice(colon + 1))) {
    const containerPath = recorded.slice(colon + 1).replace(/:(ro|rw|z|Z)$/, '');
    const fixes: Fix[] =
      path.raw === recorded && containerPath.startsWith('/')
        ? [
            {
              title: { en: `Keep only the container path \`${containerPath}\``, ko: `컨테이너 경로 \`${containerPath}\`만 남기기` },
              edits: [{ range: path.range, newText: containerPath }],
              preferred: true,
            },
          ]
        : [];
    report(
      'SW104',
      path.range,
      {
        en: `\`${recorded}\` reads like a host bind, but a Dockerfile cannot bind a host directory: Docker records the whole string as one container path.`,
        ko: `\`${recorded}\`는 호스트 바인드처럼 보이지만 Dockerfile은 호스트 디렉터리를 바인드할 수 없습니다: Docker는 전체 문자열을 하나의 컨테이너 경로로 기록합니다.`,
      },
      fixes,
    );
    return;
  }
  if (!recorded.startsWith('/') && !recorded.startsWith('\\')) {
    // The engine mounts a relative VOLUME path from the container's root, whatever WORKDIR says.
    const mounted = joinPath('/', recorded);
    const underWorkdir = input.workdir !== undefined && input.workdir !== '/' ? joinPath(input.workdir, recorded) : undefined;
    const fixes: Fix[] = [];
    if (path.raw === recorded) {
      fixes.push({ title: { en: `Write \`${mounted}\``, ko: `\`${mounted}\`로 쓰기` }, edits: [{ range: path.range, newText: mounted }], preferred: true });
      if (underWorkdir !== undefined) {
        fixes.push({ title: { en: `Use \`${underWorkdir}\` under WORKDIR`, ko: `WORKDIR 아래 \`${underWorkdir}\` 사용` }, edits: [{ range: path.range, newText: underWorkdir }] });
      }
    }
    const workdirNote =
      underWorkdir === undefined ? { en: '', ko: '' } : { en: `, not at \`${underWorkdir}\` under WORKDIR`, ko: ` (WORKDIR 아래 \`${underWorkdir}\`가 아님)` };
    report(
      'SW105',
      path.range,
      {
        en: `\`${recorded}\` is not an absolute path: Docker records it as written and containers get the volume at \`${mounted}\`${workdirNote.en}.`,
        ko: `\`${recorded}\`는 절대 경로가 아닙니다: Docker는 쓰인 그대로 기록하고 컨테이너는 볼륨을 \`${mounted}\`에 받습니다${workdirNote.ko}.`,
      },
      fixes,
    );
  }
}
