// `RUN --mount=...` as BuildKit reads it (frontend/dockerfile/instructions/commands_runmount.go and the
// target check in dockerfile2llb): CSV fields, keys case-insensitive, values expanded from ARG/ENV, and
// a key's validity depending on the `type` given before it.
import type { Fix, SpecProblem } from '../findings';
import { processWord } from '../sources/dockerfile/wordExpansion';
import type { VariableLookup } from '../sources/dockerfile/wordExpansion';
import type { Range } from '../text';
import { joinPath } from '../sources/dockerfile/posixPath';
import type { MountOption, MountType } from './mount';
import type { MountContext, ParsedMount, SpecText } from './parse';

export const RUN_MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'] as const;
export type RunMountType = (typeof RUN_MOUNT_TYPES)[number];

/** In BuildKit's order, which decides its "did you mean" guess. */
export const RUN_MOUNT_KEYS = [
  'type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'size', 'mode', 'uid', 'gid',
  'src', 'dst', 'destination', 'ro', 'rw', 'readwrite', 'env',
] as const;

export interface RunMountScope {
  readonly escape: string;
  readonly lookup: VariableLookup;
  /** The WORKDIR in effect when the Dockerfile sets one; a relative or missing target lands there. */
  readonly workdir: string | undefined;
}

interface CsvField {
  readonly text: string;
  /** Indices into the spec value of the field's content (inside quotes, for a quoted field). */
  readonly start: number;
  readonly end: number;
}

const SHARING = ['shared', 'private', 'locked'];
const BOOLEAN_TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const BOOLEAN_FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False'];
/** docker/go-units RAMInBytes: a number, an optional space, an optional unit, `i` and `b`. */
const RAM_SIZE = /^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/;

export function parseRunMount(spec: SpecText, context: MountContext, scope: RunMountScope): ParsedMount {
  const problems: SpecProblem[] = [];
  const refuse = (range: Range, dockerText: string, fixes?: readonly Fix[]): void => {
    const message = {
      en: `Docker refuses this mount: "${dockerText}"; the build fails.`,
      ko: `Docker가 이 마운트를 거부합니다: "${dockerText}" — 빌드가 실패합니다.`,
    };
    problems.push(fixes === undefined || fixes.length === 0 ? { range, message } : { range, message, fixes });
  };
  // BuildKit appends "(did you mean X?)" for a near miss; the same guess becomes the fix.
  const refuseWithGuess = (range: Range, dockerText: string, written: string, options: readonly string[]): void => {
    const guess = closest(written.toLowerCase(), options);
    if (guess === undefined) {
      refuse(range, dockerText);
      return;
    }
    refuse(range, `${dockerText} (did you mean ${guess}?)`, [
      { title: { en: `Change to \`${guess}\``, ko: `\`${guess}\`(으)로 바꾸기` }, edits: [{ range, newText: guess }], preferred: true },
    ]);
  };
  const fields = splitCsv(spec.value);
  if (fields === undefined) {
    refuse(spec.range, 'failed to parse csv mounts');
    return { mount: undefined, problems };
  }

  let type: RunMountType = 'bind';
  let readOnly = false;
  let roAuto = true;
  const options: MountOption[] = [];
  const seen = new Map<string, MountOption>();
  for (const field of fields) {
    const eq = field.text.indexOf('=');
    const key = (eq < 0 ? field.text : field.text.slice(0, eq)).toLowerCase();
    const keyRange = spec.rangeOf(field.start, eq < 0 ? field.end : field.start + eq);
    if (eq < 0) {
      const option: MountOption = { key, keyRange, value: undefined, valueRange: undefined };
      if (key === 'readonly' || key === 'ro' || key === 'readwrite' || key === 'rw') {
        readOnly = key === 'readonly' || key === 'ro';
        roAuto = false;
      } else if (key === 'required') {
        if (type !== 'secret' && type !== 'ssh') refuse(keyRange, `unexpected key '${key}' for mount type '${type}'`);
      } else {
        // Docker's text for a stray field, including the empty one a trailing comma leaves.
        refuse(field.text === '' && field.start > 0 ? spec.rangeOf(field.start - 1, field.start) : keyRange, `invalid field '${field.text}' must be a key=value pair`);
        continue;
      }
      options.push(option);
      seen.set(key, option);
      continue;
    }
    const rawValue = field.text.slice(eq + 1);
    // An empty value has no width of its own: point at the whole `key=`.
    const valueRange = eq + 1 < field.end - field.start ? spec.rangeOf(field.start + eq + 1, field.end) : spec.rangeOf(field.start, field.end);
    if (key === 'from' && /\$./.test(rawValue)) {
      refuse(valueRange, `'${key}' doesn't support variable expansion, define alias stage instead`);
      continue;
    }
    const processed = processWord(rawValue, scope.escape, scope.lookup);
    if (processed.error !== undefined) {
      refuse(valueRange, processed.error);
      continue;
    }
    const value = processed.value;
    const option: MountOption = { key, keyRange, value, valueRange };
    if (!(RUN_MOUNT_KEYS as readonly string[]).includes(key)) {
      refuseWithGuess(keyRange, `unexpected key '${key}' in '${field.text}'`, key, RUN_MOUNT_KEYS);
      continue;
    }
    options.push(option);
    seen.set(key, option);
    switch (key) {
      case 'type': {
        const lower = value.toLowerCase();
        if ((RUN_MOUNT_TYPES as readonly string[]).includes(lower)) type = lower as RunMountType;
        else if (rawValue === value) refuseWithGuess(valueRange, `unsupported mount type "${value}"`, value, RUN_MOUNT_TYPES);
        else refuse(valueRange, `unsupported mount type "${value}"`);
        break;
      }
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw': {
        const parsed = parseBool(value);
        if (parsed === undefined) refuse(valueRange, `invalid value for ${key}: ${value}`);
        else readOnly = key === 'readonly' || key === 'ro' ? parsed : !parsed;
        roAuto = false;
        break;
      }
      case 'required':
        if (type !== 'secret' && type !== 'ssh') refuse(keyRange, `unexpected key '${key}' for mount type '${type}'`);
        else if (parseBool(value) === undefined) refuse(valueRange, `invalid value for ${key}: ${value}`);
        break;
      case 'size':
        if (type !== 'tmpfs') refuse(keyRange, `unexpected key '${key}' for mount type '${type}'`);
        else if (!RAM_SIZE.test(value)) refuse(valueRange, `invalid value for ${key}: ${value}`);
        break;
      case 'sharing':
        if (SHARING.includes(value.toLowerCase())) break;
        if (rawValue === value) refuseWithGuess(valueRange, `unsupported sharing value "${value}"`, value, SHARING);
        else refuse(valueRange, `unsupported sharing value "${value}"`);
        break;
      case 'mode':
        if (!isUint32(value, /^[0-7]+$/, 8)) refuse(valueRange, `invalid value ${value} for mode`);
        break;
      case 'uid':
      case 'gid':
        if (!isUint32(value, /^\d+$/, 10)) refuse(valueRange, `invalid value ${value} for ${key}`);
        break;
      default:
        break;
    }
  }

  // Docker stops at the first refusal; the checks below would only repeat it.
  if (problems.length === 0) validate(type, seen, spec, scope, refuse);
  const source = seen.get('source') ?? seen.get('src') ?? (type === 'bind' ? undefined : seen.get('id'));
  const target = seen.get('target') ?? seen.get('dst') ?? seen.get('destination');
  const mountType: MountType = type;
  return {
    mount: {
      type: mountType,
      source: source?.value !== undefined && source.valueRange !== undefined ? { value: source.value, range: source.valueRange } : undefined,
      target: target?.value !== undefined && target.valueRange !== undefined ? { value: target.value, range: target.valueRange } : undefined,
      readOnly: roAuto ? type !== 'cache' && type !== 'tmpfs' : readOnly,
      options,
      syntax: 'run-mount',
      context,
      range: spec.range,
    },
    problems,
  };
}

