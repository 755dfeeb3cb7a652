import type { Localized } from '../l10n';

// The local volume driver's name rule (moby volume/local: validateName). Other drivers choose their own
// rules, so callers skip this when a non-local driver is named.

const LOCAL_VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export interface VolumeNameProblem {
  /** Docker's error text, as the daemon prints it. */
  readonly dockerError: string;
  readonly explanation: Localized;
}

export function localVolumeNameProblem(name: string): VolumeNameProblem | undefined {
  if (name.length === 1) {
    return {
      dockerError: `create ${name}: volume name is too short, names should be at least two alphanumeric characters`,
      explanation: {
        en: `The volume name \`${name}\` is one character long; a local volume name needs at least two.`,
        ko: `볼륨 이름 \`${name}\`은(는) 한 글자입니다. 로컬 볼륨 이름은 두 글자 이상이어야 합니다.`,
      },
    };
  }
  if (!LOCAL_VOLUME_NAME.test(name)) {
    return {
      dockerError: `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
      explanation: {
        en: `\`${name}\` is read as a volume name, not a host path. For a host folder write an absolute path or start it with \`./\`.`,
        ko: `\`${name}\`은(는) 호스트 경로가 아니라 볼륨 이름으로 읽힙니다. 호스트 폴더라면 절대 경로로 쓰거나 \`./\`로 시작하세요.`,
      },
    };
  }
  return undefined;
}

export function isLocalDriver(driver: string | undefined): boolean {
  return driver === undefined || driver === '' || driver === 'local';
}
