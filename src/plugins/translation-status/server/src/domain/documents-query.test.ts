import { checkDocumentsQuery, checkLocale, defaultWorkLocale, positiveInteger, workLocales } from './documents-query';

const ANNOUNCEMENT = 'api::announcement.announcement';
const locales = ['ru', 'zh', 'en'];
const context = (ownLocales: string[] = locales) => ({ followed: [ANNOUNCEMENT], locales, ownLocales: () => ownLocales });

describe('checkDocumentsQuery', () => {
  test('defaults: every status, first page of 25', () => {
    expect(checkDocumentsQuery({ contentType: ANNOUNCEMENT, locale: 'zh' }, context())).toEqual({
      ok: true,
      query: { contentType: ANNOUNCEMENT, locale: 'zh', status: undefined, page: 1, pageSize: 25 },
    });
  });

  test('a status and a page; an empty status means every status', () => {
    const raw = { contentType: ANNOUNCEMENT, locale: 'en', status: 'outdated', page: '3', pageSize: '100' };
    expect(checkDocumentsQuery(raw, context())).toEqual({
      ok: true,
      query: { contentType: ANNOUNCEMENT, locale: 'en', status: 'outdated', page: 3, pageSize: 100 },
    });
    expect(checkDocumentsQuery({ contentType: ANNOUNCEMENT, locale: 'en', status: '' }, context())).toMatchObject({
      ok: true,
      query: { status: undefined },
    });
  });

  test('without a locale: a translator gets their own, an editor the first translation locale', () => {
    expect(checkDocumentsQuery({ contentType: ANNOUNCEMENT }, context(['en']))).toMatchObject({ ok: true, query: { locale: 'en' } });
    expect(checkDocumentsQuery({ contentType: ANNOUNCEMENT, locale: '' }, context())).toMatchObject({ ok: true, query: { locale: 'zh' } });
  });

  test.each([
    [{ locale: 'zh' }, 'contentType'],
    [{ contentType: 'api::nothing.nothing', locale: 'zh' }, 'contentType'],
    [{ contentType: ANNOUNCEMENT, locale: 'fr' }, 'locale'],
    [{ contentType: ANNOUNCEMENT, locale: ['zh', 'en'] }, 'locale'],
    [{ contentType: ANNOUNCEMENT, locale: 'zh', status: 'stale' }, 'status'],
    [{ contentType: ANNOUNCEMENT, locale: 'zh', page: '0' }, 'page'],
    [{ contentType: ANNOUNCEMENT, locale: 'zh', page: '1.5' }, 'page'],
    [{ contentType: ANNOUNCEMENT, locale: 'zh', pageSize: '-5' }, 'pageSize'],
    [{ contentType: ANNOUNCEMENT, locale: 'zh', pageSize: ['10', '20'] }, 'pageSize'],
  ])('%o names %s', (raw, parameter) => {
    expect(checkDocumentsQuery(raw as Record<string, unknown>, context())).toMatchObject({ ok: false, parameter });
  });

  test('the message says what is allowed', () => {
    expect(checkDocumentsQuery({ contentType: ANNOUNCEMENT, locale: 'fr' }, context())).toMatchObject({
      error: 'locale must be one of ru, zh, en',
    });
    expect(checkDocumentsQuery({ contentType: ANNOUNCEMENT, locale: 'zh', page: 'last' }, context())).toMatchObject({
      error: 'page must be a whole number from 1 (got "last")',
    });
  });
});

test('positiveInteger: digits only, from 1; the fallback when absent', () => {
  expect([undefined, '', '1', '42'].map((value) => positiveInteger(value, 7))).toEqual([7, 7, 1, 42]);
  expect(['0', '-1', '1.0', '1e2', ' 2', '0x10', '99999999999999999999'].map((value) => positiveInteger(value, 7))).toEqual(
    Array(7).fill(null)
  );
  expect(positiveInteger(3, 7)).toBeNull();
});

test('defaultWorkLocale', () => {
  expect(defaultWorkLocale(locales, ['zh'])).toBe('zh');
  expect(defaultWorkLocale(locales, locales)).toBe('zh');
  expect(defaultWorkLocale(locales, [])).toBe('zh');
  expect(defaultWorkLocale(['ru'], ['ru'])).toBe('ru');
});

test('checkLocale: one of the locales, asked for once', () => {
  expect(checkLocale('zh', locales)).toEqual({ ok: true, locale: 'zh' });
  for (const value of [undefined, '', 'fr', 'ZH', ['zh', 'en']]) {
    expect(checkLocale(value, locales)).toEqual({ ok: false, parameter: 'locale', error: 'locale must be one of ru, zh, en' });
  }
});

test("workLocales: a translator their own, in the locales' order; editors and readers every locale", () => {
  expect(workLocales(locales, ['zh'])).toEqual(['zh']);
  expect(workLocales(locales, ['en', 'zh'])).toEqual(['zh', 'en']);
  expect(workLocales(locales, locales)).toEqual(locales);
  expect(workLocales(locales, [])).toEqual(locales);
});
