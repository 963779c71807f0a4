import { checkComparison, checkMentionFilter, checkStatsQuery } from './stats-query';

test('defaults: everything, by month, every agency and language', () => {
  expect(checkStatsQuery({})).toEqual({
    ok: true,
    query: { from: null, to: null, interval: 'month', agencies: [], languages: [] },
  });
});

test('repeatable agency and language, normalised', () => {
  const check = checkStatsQuery({ agency: ['xinhua', ' tass', 'xinhua'], language: ['ZH', 'ru-RU'], from: '2016-03-11T10:00:00+08:00' });
  expect(check).toEqual({
    ok: true,
    query: { from: '2016-03-11', to: null, interval: 'month', agencies: ['xinhua', 'tass'], languages: ['zh', 'ru'] },
  });
});

test.each([
  [{ from: 'soon' }, 'from'],
  [{ to: ['2016-01-01'] }, 'to'],
  [{ from: '2016-02-01', to: '2016-01-01' }, 'from'],
  [{ interval: 'quarter' }, 'interval'],
  [{ agency: [''] }, 'agency'],
  [{ agency: { $ne: 1 } }, 'agency'],
  [{ language: 'elvish' }, 'language'],
])('%o names %s', (query, parameter) => {
  const check = checkStatsQuery(query as Record<string, unknown>);
  expect(check.ok).toBe(false);
  if (!check.ok) expect(check.parameter).toBe(parameter);
});

test('the mention filter is the stats query without its interval', () => {
  const raw = { agency: 'tass', language: 'en', from: '2016-03-11', to: '2016-03-31', interval: 'day' };
  expect(checkMentionFilter(raw)).toEqual({
    ok: true,
    filter: { from: '2016-03-11', to: '2016-03-31', agencies: ['tass'], languages: ['en'] },
  });
  expect(checkMentionFilter({ interval: 'quarter' }).ok).toBe(true);
  expect(checkMentionFilter({ to: 'tomorrow' })).toMatchObject({ ok: false, parameter: 'to' });
});

test('compare', () => {
  expect(checkComparison({})).toEqual({ ok: true, compare: null });
  expect(checkComparison({ compare: 'previous' })).toEqual({ ok: true, compare: 'previous' });
  expect(checkComparison({ compare: 'last-year' })).toMatchObject({
    ok: false,
    parameter: 'compare',
    error: expect.stringMatching(/compare must be previous/),
  });
  expect(checkComparison({ compare: ['previous', 'previous'] })).toMatchObject({ ok: false, parameter: 'compare' });
});
