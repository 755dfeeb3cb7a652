// The core speaks English and Korean. Every user-facing string it produces carries both, and the caller
// picks one with `localize`, so the server can follow VS Code's display language without re-analysing.

export type Locale = 'en' | 'ko';

export interface Localized {
  readonly en: string;
  readonly ko: string;
}

export function localize(text: Localized, locale: Locale): string {
  return text[locale];
}

/** `ko` falls back to `en` for any locale the core does not know. */
export function toLocale(tag: string | undefined): Locale {
  return tag !== undefined && tag.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
