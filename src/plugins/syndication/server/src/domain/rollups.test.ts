import { byMonth, compareRollups, corrections, inKeyOrder, negated, type RollupDelta } from './rollups';

const delta = (agency: string, period: string, language: string, count: number): RollupDelta => ({ agency, period, language, count });

describe('byMonth', () => {
  it('sums day deltas per agency, month and language', () => {
    const months = byMonth([
      delta('a', '2017-03-01', 'ru', 2),
      delta('a', '2017-03-31', 'ru', 3),
      delta('a', '2017-03-02', 'en', 1),
      delta('b', '2017-03-02', 'ru', 4),
      delta('a', '2017-04-01', 'ru', 1),
    ]);
    expect(inKeyOrder(months)).toEqual([
      delta('a', '2017-03', 'en', 1),
      delta('a', '2017-03', 'ru', 5),
      delta('a', '2017-04', 'ru', 1),
      delta('b', '2017-03', 'ru', 4),
    ]);
  });

  it('keeps negative deltas negative (a deletion lowers the month too)', () => {
    expect(byMonth(negated([delta('a', '2017-03-01', 'ru', 1)]))).toEqual([delta('a', '2017-03', 'ru', -1)]);
  });
});

describe('compareRollups', () => {
  const counted = [delta('a', '2017-03-01', 'ru', 2), delta('a', '2017-03-02', 'ru', 1)];

  it('finds nothing when both levels equal the count', () => {
    expect(compareRollups(counted, { day: counted, month: [delta('a', '2017-03', 'ru', 3)] })).toEqual([]);
  });

  it('reports rows that differ, are missing or should not exist, at each level', () => {
    const drift = compareRollups(counted, {
      day: [delta('a', '2017-03-01', 'ru', 5), delta('b', '2017-01-01', 'en', 1)],
      month: [delta('a', '2017-03', 'ru', 3)],
    });
    expect(drift).toEqual([
      { level: 'day', agency: 'a', period: '2017-03-01', language: 'ru', counted: 2, rolledUp: 5 },
      { level: 'day', agency: 'a', period: '2017-03-02', language: 'ru', counted: 1, rolledUp: 0 },
      { level: 'day', agency: 'b', period: '2017-01-01', language: 'en', counted: 0, rolledUp: 1 },
    ]);
    expect(corrections(drift, 'day')).toEqual([
      delta('a', '2017-03-01', 'ru', -3),
      delta('a', '2017-03-02', 'ru', 1),
      delta('b', '2017-01-01', 'en', -1),
    ]);
    expect(corrections(drift, 'month')).toEqual([]);
  });
});
