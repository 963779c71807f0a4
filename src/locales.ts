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
 * Read once per request, so a bad value fails the first request loudly; it is also checked at boot.
 */
export const DEFAULT_LOCALE_FALLBACKS: Record<string, string[]> = { zh: ['ru'], en: ['ru'] };

export function parseLocaleFallbacks(text: string | undefined): Record<string, string[]> {
  if (!text || text.trim() === '') return DEFAULT_LOCALE_FALLBACKS;
  const known = (code: string) => (LOCALE_CODES as string[]).includes(code);
  return Object.fromEntries(
    text.split(',').map((entry) => {
      const match = /^\s*([a-z-]+)\s*:\s*([a-z-]+(?:\s*>\s*[a-z-]+)*)\s*$/i.exec(entry);
      if (!match) {
        throw new Error(`LOCALE_FALLBACKS: "${entry.trim()}" should read locale:fallback>fallback, e.g. "en:zh>ru"`);
      }
      const [, locale, chain] = match;
      const codes = chain.split('>').map((code) => code.trim());
      const unknown = [locale, ...codes].filter((code) => !known(code));
      if (unknown.length > 0) {
        throw new Error(`LOCALE_FALLBACKS: unknown locale ${unknown.join(', ')} (the locales are ${LOCALE_CODES.join(', ')})`);
      }
      return [locale, codes];
    })
  );
}

/** The locales to try, in order, for a request in `locale`. */
export const fallbackChain = (locale: string, fallbacks = parseLocaleFallbacks(process.env.LOCALE_FALLBACKS)) => [
  locale,
  ...(fallbacks[locale] ?? []).filter((code) => code !== locale),
];
