import { shapeStats } from './stats';

const xinhua = { documentId: 'x', slug: 'xinhua', name: 'Xinhua' };
const tass = { documentId: 't', slug: 'tass', name: 'TASS' };

test('totals, per agency, per language and a gap-free series', () => {
  const stats = shapeStats({
    sums: [
      { period: '2016-03', agency: 'x', language: 'zh', count: 5 },
      { period: '2016-03', agency: 't', language: 'ru', count: 2 },
      { period: '2016-05', agency: 'x', language: 'ru', count: 1 },
    ],
    agencies: [xinhua, tass],
    interval: 'month',
    from: null,
    to: null,
    firstDay: '2016-03-11',
    lastDay: '2016-05-02',
    agencyBounds: [
      { agency: 'x', firstDay: '2016-03-11', lastDay: '2016-05-02' },
      { agency: 't', firstDay: '2016-03-20', lastDay: '2016-03-20' },
    ],
  });
  expect(stats).toEqual({
    total: 8,
    byAgency: [
      { agency: xinhua, count: 6, firstDay: '2016-03-11', lastDay: '2016-05-02' },
      { agency: tass, count: 2, firstDay: '2016-03-20', lastDay: '2016-03-20' },
    ],
    byLanguage: [
      { language: 'zh', count: 5 },
      { language: 'ru', count: 3 },
    ],
    series: [
      { period: '2016-03', count: 7, byAgency: { xinhua: 5, tass: 2 } },
      { period: '2016-04', count: 0, byAgency: { xinhua: 0, tass: 0 } },
      { period: '2016-05', count: 1, byAgency: { xinhua: 1, tass: 0 } },
    ],
  });
});

test('nothing to count: empty series unless a range is given', () => {
  const base = { sums: [], agencies: [], interval: 'year' as const, firstDay: null, lastDay: null };
  expect(shapeStats({ ...base, from: null, to: null }).series).toEqual([]);
  expect(shapeStats({ ...base, from: '2016-01-01', to: '2017-06-01' }).series).toEqual([
    { period: '2016', count: 0, byAgency: {} },
    { period: '2017', count: 0, byAgency: {} },
  ]);
});

test('an agency that no longer exists is still counted, under its documentId', () => {
  const stats = shapeStats({
    sums: [{ period: '2016', agency: 'gone', language: 'en', count: 3 }],
    agencies: [],
    interval: 'year',
    from: null,
    to: null,
    firstDay: '2016-01-01',
    lastDay: '2016-01-01',
  });
  // Without bounds (none given), first and last days are unknown.
  expect(stats.byAgency).toEqual([{ agency: { documentId: 'gone', slug: null, name: null }, count: 3, firstDay: null, lastDay: null }]);
  expect(stats.series[0].byAgency).toEqual({ gone: 3 });
});
