// The engine's side of a named volume, appended to its hover: whether it exists, its size, driver, age
// and the containers that mount it. Written from the language server's snapshot, never a live call.
import type { EngineFacts, EngineVolume, VolumeReference } from '../engineFacts';
import type { Locale, Localized } from '../l10n';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** Decimal units with four significant digits, as the docker CLI prints sizes ("2.1GB"). */
export function formatVolumeSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${Number(value.toPrecision(unit === 0 ? 4 : 2))} ${UNITS[unit] ?? 'B'}`;
}

/** ISO date and time in UTC, so the hover reads the same on every machine. */
function formatCreated(createdAt: number): string {
  return new Date(createdAt).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

const MAX_USERS = 10;

function usersText(volume: EngineVolume, locale: Locale): string {
  if (volume.users.length === 0) return locale === 'en' ? 'No container uses it.' : '사용하는 컨테이너가 없습니다.';
  const lines = volume.users.slice(0, MAX_USERS).map((u) => `- \`${u.containerName}\` (${u.state}) → \`${u.mountTarget}\`${u.readOnly ? ' ro' : ''}`);
  const more = volume.users.length - MAX_USERS;
  if (more > 0) lines.push(locale === 'en' ? `- … and ${more} more` : `- … 외 ${more}개`);
  return `${locale === 'en' ? 'Used by' : '사용하는 컨테이너'}:\n\n${lines.join('\n')}`;
}

/** Markdown for one volume reference: the engine's facts, or that the engine does not have it. */
export function engineVolumeText(reference: VolumeReference, facts: EngineFacts): Localized | undefined {
  const name = reference.engineName;
  if (name === undefined) return undefined;
  const volume = facts.volumes.get(name);
  const make = (locale: Locale): string => {
    const heading = locale === 'en' ? `**On the engine** (\`${facts.host}\`)` : `**엔진에서** (\`${facts.host}\`)`;
    if (volume === undefined) {
      const missing = locale === 'en'
        ? `Volume \`${name}\` does not exist on the engine${reference.external ? ': `docker compose up` refuses to start until it is created' : ' yet: it is created empty on first use'}.`
        : `볼륨 \`${name}\`이(가) 엔진에 ${reference.external ? '없습니다: 만들기 전에는 `docker compose up`이 시작하지 않습니다' : '아직 없습니다: 처음 쓸 때 빈 볼륨으로 만들어집니다'}.`;
      return `${heading}\n\n${missing}`;
    }
    const exists = locale === 'en' ? `Volume \`${name}\` exists` : `볼륨 \`${name}\`이(가) 있습니다`;
    const size = volume.sizeBytes === undefined || volume.sizeBytes < 0 ? (locale === 'en' ? 'size unknown' : '크기 모름') : `${locale === 'en' ? 'size' : '크기'} ${formatVolumeSize(volume.sizeBytes)}`;
    const details = [
      size,
      `${locale === 'en' ? 'driver' : '드라이버'} \`${volume.driver}\``,
      ...(volume.createdAt !== undefined ? [`${locale === 'en' ? 'created' : '만든 때'} ${formatCreated(volume.createdAt)}`] : []),
    ];
    return `${heading}\n\n${exists}: ${details.join(' · ')}.\n\n${usersText(volume, locale)}`;
  };
  return { en: make('en'), ko: make('ko') };
}
