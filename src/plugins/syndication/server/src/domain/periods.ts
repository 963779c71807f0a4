/** Calendar buckets of the stats series, on UTC days written YYYY-MM-DD. */
export const INTERVALS = ['day', 'week', 'month', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

const parseDay = (day: string) => new Date(`${day}T00:00:00Z`);

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
    const period = periodOf(new Date(time).toISOString().slice(0, 10), interval);
    if (periods[periods.length - 1] !== period) periods.push(period);
  }
  return periods;
}

/** Number of days in an inclusive range. */
export const daysBetween = (from: string, to: string) =>
  Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS) + 1;
