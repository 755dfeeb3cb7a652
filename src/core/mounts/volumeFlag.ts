import type { SpecProblem } from '../findings';
import { isPodman } from './dialect';
import type { MountOption, MountType } from './mount';
import { isValidLinuxMode, modeIssues, modeIssueText, modeWordSlice, readModeWords, type ModeWord } from './modes';
import type { MountContext, ParsedMount, SpecText } from './parse';
import { hasShellExpansion, isLinuxAbsolute, isLinuxRoot, isWindowsPath, isWindowsPipePath, splitOutsideExpansions, type Slice } from './paths';
import { procTargetProblem } from './procTarget';
import { refusal } from './refusal';
import { localVolumeNameProblem } from './volumeName';

// `-v` / `--volume [SRC:]DST[:MODE]`. Two readers see the spec in turn: the docker CLI (compose loader's
// ParseVolume: empty sections, too many colons, drive letters, `.`-relative host paths made absolute) and
// then the daemon's Linux parser (moby daemon/volume/mounts/linux_parser.go: ParseMountRaw).

interface VolumeSections {
  readonly sections: readonly Slice[];
  readonly problem: SpecProblem | undefined;
}

/** The CLI's split: at colons outside shell expansions, a one-letter section before a colon is a drive letter. */
function splitLikeCli(spec: SpecText): VolumeSections {
  const value = spec.value;
  const raw = value.length <= 2 ? [{ start: 0, end: value.length }] : splitOutsideExpansions(value, ':');
  const sections: Slice[] = [];
  for (let i = 0; i < raw.length; i++) {
    const slice = raw[i];
    if (slice === undefined) continue;
    const next = raw[i + 1];
    if (next !== undefined && slice.end - slice.start === 1 && /^\p{L}$/u.test(value[slice.start] ?? '')) {
      sections.push({ start: slice.start, end: next.end });
      i++;
      continue;
    }
    sections.push(slice);
  }
  const at = sections.findIndex((s) => s.end === s.start);
  if (at >= 0) {
    const empty = sections[at] ?? { start: 0, end: 0 };
    // Point at the colon(s) around the empty section, which is what the reader has to fix.
    const start = at > 0 ? empty.start - 1 : empty.start;
    const end = at < sections.length - 1 ? empty.end + 1 : empty.end;
    return {
      sections,
      problem: refusal(spec.rangeOf(start, Math.max(end, start + 1)), `invalid spec: ${value}: empty section between colons`, {
        en: 'A colon with nothing on one side: a -v spec is [SOURCE:]TARGET[:MODE] with no empty part.',
        ko: '콜론 한쪽이 비어 있습니다: -v 값은 빈 부분 없이 [원본:]대상[:모드] 형식이어야 합니다.',
      }),
    };
  }
  if (sections.length > 3) {
    const third = sections[2] ?? { start: 0, end: 0 };
    return {
      sections,
      problem: refusal(spec.rangeOf(third.end, value.length), `invalid spec: ${value}: too many colons`, {
        en: 'A -v spec has at most three parts, SOURCE:TARGET:MODE; join several modes with commas (ro,z).',
        ko: '-v 값은 원본:대상:모드 세 부분까지만 가질 수 있습니다. 모드가 여럿이면 쉼표로 이으세요(ro,z).',
      }),
    };
  }
  return { sections, problem: undefined };
}

/** What the reader of the spec knows about the shell word it came from. */
export interface VolumeFlagOptions {
  /**
   * The spec starts with a `~` the shell left alone (quoted, or not at the start of the word, as in
   * `-v '~/data:/data'` or `--volume=~/data:/data`): Docker receives `~` itself and reads a volume name.
   */
  readonly literalTilde?: boolean;
}

