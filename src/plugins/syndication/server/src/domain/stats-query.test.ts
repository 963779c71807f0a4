import { checkStatsQuery } from './stats-query';

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
