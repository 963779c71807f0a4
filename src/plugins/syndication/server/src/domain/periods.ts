/** Calendar buckets of the stats series, on UTC days written YYYY-MM-DD. */
import { addDays, DAY_MS, startOfDay as parseDay, utcDay } from './dates';

export const INTERVALS = ['day', 'week', 'month', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];

/** ISO 8601 week label (2016-W10): weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(day: string): string {
  const date = parseDay(day);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7;
  const weekOne = firstThursday.getTime() - firstWeekday * DAY_MS;
  const week = 1 + Math.round((thursday.getTime() - 3 * DAY_MS - weekOne) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The bucket a day falls in: 2016-03-14, 2016-W11, 2016-03 or 2016. */
export function periodOf(day: string, interval: Interval): string {
  switch (interval) {
    case 'day':
      return day;
    case 'week':
      return isoWeek(day);
    case 'month':
      return day.slice(0, 7);
    case 'year':
      return day.slice(0, 4);
  }
}

/** Every bucket from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(from: string, to: string, interval: Interval): string[] {
  const periods: string[] = [];
  const end = parseDay(to).getTime();
  for (let time = parseDay(from).getTime(); time <= end; time += DAY_MS) {
    const period = periodOf(utcDay(new Date(time)), interval);
    if (periods[periods.length - 1] !== period) periods.push(period);
  }
  return periods;
}

/** Number of days in an inclusive range. */
export const daysBetween = (from: string, to: string) => Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS) + 1;

/** The range of the same number of days that ends the day before `from`: what a trend compares with. */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
  const length = daysBetween(from, to);
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

const monthOf = (day: string) => day.slice(0, 7);
const lastDayOfMonth = (month: string) => {
  const [year, number] = month.split('-').map(Number);
  return utcDay(new Date(Date.UTC(year, number, 0)));
};
const shiftMonth = (month: string, by: number) => {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 1 + by, 1)).toISOString().slice(0, 7);
};

/** A day range served by daily rollups, and a month range served by monthly rollups. */
export interface MonthSplit {
  /** Days before the first whole month (or the whole range when it lies inside one month). */
  head: [string, string] | null;
  /** Whole months, inclusive; null ends are open. */
  months: [string | null, string | null] | null;
  /** Days after the last whole month. */
  tail: [string, string] | null;
}

/**
 * Splits an inclusive day range (open ends allowed) into the whole months it covers and the
 * partial months at either end, so that monthly rollups can answer most of it.
 */
export function splitByMonths(from: string | null, to: string | null): MonthSplit {
  const startsMonth = from === null || from.endsWith('-01');
  const endsMonth = to === null || to === lastDayOfMonth(monthOf(to));
  const firstWhole = from === null ? null : startsMonth ? monthOf(from) : shiftMonth(monthOf(from), 1);
  const lastWhole = to === null ? null : endsMonth ? monthOf(to) : shiftMonth(monthOf(to), -1);
  const months =
    firstWhole === null || lastWhole === null || firstWhole <= lastWhole
      ? ([firstWhole, lastWhole] as [string | null, string | null])
      : null;

  if (from !== null && to !== null && monthOf(from) === monthOf(to) && !(startsMonth && endsMonth)) {
    return { head: [from, to], months: null, tail: null };
  }
  return {
    head: startsMonth ? null : [from!, lastDayOfMonth(monthOf(from!))],
    months,
    tail: endsMonth ? null : [`${monthOf(to!)}-01`, to!],
  };
}
