import { chooseSourceLocale, statusOf, type StatusRecord } from './status';

const record = (locale: string, contentHash: string, sourceHashSeen: string, sourceLocale = 'ru'): StatusRecord => ({
  locale,
  sourceLocale,
  contentHash,
  sourceHashSeen,
  contentUpdatedAt: null,
});

describe('statusOf', () => {
  test('no version: missing', () => {
    expect(statusOf('en', [record('ru', 'a', 'a')])).toBe('missing');
  });

  test('the source is always current', () => {
    expect(statusOf('ru', [record('ru', 'b', 'a')])).toBe('current');
  });

  test('a translation that saw the source as it is now is current; one that saw an older source is outdated', () => {
    const records = [record('ru', 'b', 'b'), record('zh', 'z', 'b'), record('en', 'e', 'a')];
    expect(statusOf('zh', records)).toBe('current');
    expect(statusOf('en', records)).toBe('outdated');
  });

  test('a version that lacks an alternative text is outdated, the source too', () => {
    const records = [record('ru', 'b', 'b'), { ...record('zh', 'z', 'b'), missingAltTexts: ['coverText.alternativeText'] }];
    expect(statusOf('zh', records)).toBe('outdated');
    expect(statusOf('ru', [{ ...record('ru', 'b', 'b'), missingAltTexts: ['photos.0.alternativeText'] }])).toBe('outdated');
    expect(statusOf('zh', [record('ru', 'b', 'b'), { ...record('zh', 'z', 'b'), missingAltTexts: [] }])).toBe('current');
  });

  test('without its source version, a translation is current (nothing to compare with)', () => {
    expect(statusOf('zh', [record('zh', 'z', 'a')])).toBe('current');
  });
});

describe('chooseSourceLocale', () => {
  const at = (locale: string, createdAt: string) => ({ locale, createdAt });

  test('keeps the source the document already follows while that version exists', () => {
    expect(chooseSourceLocale([at('ru', '2020-01-02'), at('zh', '2020-01-01')], 'zh', 'ru')).toBe('zh');
  });

  test('otherwise the default locale, otherwise the oldest version', () => {
    expect(chooseSourceLocale([at('en', '2020-01-01'), at('ru', '2020-01-02')], null, 'ru')).toBe('ru');
    expect(chooseSourceLocale([at('en', '2020-01-02'), at('zh', '2020-01-01')], 'ru', 'ru')).toBe('zh');
    expect(chooseSourceLocale([], null, 'ru')).toBeNull();
  });
});
