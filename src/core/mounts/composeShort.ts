import type { SpecProblem } from '../findings';
import type { Localized } from '../l10n';
import type { Mount, MountOption, MountType } from './mount';
import type { MountContext, ParsedMount, SpecText } from './parse';

// Compose short syntax `[SOURCE:]TARGET[:MODE]`, split the way compose-go's ParseVolume splits it:
// colons inside `${...}` do not split, a colon after a single letter is a Windows drive, an empty
// section or a fourth section is refused. Compose interpolates before it parses, so a section that
// holds a variable is checked only for what no value of the variable can change.

export const COMPOSE_MODES = {
  access: ['ro', 'rw'],
  propagation: ['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'],
  selinux: ['z', 'Z'],
  copy: ['nocopy'],
  // Docker Desktop's old consistency hints: Compose drops them, the engine ignores them.
  consistency: ['consistent', 'cached', 'delegated'],
} as const;

const KNOWN_MODES = new Set<string>(Object.values(COMPOSE_MODES).flat());

interface Section {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly interpolated: boolean;
}

/** Whether a value holds `$VAR` or `${...}` (a literal `$$` does not count). */
export function hasInterpolation(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '$') continue;
    if (value[i + 1] === '$') {
      i++;
      continue;
    }
    if (value[i + 1] === '{' || /[A-Za-z_]/.test(value[i + 1] ?? '')) return true;
  }
  return false;
}

/** A container path Docker takes as absolute: `/x`, or on Windows `C:\x`, `C:/x`, `\\.\pipe\x`. */
export function isAbsoluteContainerPath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** compose-go's rule for a short-syntax source: a path when it starts like one, else a volume name. */
export function isHostPathSource(source: string): boolean {
  return /^[./~]/.test(source) || source.startsWith('\\\\') || /^[A-Za-z]:/.test(source);
}

function split(value: string): { sections: Section[]; colons: number[] } {
  const sections: Section[] = [];
  const colons: number[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number): void => {
    const text = value.slice(start, end);
    sections.push({ start, end, text, interpolated: hasInterpolation(text) });
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '$' && value[i + 1] === '$') {
      i++;
    } else if (c === '$' && value[i + 1] === '{') {
      depth++;
      i++;
    } else if (c === '}' && depth > 0) {
      depth--;
    } else if (c === ':' && depth === 0) {
      if (i - start === 1 && /[A-Za-z]/.test(value[start] ?? '')) continue;
      push(i);
      colons.push(i);
      start = i + 1;
    }
  }
  push(value.length);
  return { sections, colons };
}

function problem(spec: SpecText, start: number, end: number, en: string, ko: string): SpecProblem {
  return { range: spec.rangeOf(start, end), message: { en, ko } };
}

export function parseComposeShort(spec: SpecText, context: MountContext): ParsedMount {
  const value = spec.value;
  const problems: SpecProblem[] = [];
  if (value.trim() === '') {
    return {
      mount: undefined,
      problems: [{ range: spec.range, message: { en: 'Compose refuses this entry: "invalid empty volume spec".', ko: 'Compose가 이 항목을 거부합니다: "invalid empty volume spec" (빈 볼륨 지정).' } }],
    };
  }
  // compose-go reads a spec of one or two characters whole, as the target.
  const { sections, colons } = value.length <= 2 ? { sections: [{ start: 0, end: value.length, text: value, interpolated: hasInterpolation(value) }], colons: [] } : split(value);
  const interpolated = sections.some((s) => s.interpolated);
  if (interpolated && sections.length > 3) {
    // `${DRIVE}:/src:/dst:ro`: a variable that expands to one letter makes a Windows drive of its colon.
    const [first, second] = sections;
    if (first === undefined || second === undefined || sections.length > 4) return { mount: undefined, problems };
    sections.splice(0, 2, { start: first.start, end: second.end, text: value.slice(first.start, second.end), interpolated: true });
  }
  const quote = `invalid spec: ${value}`;

  if (!interpolated) {
    const emptyIndex = sections.findIndex((s) => s.text === '');
    if (emptyIndex >= 0) {
      const before = colons[emptyIndex - 1];
      const after = colons[emptyIndex];
      const at = before ?? after ?? 0;
      problems.push(
        problem(spec, at, at + 1, `Compose refuses this entry: "${quote}: empty section between colons".`, `Compose가 이 항목을 거부합니다: "${quote}: empty section between colons" (콜론 사이가 비어 있음).`),
      );
      return { mount: undefined, problems };
    }
    if (sections.length > 3) {
      const at = colons[2] ?? 0;
      problems.push(
        problem(spec, at, value.length, `Compose refuses this entry: "${quote}: too many colons"; the short syntax is [SOURCE:]TARGET[:MODE].`, `Compose가 이 항목을 거부합니다: "${quote}: too many colons" (콜론이 너무 많음). 짧은 문법은 [SOURCE:]TARGET[:MODE]입니다.`),
      );
      return { mount: undefined, problems };
    }
  }

  const sourceSection = sections.length >= 2 ? sections[0] : undefined;
  const targetSection = sections.length >= 2 ? sections[1] : sections[0];
  const modeSection = sections[2];
  if (targetSection === undefined) return { mount: undefined, problems };

  if (!targetSection.interpolated) problems.push(...checkTarget(spec, targetSection));
  let options: MountOption[] = [];
  let readOnly = false;
  if (modeSection !== undefined) {
    const parsed = readModes(spec, modeSection);
    // Not pushed as spread arguments: a mode list can be long enough to overflow the stack.
    options = parsed.options;
    for (const p of parsed.problems) problems.push(p);
    readOnly = parsed.readOnly;
  }

  const source = sourceSection === undefined ? undefined : { value: sourceSection.text, range: spec.rangeOf(sourceSection.start, sourceSection.end) };
  const mount: Mount = {
    type: sourceSection === undefined ? 'volume' : sourceType(sourceSection.text),
    source,
    target: { value: targetSection.text, range: spec.rangeOf(targetSection.start, targetSection.end) },
    readOnly,
    options,
    syntax: 'compose-short',
    context,
    range: spec.range,
  };
  return { mount, problems };
}

