import type { SpecProblem } from '../findings';
import type { Range } from '../text';
import type { CsvField } from './csv';
import type { MountOption } from './mount';
import type { SpecText } from './parse';
import { refusal } from './refusal';
import { isDockerRamSize, isGoOctalUint32 } from './size';

// The per-field part of the docker CLI's `--mount` reader (docker/cli opts/mount.go, MountOpt.Set, as in
// CLI 28): keys are matched case-insensitively, a few keys may stand alone as booleans, and each value is
// checked as it is read.

/** Which option block a key fills; a block that does not match `type` is refused. */
export type OptionBlock = 'volume' | 'bind' | 'tmpfs' | 'image';

export interface MountField {
  readonly field: CsvField;
  /** Lower-cased, as the CLI compares it. */
  readonly key: string;
  readonly value: string | undefined;
  readonly option: MountOption;
  readonly fieldRange: Range;
  /** The value's range, or the field's when the value is empty. */
  readonly valueOrFieldRange: Range;
}

/** Keys the CLI knows, each with the block it fills (undefined: a common key). */
export const MOUNT_KEYS: ReadonlyMap<string, OptionBlock | undefined> = new Map<string, OptionBlock | undefined>([
  ['type', undefined],
  ['source', undefined],
  ['src', undefined],
  ['target', undefined],
  ['dst', undefined],
  ['destination', undefined],
  ['readonly', undefined],
  ['ro', undefined],
  ['consistency', undefined],
  ['bind-propagation', 'bind'],
  ['bind-nonrecursive', 'bind'],
  ['bind-recursive', 'bind'],
  ['volume-subpath', 'volume'],
  ['volume-nocopy', 'volume'],
  ['volume-label', 'volume'],
  ['volume-driver', 'volume'],
  ['volume-opt', 'volume'],
  ['image-subpath', 'image'],
  ['tmpfs-size', 'tmpfs'],
  ['tmpfs-mode', 'tmpfs'],
]);

/** Keys that mean `true` when written without `=value`. */
const BARE_BOOLEAN_KEYS = new Set(['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive']);

export const BIND_RECURSIVE_VALUES: readonly string[] = ['enabled', 'disabled', 'writable', 'readonly'];

/** Go's strconv.ParseBool, which the CLI uses for every boolean key. */
export function parseGoBool(text: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text)) return false;
  return undefined;
}

export function fieldSliceRange(spec: SpecText, field: CsvField, start: number, end: number): Range {
  const first = field.offsets[start];
  const last = field.offsets[end - 1];
  if (end > start && first !== undefined && last !== undefined) return spec.rangeOf(first, last + 1);
  const at = field.offsets[start] ?? (field.offsets.length > 0 ? (field.offsets[field.offsets.length - 1] ?? field.end) + 1 : field.end);
  return spec.rangeOf(at, at);
}

function wholeFieldRange(spec: SpecText, field: CsvField): Range {
  if (field.end > field.start) return spec.rangeOf(field.start, field.end);
  // An empty field: point at the comma that made it.
  return field.start > 0 ? spec.rangeOf(field.start - 1, field.start) : spec.rangeOf(0, Math.min(1, spec.value.length));
}

export function readMountField(spec: SpecText, field: CsvField): MountField {
  const eq = field.text.indexOf('=');
  const keyText = eq < 0 ? field.text : field.text.slice(0, eq);
  const value = eq < 0 ? undefined : field.text.slice(eq + 1);
  const keyRange = fieldSliceRange(spec, field, 0, keyText.length);
  const valueRange = eq < 0 ? undefined : fieldSliceRange(spec, field, eq + 1, field.text.length);
  const fieldRange = wholeFieldRange(spec, field);
  const key = keyText.toLowerCase();
  return {
    field,
    key,
    value,
    option: { key, keyRange, value, valueRange },
    fieldRange,
    valueOrFieldRange: valueRange !== undefined && value !== '' ? valueRange : fieldRange,
  };
}

const invalidValue = (key: string, value: string): string => `invalid value for ${key}: ${value}`;

