/**
 * `?fallback=true` over more documents than SQLite takes SQL parameters in one statement (32,766):
 * each document's best published version is chosen in the database, so the answers (locale,
 * totals, pages, filters) are right at any size. The versions are written with batched inserts.
 */
import { path } from './helpers/http';
import { appModule, startPressroom, type Pressroom } from './helpers/pressroom';

const { fillFallbackAnnouncements, expectedChoice, categoryOf, documentIdOf } = require('../scripts/lib/fallback-fixture.js');

// About 70,000 versions; a zh or en answer holds more documents than SQLite's parameter limit.
const DOCUMENTS = 40_000;
const SQLITE_MAX_VARIABLES = 32_766;
const { fallbackChain } = appModule('locales');

let pressroom: Pressroom;
let versions = 0;

beforeAll(async () => {
  pressroom = await startPressroom();
  versions = await fillFallbackAnnouncements(pressroom.strapi, { to: DOCUMENTS });
});
afterAll(() => pressroom?.stop());

const announcements = (query: Record<string, unknown>) => pressroom.http.get(path('/api/announcements', { fallback: 'true', ...query }));
const slugs = (response: any) => response.body.data.map((item: any) => item.slug);

test('the fixture is past the sizes that broke the per-document list of ids', () => {
  expect(versions).toBeGreaterThan(40_000);
  expect(expectedChoice(DOCUMENTS, fallbackChain('zh')).length).toBeGreaterThan(SQLITE_MAX_VARIABLES);
});

describe.each(['zh', 'en', 'ru'])('fallback in %s', (locale) => {
  const expected = expectedChoice(DOCUMENTS, fallbackChain(locale));

  test('counts each document once, in its best published locale', async () => {
    const response = await announcements({ locale, sort: 'slug', pagination: { page: 1, pageSize: 100 } });
    expect(response.status).toBe(200);
    expect(response.body.meta.pagination).toEqual({
      page: 1,
      pageSize: 100,
      pageCount: Math.ceil(expected.length / 100),
      total: expected.length,
    });
    expect(response.body.data.map((item: any) => [item.documentId, item.locale])).toEqual(
      expected.slice(0, 100).map((choice: any) => [choice.documentId, choice.locale])
    );
  });

  test('pages further in, and the last page, hold the right documents', async () => {
    const middle = await announcements({ locale, sort: 'slug', pagination: { page: 137, pageSize: 25 } });
    expect(slugs(middle)).toEqual(expected.slice(136 * 25, 137 * 25).map((choice: any) => choice.slug));
    const pageCount = Math.ceil(expected.length / 25);
    const last = await announcements({ locale, sort: 'slug', pagination: { page: pageCount, pageSize: 25 } });
    expect(slugs(last)).toEqual(expected.slice((pageCount - 1) * 25).map((choice: any) => choice.slug));
  });
});

test('a filter applies to the chosen versions, with offset pagination and a descending sort', async () => {
  const chain = fallbackChain('zh');
  const expected = expectedChoice(DOCUMENTS, chain, (index: number) => categoryOf(index) === 'statement').reverse();
  const response = await announcements({
    locale: 'zh',
    filters: { category: 'statement' },
    sort: 'slug:desc',
    pagination: { start: 1_000, limit: 50 },
  });
  expect(response.body.meta.pagination).toEqual({ start: 1_000, limit: 50, total: expected.length });
  expect(slugs(response)).toEqual(expected.slice(1_000, 1_050).map((choice: any) => choice.slug));
});

test('a filter on a localized field picks among chosen versions only', async () => {
  // "(ru)" is in the title of every ru version, but a document with a zh version is served in zh.
  const expected = expectedChoice(DOCUMENTS, fallbackChain('zh')).filter((choice: any) => choice.locale === 'ru');
  const response = await announcements({ locale: 'zh', filters: { title: { $contains: '(ru)' } }, pagination: { pageSize: 1 } });
  expect(response.body.meta.pagination.total).toBe(expected.length);
});

test('findOne falls back per document; never-published versions are not served', async () => {
  // 1: ru only published, with an en version never published. 6: zh, ru and en. 5: zh and en missing, no ru.
  const one = await pressroom.http.get(`/api/announcements/${documentIdOf(1)}?locale=en&fallback=true`);
  expect([one.status, one.body.data.locale, one.body.data.title]).toEqual([200, 'ru', 'Announcement 1 (ru)']);
  const six = await pressroom.http.get(`/api/announcements/${documentIdOf(6)}?locale=zh&fallback=true`);
  expect([six.status, six.body.data.locale]).toEqual([200, 'zh']);
  const five = await pressroom.http.get(`/api/announcements/${documentIdOf(5)}?locale=zh&fallback=true`);
  expect(five.status).toBe(404);
});
