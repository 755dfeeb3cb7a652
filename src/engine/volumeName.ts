// Volume names as the local driver validates them (moby volume/local): at least two characters from
// [a-zA-Z0-9][a-zA-Z0-9_.-]. Other drivers apply their own rules, so only `local` is checked here.
import type { Localized } from '../core/l10n';

const LOCAL_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** Undefined when the engine would accept the name; an empty name lets the engine generate one. */
export function validateVolumeName(name: string, driver = 'local'): Localized | undefined {
  if (name === '' || (driver !== '' && driver !== 'local')) return undefined;
  if (name.length < 2) {
    return {
      en: `"${name}": volume name is too short, names should be at least two alphanumeric characters`,
      ko: `"${name}": 볼륨 이름이 너무 짧습니다. 이름은 영숫자 두 글자 이상이어야 합니다`,
    };
  }
  if (!LOCAL_NAME.test(name)) {
    return {
      en: `"${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed`,
      ko: `"${name}"에 로컬 볼륨 이름에 쓸 수 없는 문자가 있습니다. "[a-zA-Z0-9][a-zA-Z0-9_.-]"만 허용됩니다`,
    };
  }
  return undefined;
}

/** Parses "key=value" lines or comma-separated pairs for labels and driver options. */
export function parseKeyValues(text: string): { readonly values: Record<string, string>; readonly invalid: readonly string[] } {
  const values: Record<string, string> = {};
  const invalid: string[] = [];
  for (const part of text.split(/[,\n]/).map((entry) => entry.trim()).filter((entry) => entry !== '')) {
    const equals = part.indexOf('=');
    const key = equals < 0 ? part : part.slice(0, equals);
    if (key === '') invalid.push(part);
    else values[key] = equals < 0 ? '' : part.slice(equals + 1);
  }
  return { values, invalid };
}
