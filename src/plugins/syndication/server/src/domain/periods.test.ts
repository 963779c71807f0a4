import { daysBetween, isoWeek, periodOf, periodsBetween } from './periods';

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
