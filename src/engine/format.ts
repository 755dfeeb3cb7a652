// Sizes and ages as the docker CLI prints them (decimal units, "3 days"), in English and Korean.
import type { Localized } from '../core/l10n';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/** Decimal units with four significant digits, like the CLI's units.HumanSize ("%.4g", "12.35MB"). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${Number(value.toPrecision(4))}${UNITS[unit] ?? 'B'}`;
}

const SPANS: readonly (readonly [number, string, string, string])[] = [
  [365 * 86_400_000, 'year', 'years', '년'],
  [30 * 86_400_000, 'month', 'months', '개월'],
  [7 * 86_400_000, 'week', 'weeks', '주'],
  [86_400_000, 'day', 'days', '일'],
  [3_600_000, 'hour', 'hours', '시간'],
  [60_000, 'minute', 'minutes', '분'],
];

/** "3 days" / "3일"; under a minute reads "less than a minute". */
export function formatAge(createdAt: number, now: number): Localized {
  const elapsed = Math.max(0, now - createdAt);
  for (const [span, one, many, ko] of SPANS) {
    const count = Math.floor(elapsed / span);
    if (count >= 1) return { en: `${count} ${count === 1 ? one : many}`, ko: `${count}${ko}` };
  }
  return { en: 'less than a minute', ko: '1분 미만' };
}