/** How the CLI and the daemon classify a source: host paths become binds, anything else names a volume. */
function sourceType(source: string, literalTilde: boolean): MountType {
  if (isWindowsPipePath(source)) return 'npipe';
  if (isWindowsPath(source)) return 'bind';
  if (literalTilde && source.startsWith('~')) return 'volume';
  // `/abs`; `.`-relative paths the CLI makes absolute; `~` the shell expands; `$PWD`, `$(pwd)` the shell fills in.
  if (/^[/.~$`]/.test(source)) return 'bind';
  return 'volume';
}

function modeOptions(spec: SpecText, words: readonly ModeWord[]): MountOption[] {
  return words.map((w) => ({ key: w.word, keyRange: spec.rangeOf(w.start, w.end), value: undefined, valueRange: undefined }));
}

const LITERAL_TILDE = {
  en: 'The shell expands `~` only at the start of an unquoted word, so Docker receives the `~` itself and reads a volume name. Leave the `~` unquoted at the start of the word, or write $HOME or an absolute path.',
  ko: '셸은 따옴표 없는 단어의 맨 앞에 있는 `~`만 펼치므로 Docker가 `~`를 그대로 받아 볼륨 이름으로 읽습니다. `~`를 단어 맨 앞에 따옴표 없이 두거나 $HOME 또는 절대 경로를 쓰세요.',
};

export function parseVolumeFlag(spec: SpecText, context: MountContext, reading: VolumeFlagOptions = {}): ParsedMount {
  const value = spec.value;
  if (value === '') {
    const problem = refusal(spec.range, 'invalid empty volume spec', {
      en: 'The -v value is empty.',
      ko: '-v 값이 비어 있습니다.',
    });
    return { mount: undefined, problems: [problem] };
  }
  const { sections, problem } = splitLikeCli(spec);
  if (problem !== undefined) return { mount: undefined, problems: [problem] };
  const spanned = (s: Slice) => ({ value: value.slice(s.start, s.end), range: spec.rangeOf(s.start, s.end) });
  const base = { syntax: 'volume-flag' as const, context, range: spec.range };

  const [first, second, third] = sections;
  if (first === undefined) return { mount: undefined, problems: [] };
  if (second === undefined) {
    // No source: the CLI sends it as an anonymous volume (Config.Volumes), which the daemon does not parse.
    const target = spanned(first);
    const problems: SpecProblem[] = [];
    if (!hasShellExpansion(target.value) && !isWindowsPath(target.value) && isLinuxRoot(target.value)) {
      problems.push(
        refusal(target.range, undefined, {
          en: 'An anonymous volume at / would hide the image\'s whole filesystem.',
          ko: '/에 익명 볼륨을 두면 이미지의 파일 시스템 전체가 가려집니다.',
        }, 'start'),
      );
    }
    const proc = isPodman(context) ? undefined : procTargetProblem('volume', target);
    if (proc !== undefined && problems.length === 0) problems.push(proc);
    return { mount: { ...base, type: 'volume', source: undefined, target, readOnly: false, options: [] }, problems };
  }

  const source = spanned(first);
  const target = spanned(second);
  const words = third === undefined ? [] : readModeWords(value, third);
  const options = modeOptions(spec, words);
  const readOnly = words.some((w) => w.word === 'ro');
  const literalTilde = reading.literalTilde === true && source.value.startsWith('~');
  const type = sourceType(source.value, literalTilde);

  if (isWindowsPath(source.value) || isWindowsPath(target.value)) {
    // Written for a Windows host (drive letters, pipes): the Linux parser's verdict does not apply.
    return { mount: { ...base, type, source, target, readOnly, options }, problems: [] };
  }

  const problems: SpecProblem[] = [];
  const invalidSpec = `invalid volume specification: '${value}'`;
  if (third === undefined && !isPodman(context) && isValidLinuxMode(target.value)) {
    const mode = target.value;
    problems.push(
      refusal(target.range, invalidSpec, {
        en: `\`${mode}\` is read as a mode, so the spec has no container path: write SOURCE:TARGET:${mode}.`,
        ko: `\`${mode}\`은(는) 모드로 읽혀서 컨테이너 경로가 없습니다: 원본:대상:${mode} 형식으로 쓰세요.`,
      }),
    );
    return { mount: undefined, problems };
  }

  const podman = isPodman(context);
  if (third !== undefined && !podman && !hasShellExpansion(value.slice(third.start, third.end))) {
    const mode = value.slice(third.start, third.end);
    for (const issue of modeIssues(words)) {
      const at = modeWordSlice(issue.word, third);
      problems.push(refusal(spec.rangeOf(at.start, at.end), `invalid mode: ${mode}`, modeIssueText(issue)));
    }
  }

  const mountConfig = (t: MountType) => `${invalidSpec}: invalid mount config for type "${t}"`;
  if (!hasShellExpansion(target.value)) {
    if (isLinuxRoot(target.value)) {
      problems.push(
        refusal(target.range, `${mountConfig(type)}: invalid specification: destination can't be '/'`, {
          en: 'The container path cannot be / itself.',
          ko: '컨테이너 경로는 / 자체일 수 없습니다.',
        }),
      );
    } else if (!isLinuxAbsolute(target.value)) {
      problems.push(
        refusal(target.range, `${mountConfig(type)}: invalid mount path: '${target.value}' mount path must be absolute`, {
          en: `The container path \`${target.value}\` must be absolute (start with /).`,
          ko: `컨테이너 경로 \`${target.value}\`은(는) 절대 경로(/로 시작)여야 합니다.`,
        }),
      );
    }
  }

  for (const word of podman ? [] : words) {
    if (type === 'bind' && word.group === 'copy') {
      problems.push(
        refusal(spec.rangeOf(word.start, word.end), `${mountConfig('bind')}: field VolumeOptions must not be specified`, {
          en: '`nocopy` applies to volumes only; a bind mount never copies image content.',
          ko: '`nocopy`는 볼륨에만 쓸 수 있습니다. 바인드 마운트는 이미지 내용을 복사하지 않습니다.',
        }),
      );
    }
    if (type === 'volume' && word.group === 'propagation') {
      problems.push(
        refusal(spec.rangeOf(word.start, word.end), `${mountConfig('volume')}: field BindOptions must not be specified`, {
          en: `Propagation (\`${word.word}\`) applies to bind mounts only, and \`${source.value}\` names a volume.`,
          ko: `전파 방식(\`${word.word}\`)은 바인드 마운트에만 쓸 수 있는데 \`${source.value}\`은(는) 볼륨 이름입니다.`,
        }),
      );
    }
  }

  if (type === 'volume' && !podman && !hasShellExpansion(source.value)) {
    const nameProblem = localVolumeNameProblem(source.value);
    const explanation = literalTilde ? LITERAL_TILDE : nameProblem?.explanation;
    if (nameProblem !== undefined && explanation !== undefined) problems.push(refusal(source.range, nameProblem.dockerError, explanation));
  }

  // Refused only once the container starts, so it matters only when nothing above stops the create.
  const proc = podman ? undefined : procTargetProblem(type, target);
  if (proc !== undefined && problems.length === 0) problems.push(proc);

  return { mount: { ...base, type, source, target, readOnly, options }, problems };
}
