/** The languages Pressroom publishes in. Everything that needs the list imports it from here. */
export const LOCALES = [
  { code: 'ru', name: 'Русский (ru)' },
  { code: 'zh', name: '中文 (zh)' },
  { code: 'en', name: 'English (en)' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];

export const DEFAULT_LOCALE: LocaleCode = 'ru';

export const LOCALE_CODES: LocaleCode[] = LOCALES.map(({ code }) => code);

/**
 * Where a website falls back when a document has no version in the locale it asked for
 * (`?fallback=true`). Override with LOCALE_FALLBACKS, e.g. "zh:en>ru,en:ru".
 */
export const DEFAULT_LOCALE_FALLBACKS: Record<string, string[]> = { zh: ['ru'], en: ['ru'] };

export function parseLocaleFallbacks(text: string | undefined): Record<string, string[]> {
  if (!text || text.trim() === '') return DEFAULT_LOCALE_FALLBACKS;
  return Object.fromEntries(
    text.split(',').map((entry) => {
      const [locale, chain = ''] = entry.split(':').map((part) => part.trim());
      return [locale, chain.split('>').map((code) => code.trim()).filter(Boolean)];
    })
  );
}

/** The locales to try, in order, for a request in `locale`. */
export const fallbackChain = (locale: string, fallbacks = parseLocaleFallbacks(process.env.LOCALE_FALLBACKS)) => [
  locale,
  ...(fallbacks[locale] ?? []).filter((code) => code !== locale),
];
