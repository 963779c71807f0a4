import { daysBetween, isoWeek, periodOf, periodsBetween, previousPeriod, splitByMonths } from './periods';

describe('isoWeek', () => {
  test.each([
    ['2016-01-01', '2015-W53'],
    ['2016-01-04', '2016-W01'],
    ['2016-03-11', '2016-W10'],
    ['2016-12-31', '2016-W52'],
    ['2017-01-01', '2016-W52'],
    ['2017-01-02', '2017-W01'],
    ['2018-12-31', '2019-W01'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
});

test('periodOf', () => {
  expect(periodOf('2017-03-23', 'day')).toBe('2017-03-23');
  expect(periodOf('2017-03-23', 'week')).toBe('2017-W12');
  expect(periodOf('2017-03-23', 'month')).toBe('2017-03');
  expect(periodOf('2017-03-23', 'year')).toBe('2017');
});

test('periodsBetween covers the range, partial periods included', () => {
  expect(periodsBetween('2016-11-30', '2017-02-01', 'month')).toEqual(['2016-11', '2016-12', '2017-01', '2017-02']);
  expect(periodsBetween('2016-12-30', '2017-01-02', 'day')).toEqual(['2016-12-30', '2016-12-31', '2017-01-01', '2017-01-02']);
  expect(periodsBetween('2016-12-28', '2017-01-09', 'week')).toEqual(['2016-W52', '2017-W01', '2017-W02']);
  expect(periodsBetween('2016-03-11', '2016-03-11', 'year')).toEqual(['2016']);
});

test('daysBetween is inclusive', () => {
  expect(daysBetween('2016-03-11', '2016-03-11')).toBe(1);
  expect(daysBetween('2016-03-11', '2017-03-23')).toBe(378);
});

describe('splitByMonths', () => {
  test('whole months only', () => {
    expect(splitByMonths('2016-03-01', '2016-05-31')).toEqual({ head: null, months: ['2016-03', '2016-05'], tail: null });
    expect(splitByMonths(null, null)).toEqual({ head: null, months: [null, null], tail: null });
  });

  test('partial months at both ends', () => {
    expect(splitByMonths('2016-03-11', '2017-03-23')).toEqual({
      head: ['2016-03-11', '2016-03-31'],
      months: ['2016-04', '2017-02'],
      tail: ['2017-03-01', '2017-03-23'],
    });
    expect(splitByMonths('2016-03-11', null)).toEqual({ head: ['2016-03-11', '2016-03-31'], months: ['2016-04', null], tail: null });
  });

  test('inside one month', () => {
    expect(splitByMonths('2016-03-11', '2016-03-20')).toEqual({ head: ['2016-03-11', '2016-03-20'], months: null, tail: null });
    expect(splitByMonths('2016-02-01', '2016-02-29')).toEqual({ head: null, months: ['2016-02', '2016-02'], tail: null });
  });

  test('adjacent partial months', () => {
    expect(splitByMonths('2016-03-11', '2016-04-05')).toEqual({
      head: ['2016-03-11', '2016-03-31'],
      months: null,
      tail: ['2016-04-01', '2016-04-05'],
    });
  });

  test('every day of any range is covered exactly once', () => {
    const day = (offset: number) => new Date(Date.UTC(2015, 11, 1) + offset * 86400000).toISOString().slice(0, 10);
    for (let start = 0; start < 100; start += 3) {
      for (let end = start; end < 130; end += 7) {
        const from = day(start);
        const to = day(end);
        const { head, months, tail } = splitByMonths(from, to);
        const covered: string[] = [];
        const addDays = (range: [string, string] | null) => {
          if (range) for (let d = range[0]; d <= range[1]; d = day((Date.parse(d) - Date.UTC(2015, 11, 1)) / 86400000 + 1)) covered.push(d);
        };
        addDays(head);
        if (months)
          for (let offset = start; offset <= end; offset += 1)
            if (day(offset).slice(0, 7) >= months[0]! && day(offset).slice(0, 7) <= months[1]!) covered.push(day(offset));
        addDays(tail);
        const expected = Array.from({ length: end - start + 1 }, (_, i) => day(start + i));
        expect(covered.sort()).toEqual(expected);
      }
    }
  });
});

describe('previousPeriod', () => {
  test.each([
    ['2017-03-01', '2017-03-31', '2017-01-29', '2017-02-28'],
    ['2016-03-11', '2017-03-22', '2015-02-28', '2016-03-10'],
    ['2017-01-01', '2017-12-31', '2016-01-02', '2016-12-31'],
    ['2016-03-01', '2016-03-01', '2016-02-29', '2016-02-29'],
  ])('%s..%s follows %s..%s', (from, to, previousFrom, previousTo) => {
    const previous = previousPeriod(from, to);
    expect(previous).toEqual({ from: previousFrom, to: previousTo });
    expect(daysBetween(previous.from, previous.to)).toBe(daysBetween(from, to));
  });
});
