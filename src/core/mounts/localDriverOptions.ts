import type { SpecProblem } from '../findings';
import type { MountField } from './mountFields';
import { hasShellExpansion } from './paths';
import { refusal } from './refusal';

// `volume-opt` as the local volume driver reads it when it creates the volume (moby volume/local:
// validateOpts). Another driver has its own options, so callers check the driver first.

/** Options the local volume driver knows, and the ones each of them needs beside it (moby volume/local). */
const LOCAL_DRIVER_OPTIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['type', ['device']],
  ['device', ['type']],
  ['o', ['device', 'type']],
  ['size', []],
]);

/** The local driver refuses to create a volume with options it does not know or without their partners. */
export function localDriverOptionChecks(fields: readonly MountField[], volumeName: string | undefined): SpecProblem[] {
  const opts = new Map<string, MountField>();
  for (const f of fields) {
    if (f.key !== 'volume-opt' || f.value === undefined) continue;
    const key = f.value.split('=', 1)[0] ?? '';
    if (key !== '') opts.set(key, f);
  }
  const create = volumeName === undefined ? '' : `create ${volumeName}: `;
  const problems: SpecProblem[] = [];
  for (const [key, f] of opts) {
    if (hasShellExpansion(key)) continue;
    const required = LOCAL_DRIVER_OPTIONS.get(key);
    if (required === undefined) {
      problems.push(
        refusal(f.valueOrFieldRange, `${create}invalid option: "${key}"`, {
          en: `The local volume driver takes only type, device, o and size in volume-opt, not \`${key}\`.`,
          ko: `local 볼륨 드라이버의 volume-opt에는 type, device, o, size만 쓸 수 있고 \`${key}\`은(는) 쓸 수 없습니다.`,
        }),
      );
      continue;
    }
    const missing = required.find((r) => !opts.has(r));
    if (missing !== undefined) {
      problems.push(
        refusal(f.valueOrFieldRange, `${create}missing required option: "${missing}"`, {
          en: `volume-opt ${key}= needs volume-opt ${missing}= as well.`,
          ko: `volume-opt ${key}=에는 volume-opt ${missing}=도 함께 있어야 합니다.`,
        }),
      );
    }
  }
  return problems;
}
