import { DEFAULT_LOCALE_FALLBACKS, fallbackChain, parseLocaleFallbacks } from './locales';

describe('locale fallback chains', () => {
  test('default: zh and en fall back to ru; ru has no fallback', () => {
    expect(parseLocaleFallbacks(undefined)).toBe(DEFAULT_LOCALE_FALLBACKS);
    expect(fallbackChain('zh', DEFAULT_LOCALE_FALLBACKS)).toEqual(['zh', 'ru']);
    expect(fallbackChain('en', DEFAULT_LOCALE_FALLBACKS)).toEqual(['en', 'ru']);
    expect(fallbackChain('ru', DEFAULT_LOCALE_FALLBACKS)).toEqual(['ru']);
  });

  test('LOCALE_FALLBACKS sets chains per locale; the asked locale is never repeated', () => {
    const fallbacks = parseLocaleFallbacks(' en : zh > ru , zh:en>zh>ru');
    expect(fallbacks).toEqual({ en: ['zh', 'ru'], zh: ['en', 'zh', 'ru'] });
    expect(fallbackChain('zh', fallbacks)).toEqual(['zh', 'en', 'ru']);
    expect(fallbackChain('ru', fallbacks)).toEqual(['ru']);
  });

  test.each([
    ['en', /should read locale:fallback>fallback/],
    ['en:', /should read/],
    ['en:fr>ru', /unknown locale fr/],
    ['de:ru', /unknown locale de/],
  ])('%s is refused with a message saying what to write', (text, message) => {
    expect(() => parseLocaleFallbacks(text)).toThrow(message);
  });
});