/** The CLI's own refusal of one field, or undefined when the CLI reads it. */
export function checkMountField(f: MountField): SpecProblem | undefined {
  const { key, value } = f;
  if (value === undefined) {
    if (BARE_BOOLEAN_KEYS.has(key)) return undefined;
    const text = f.field.text;
    return refusal(
      f.fieldRange,
      `invalid field '${text}' must be a key=value pair`,
      text === ''
        ? {
            en: 'An empty field: a space after a comma splits the --mount value in two, or a comma is left over at the end.',
            ko: '빈 필드입니다: 쉼표 뒤의 공백 때문에 --mount 값이 둘로 나뉘었거나 끝에 쉼표가 남아 있습니다.',
          }
        : {
            en: `\`${text}\` needs a value (key=value); only readonly, ro, volume-nocopy and bind-nonrecursive stand alone.`,
            ko: `\`${text}\`에는 값이 필요합니다(key=value). 값 없이 쓸 수 있는 것은 readonly, ro, volume-nocopy, bind-nonrecursive뿐입니다.`,
          },
    );
  }
  if (!MOUNT_KEYS.has(key)) {
    return refusal(f.option.keyRange.start === f.option.keyRange.end ? f.fieldRange : f.option.keyRange, `unexpected key '${key}' in '${f.field.text}'`, {
      en:
        key.trim() !== key
          ? `The key \`${key}\` has a space in it: a space after a comma splits the --mount value, so write the fields without spaces.`
          : `\`${key}\` is not a --mount key: use type, source, target, readonly, consistency, bind-*, volume-*, tmpfs-* or image-subpath.`,
      ko:
        key.trim() !== key
          ? `키 \`${key}\`에 공백이 있습니다: 쉼표 뒤 공백은 --mount 값을 나누므로 공백 없이 쓰세요.`
          : `\`${key}\`은(는) --mount 키가 아닙니다: type, source, target, readonly, consistency, bind-*, volume-*, tmpfs-*, image-subpath 중에서 쓰세요.`,
    });
  }
  const boolText = { en: `\`${key}\` takes true or false (also 1/0, t/f).`, ko: `\`${key}\`에는 true 또는 false(1/0, t/f도 가능)를 씁니다.` };
  switch (key) {
    case 'readonly':
    case 'ro':
    case 'bind-nonrecursive':
    case 'volume-nocopy':
      return parseGoBool(value) === undefined ? refusal(f.valueOrFieldRange, invalidValue(key, value), boolText) : undefined;
    case 'bind-recursive':
      return BIND_RECURSIVE_VALUES.includes(value)
        ? undefined
        : refusal(f.valueOrFieldRange, `${invalidValue(key, value)} (must be "enabled", "disabled", "writable", or "readonly")`, {
            en: 'bind-recursive takes enabled, disabled, writable or readonly.',
            ko: 'bind-recursive에는 enabled, disabled, writable, readonly 중 하나를 씁니다.',
          });
    case 'tmpfs-size':
      return isDockerRamSize(value)
        ? undefined
        : refusal(f.valueOrFieldRange, invalidValue(key, value), {
            en: 'tmpfs-size is a size in bytes with an optional unit: 64m, 1g, 512k.',
            ko: 'tmpfs-size는 바이트 크기이며 단위를 붙일 수 있습니다: 64m, 1g, 512k.',
          });
    case 'tmpfs-mode':
      return isGoOctalUint32(value)
        ? undefined
        : refusal(f.valueOrFieldRange, invalidValue(key, value), {
            en: 'tmpfs-mode is an octal file mode such as 1777 or 700.',
            ko: 'tmpfs-mode는 1777이나 700 같은 8진수 파일 모드입니다.',
          });
    default:
      return undefined;
  }
}

/** Which option block a field fills, as the CLI decides it (`bind-recursive=enabled` fills none). */
export function fieldBlock(f: MountField): OptionBlock | undefined {
  if (f.key === 'bind-recursive' && f.value === 'enabled') return undefined;
  return MOUNT_KEYS.get(f.key);
}