/** The checks BuildKit makes once every field is read, in its order. */
function validate(type: RunMountType, seen: ReadonlyMap<string, MountOption>, spec: SpecText, scope: RunMountScope, refuse: (range: Range, text: string) => void): void {
  const fileInfoAllowed = type === 'secret' || type === 'ssh' || type === 'cache';
  if (!fileInfoAllowed) {
    for (const key of ['mode', 'uid', 'gid']) {
      const option = seen.get(key);
      if (option !== undefined) refuse(option.keyRange, `${key} not allowed for "${type}" type mounts`);
    }
  }
  const sharing = seen.get('sharing');
  if (type === 'secret') {
    const from = seen.get('from');
    if (from !== undefined && from.value !== '') refuse(from.keyRange, 'secret mount should not have a from');
    if (sharing !== undefined && sharing.value !== '') refuse(sharing.keyRange, 'secret mount should not define sharing');
    const source = seen.get('source') ?? seen.get('src');
    const target = seen.get('target') ?? seen.get('dst') ?? seen.get('destination');
    const id = seen.get('id');
    const given = (o: MountOption | undefined): boolean => o !== undefined && o.value !== '';
    if (!given(source) && !given(target) && !given(id)) refuse(spec.range, 'invalid secret mount. one of source, target required');
    if (given(source) && given(id) && id !== undefined) refuse(id.keyRange, "both source and id can't be set");
    return;
  }
  if (sharing !== undefined && sharing.value !== '' && type !== 'cache') refuse(sharing.keyRange, `invalid cache sharing set for ${type} mount`);
  if (type === 'ssh') return;
  // A relative or missing target is joined to the working directory; `/` itself is refused.
  const target = seen.get('target') ?? seen.get('dst') ?? seen.get('destination');
  const written = target?.value ?? '';
  const resolved = written.startsWith('/') ? joinPath('/', written) : joinPath(scope.workdir ?? '/', written);
  if (resolved === '/') refuse(target?.valueRange ?? spec.range, 'invalid mount target "/"');
}

/** BuildKit's guess: the first option fewer than three edits away, closer than any before it. */
function closest(written: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const option of options) {
    const d = editDistance(written, option);
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function parseBool(value: string): boolean | undefined {
  if (BOOLEAN_TRUE.includes(value)) return true;
  if (BOOLEAN_FALSE.includes(value)) return false;
  return undefined;
}

function isUint32(value: string, digits: RegExp, base: number): boolean {
  return digits.test(value) && parseInt(value, base) <= 0xffffffff;
}

/** One CSV record (RFC 4180 quoting, as Go's CSV readers take it); `undefined` when the quoting is broken. */
export function splitCsv(value: string): CsvField[] | undefined {
  const fields: CsvField[] = [];
  let i = 0;
  for (;;) {
    if (value[i] === '"') {
      let text = '';
      const start = i + 1;
      let j = start;
      for (;;) {
        if (j >= value.length) return undefined;
        if (value[j] === '"') {
          if (value[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += value[j];
        j++;
      }
      fields.push({ text, start, end: j });
      j++;
      if (j >= value.length) return fields;
      if (value[j] !== ',') return undefined;
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < value.length && value[j] !== ',') j++;
    const text = value.slice(i, j);
    if (text.includes('"')) return undefined;
    fields.push({ text, start: i, end: j });
    if (j >= value.length) return fields;
    i = j + 1;
  }
}
