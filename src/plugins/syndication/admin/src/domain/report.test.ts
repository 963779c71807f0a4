import { agencyRows, chartRows, dataSpan, reportRows, type StatsData } from './report';

const xinhua = { documentId: 'x1', slug: 'xinhua', name: 'Xinhua' };
const tass = { documentId: 't1', slug: 'tass', name: 'TASS' };
const kazinform = { documentId: 'k1', slug: 'kazinform', name: 'Kazinform' };

const stats: StatsData = {
  total: 30,
  byAgency: [
    { agency: xinhua, count: 20, firstDay: '2016-03-11', lastDay: '2016-05-02' },
    { agency: tass, count: 10, firstDay: '2016-03-12', lastDay: '2016-04-30' },
  ],
  byLanguage: [{ language: 'ru', count: 30 }],
  series: [
    { period: '2016-03', count: 12, byAgency: { xinhua: 12 } },
    { period: '2016-04', count: 18, byAgency: { xinhua: 8, tass: 10 } },
  ],
  previous: { total: 15, byAgency: [{ agency: xinhua, count: 16 }] },
};

describe('Syndication report', () => {
  test('per-agency rows: share of the total and trend against the previous period', () => {
    expect(agencyRows(stats)).toEqual([
      {
        key: 'xinhua',
        documentId: 'x1',
        name: 'Xinhua',
        count: 20,
        share: 20 / 30,
        firstDay: '2016-03-11',
        lastDay: '2016-05-02',
        previous: 16,
        trend: 0.25,
      },
      // no mention before: no trend to speak of, but the previous count is known (0)
      {
        key: 'tass',
        documentId: 't1',
        name: 'TASS',
        count: 10,
        share: 10 / 30,
        firstDay: '2016-03-12',
        lastDay: '2016-04-30',
        previous: 0,
        trend: null,
      },
    ]);
  });

  test('without a previous period, neither previous counts nor trends', () => {
    const rows = agencyRows({ ...stats, previous: null });
    expect(rows.map((row) => [row.previous, row.trend])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  test('an empty answer has no share to divide by zero', () => {
    expect(agencyRows({ total: 0, byAgency: [{ agency: tass, count: 0 }], byLanguage: [], series: [] })[0].share).toBe(0);
  });

  test('chart rows fill the agencies without mentions in a period with zero', () => {
    expect(chartRows(stats)).toEqual([
      { period: '2016-03', xinhua: 12, tass: 0 },
      { period: '2016-04', xinhua: 8, tass: 10 },
    ]);
  });

  test('an agency without a mention in the period still gets its row, with zeros', () => {
    const rows = agencyRows(stats, [kazinform, tass, xinhua]);
    expect(rows.map((row) => row.key)).toEqual(['xinhua', 'tass', 'kazinform']);
    expect(rows[2]).toEqual({
      key: 'kazinform',
      documentId: 'k1',
      name: 'Kazinform',
      count: 0,
      share: 0,
      firstDay: null,
      lastDay: null,
      previous: 0,
      trend: null,
    });
  });

  test('the chart spans the periods with data, not the empty ones around them', () => {
    const empty = (period: string) => ({ period, count: 0, byAgency: {} });
    const sparse: StatsData = {
      ...stats,
      series: [
        empty('2015'),
        { period: '2016', count: 25, byAgency: { xinhua: 20, tass: 5 } },
        empty('2017'),
        { period: '2018', count: 5, byAgency: { tass: 5 } },
        empty('2019'),
        empty('2020'),
      ],
    };
    expect(chartRows(sparse).map((row) => row.period)).toEqual(['2016', '2017', '2018']);
    expect(chartRows({ ...stats, series: [empty('2015'), empty('2016')] })).toEqual([]);
  });

  test('the span of the data: first to last mention of any agency', () => {
    expect(dataSpan(stats)).toEqual({ from: '2016-03-11', to: '2016-05-02' });
    expect(
      dataSpan({ total: 0, byAgency: [{ agency: tass, count: 0, firstDay: null, lastDay: null }], byLanguage: [], series: [] })
    ).toBeNull();
  });

  test('the CSV rows: one per agency and period, then the totals, which add up', () => {
    const rows = reportRows(stats, { period: 'Period', agency: 'Agency', mentions: 'Mentions', total: 'Total' });
    expect(rows).toEqual([
      ['Period', 'Agency', 'Mentions'],
      ['2016-03', 'Xinhua', '12'],
      ['2016-03', 'TASS', '0'],
      ['2016-04', 'Xinhua', '8'],
      ['2016-04', 'TASS', '10'],
      ['Total', 'Xinhua', '20'],
      ['Total', 'TASS', '10'],
    ]);
  });
});
