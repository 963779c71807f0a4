/** The languages Pressroom publishes in. Everything that needs the list imports it from here. */
export const LOCALES = [
  { code: 'ru', name: 'Русский (ru)' },
  { code: 'zh', name: '中文 (zh)' },
  { code: 'en', name: 'English (en)' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];

export const DEFAULT_LOCALE: LocaleCode = 'ru';

export const LOCALE_CODES: LocaleCode[] = LOCALES.map(({ code }) => code);
