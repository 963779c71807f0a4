import { clip, periodDays, presetPeriod, previousPeriod, suggestedInterval, latestTwelveMonths, latestYear } from './periods';
import { isoWeek } from '../../../server/src/domain/periods';

describe('Syndication page periods', () => {
  const today = '2026-11-28';

  test.each([
    ['last30', { from: '2026-10-30', to: today }],
    ['thisYear', { from: '2026-01-01', to: today }],
    ['lastYear', { from: '2025-01-01', to: '2025-12-31' }],
  ] as const)('%s', (preset, period) => {
    expect(presetPeriod(preset, today)).toEqual(period);
  });

  test('since partnership began: from the earliest partnerSince, or open', () => {
    expect(presetPeriod('sincePartnership', today, { partnerSince: '2016-03-11' })).toEqual({ from: '2016-03-11', to: today });
    expect(presetPeriod('sincePartnership', today)).toEqual({ from: null, to: today });
  });

  test('custom keeps what was chosen', () => {
    expect(presetPeriod('custom', today, { custom: { from: '2017-01-01', to: '2017-03-23' } })).toEqual({
      from: '2017-01-01',
      to: '2017-03-23',
    });
  });

  test('the previous period has the same length and ends the day before', () => {
    expect(previousPeriod({ from: '2026-10-30', to: '2026-11-28' })).toEqual({ from: '2026-09-30', to: '2026-10-29' });
    // Same number of days, not the same calendar span: 2016 has 366 days.
    expect(previousPeriod({ from: '2016-01-01', to: '2016-12-31' })).toEqual({ from: '2014-12-31', to: '2015-12-31' });
    expect(previousPeriod({ from: null, to: today })).toBeNull();
  });

  test('intervals follow the period length', () => {
    expect(suggestedInterval({ from: '2026-10-30', to: today })).toBe('day');
    expect(suggestedInterval({ from: '2026-09-01', to: today })).toBe('week');
    expect(suggestedInterval({ from: '2025-01-01', to: '2025-12-31' })).toBe('month');
    expect(suggestedInterval({ from: null, to: today })).toBe('month');
  });

  test('the days behind a bar, for each interval; weeks round-trip with the server’s ISO weeks', () => {
    expect(periodDays('2016-03-14', 'day')).toEqual({ from: '2016-03-14', to: '2016-03-14' });
    expect(periodDays('2016-02', 'month')).toEqual({ from: '2016-02-01', to: '2016-02-29' });
    expect(periodDays('2017', 'year')).toEqual({ from: '2017-01-01', to: '2017-12-31' });
    for (const day of ['2016-01-01', '2016-03-14', '2020-12-31', '2021-01-03', '2026-11-28']) {
      const { from, to } = periodDays(isoWeek(day), 'week');
      expect(from <= day && day <= to).toBe(true);
      expect(isoWeek(from)).toBe(isoWeek(day));
      expect(isoWeek(to)).toBe(isoWeek(day));
    }
  });

  test('a bar is clipped to the period asked for', () => {
    expect(clip({ from: '2016-03-01', to: '2016-03-31' }, { from: '2016-03-11', to: null })).toEqual({
      from: '2016-03-11',
      to: '2016-03-31',
    });
    expect(clip({ from: '2017-03-01', to: '2017-03-31' }, { from: null, to: '2017-03-23' })).toEqual({
      from: '2017-03-01',
      to: '2017-03-23',
    });
  });

  test('the widget counts this year while it has a mention, else the year of the latest mention', () => {
    expect(latestYear('2026-11-29', '2026-11-02')).toEqual({
      current: true,
      year: '2026',
      month: '2026-11',
      period: { from: '2026-01-01', to: '2026-11-29' },
    });
    // the demo: mentions from 2016 to March 2017
    expect(latestYear('2026-11-29', '2017-03-22')).toEqual({
      current: false,
      year: '2017',
      month: '2017-03',
      period: { from: '2017-01-01', to: '2017-12-31' },
    });
    expect(latestYear('2026-11-29', null)).toBeNull();
  });

  test('a partner’s twelve months: up to today while they have a mention, else up to the latest one', () => {
    expect(latestTwelveMonths('2026-11-29', '2026-03-01')).toEqual({ current: true, period: { from: '2025-12-01', to: '2026-11-29' } });
    expect(latestTwelveMonths('2026-11-29', null)).toEqual({ current: true, period: { from: '2025-12-01', to: '2026-11-29' } });
    expect(latestTwelveMonths('2026-11-29', '2017-03-22')).toEqual({ current: false, period: { from: '2016-04-01', to: '2017-03-31' } });
    expect(latestTwelveMonths('2026-11-29', '2016-12-31')).toEqual({ current: false, period: { from: '2016-01-01', to: '2016-12-31' } });
  });
});