function sourceType(source: string): MountType {
  if (!source.startsWith('$')) return isHostPathSource(source) ? 'bind' : 'volume';
  // `${DATA:-./data}`: the default says what the author expects; with no default most sources are paths.
  const fallback = /^\$\{[A-Za-z_][A-Za-z0-9_]*:?[-?]([^}]*)\}/.exec(source)?.[1];
  return fallback !== undefined && fallback !== '' && !isHostPathSource(fallback) ? 'volume' : 'bind';
}

function checkTarget(spec: SpecText, target: Section): SpecProblem[] {
  if (target.text === '/') {
    return [problem(spec, target.start, target.end, `The engine refuses this mount: "invalid specification: destination can't be '/'"; the container would not be created.`, `엔진이 이 마운트를 거부합니다: "invalid specification: destination can't be '/'". 컨테이너가 만들어지지 않습니다.`)];
  }
  if (isAbsoluteContainerPath(target.text)) return [];
  // `/data:ro` is not an anonymous volume with a mode in Compose: /data becomes a host path and `ro` the target.
  const modeAsTarget = target.start > 0 && target.text.split(',').every((w) => KNOWN_MODES.has(w));
  const hint: Localized = modeAsTarget
    ? { en: ` In Compose, "${spec.value}" mounts the host path ${spec.value.slice(0, target.start - 1)} at "${target.text}"; an anonymous volume takes no mode.`, ko: ` Compose에서 "${spec.value}"는 호스트 경로 ${spec.value.slice(0, target.start - 1)}를 "${target.text}"에 마운트합니다. 익명 볼륨에는 모드를 붙일 수 없습니다.` }
    : { en: '', ko: '' };
  return [
    problem(
      spec,
      target.start,
      target.end,
      `The engine refuses this mount: "invalid mount path: '${target.text}' mount path must be absolute"; the container would not be created.${hint.en}`,
      `엔진이 이 마운트를 거부합니다: "invalid mount path: '${target.text}' mount path must be absolute" (컨테이너 경로는 절대 경로여야 함). 컨테이너가 만들어지지 않습니다.${hint.ko}`,
    ),
  ];
}


function readModes(spec: SpecText, section: Section): { options: MountOption[]; problems: SpecProblem[]; readOnly: boolean } {
  const options: MountOption[] = [];
  const problems: SpecProblem[] = [];
  let readOnly = false;
  const seen = new Map<keyof typeof COMPOSE_MODES, MountOption>();
  let at = section.start;
  for (const word of section.text.split(',')) {
    const start = at;
    at += word.length + 1;
    if (word === '') continue;
    const option: MountOption = { key: word, keyRange: spec.rangeOf(start, start + word.length), value: undefined, valueRange: undefined };
    options.push(option);
    if (hasInterpolation(word)) continue;
    if (!KNOWN_MODES.has(word)) {
      problems.push({ range: option.keyRange, message: unknownMode(word) });
      continue;
    }
    if (word === 'ro') readOnly = true;
    if (word === 'rw') readOnly = false;
    const group = (Object.keys(COMPOSE_MODES) as (keyof typeof COMPOSE_MODES)[]).find((g) => (COMPOSE_MODES[g] as readonly string[]).includes(word));
    if (group === undefined) continue;
    const earlier = seen.get(group);
    if (earlier !== undefined && group !== 'consistency') {
      problems.push({ range: option.keyRange, message: conflictingMode(earlier.key, word) });
    }
    seen.set(group, option);
  }
  return { options, problems, readOnly };
}

function unknownMode(word: string): Localized {
  return {
    en: `Unknown mode "${word}": Compose drops it without a word, so the mount does not get the mode you meant (known: ro, rw, z, Z, nocopy, and the propagation modes).`,
    ko: `알 수 없는 모드 "${word}": Compose가 말없이 버리므로 의도한 모드가 적용되지 않습니다 (사용 가능: ro, rw, z, Z, nocopy, 전파 모드).`,
  };
}

function conflictingMode(first: string, second: string): Localized {
  return {
    en: `Mode "${second}" conflicts with "${first}": Compose keeps only the last one and the engine refuses both together ("invalid mode"); keep one.`,
    ko: `모드 "${second}"가 "${first}"와 충돌합니다: Compose는 마지막 것만 쓰고 엔진은 둘을 함께 거부합니다 ("invalid mode"). 하나만 남기세요.`,
  };
}
