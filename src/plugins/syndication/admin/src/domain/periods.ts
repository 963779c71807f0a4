/**
 * The periods the Syndication page offers, as inclusive UTC days (YYYY-MM-DD). Pure: `today`
 * is given. Calendar rules (ISO weeks, previous period) are the server's own (server/src/domain).
 */
import { INTERVALS, daysBetween, previousPeriod as previousRange, type Interval } from '../../../server/src/domain/periods';

export { INTERVALS, type Interval };

export const PRESETS = ['last30', 'thisYear', 'lastYear', 'sincePartnership', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export interface Period {
  /** null: open (since the first mention, or up to the last). */
  from: string | null;
  to: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const parseDay = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => isoDay(new Date(parseDay(day).getTime() + days * DAY_MS));

/** `sincePartnership` starts at the earliest `partnerSince` of the agencies, when known. */
export function presetPeriod(
  preset: Preset,
  today: string,
  { custom, partnerSince }: { custom?: Period; partnerSince?: string | null } = {}
): Period {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
    case 'sincePartnership':
      return { from: partnerSince ?? null, to: today };
    case 'custom':
      return custom ?? { from: null, to: null };
  }
}

/** The period of the same length just before, to show a trend; none for an open period. */
export const previousPeriod = ({ from, to }: Period): Period | null => (from && to ? previousRange(from, to) : null);

/** An interval that gives a readable chart: days for a month, weeks for a quarter, then months. */
export function suggestedInterval({ from, to }: Period): Interval {
  if (!from || !to) return 'month';
  const days = daysBetween(from, to);
  if (days <= 45) return 'day';
  if (days <= 120) return 'week';
  return days <= 366 * 5 ? 'month' : 'year';
}

/** Monday of ISO week `2016-W10`. */
function mondayOfIsoWeek(label: string): string {
  const [year, week] = label.split('-W').map(Number);
  const fourth = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeekOne = fourth.getTime() - ((fourth.getUTCDay() + 6) % 7) * DAY_MS;
  return isoDay(new Date(mondayOfWeekOne + (week - 1) * 7 * DAY_MS));
}

/** The days a chart period (2016-03-14, 2016-W11, 2016-03, 2016) stands for. */
export function periodDays(period: string, interval: Interval): { from: string; to: string } {
  switch (interval) {
    case 'day':
      return { from: period, to: period };
    case 'week': {
      const monday = mondayOfIsoWeek(period);
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'month': {
      const [year, month] = period.split('-').map(Number);
      return { from: `${period}-01`, to: isoDay(new Date(Date.UTC(year, month, 0))) };
    }
    case 'year':
      return { from: `${period}-01-01`, to: `${period}-12-31` };
  }
}

/** A bar's days clipped to the period asked for, so its mentions are exactly the bar's. */
export function clip(inner: { from: string; to: string }, outer: Period): { from: string; to: string } {
  return {
    from: outer.from && outer.from > inner.from ? outer.from : inner.from,
    to: outer.to && outer.to < inner.to ? outer.to : inner.to,
  };
}

const monthEnd = (month: string) => isoDay(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)));
/** The first day of the month `months` before (negative) or after the month of `day`. */
const monthStart = (day: string, months: number) =>
  isoDay(new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + months, 1)));

/**
 * The year and month the homepage widget counts: this year and this month while this year has
 * a mention (`current`), otherwise the year and month of the latest mention, so that a quiet
 * year (or the demo, whose mentions are from 2016–2017) still shows numbers. Null: no mention.
 */
export function latestYear(
  today: string,
  lastDay: string | null
): { current: boolean; year: string; month: string; period: Period } | null {
  if (!lastDay) return null;
  const current = lastDay.slice(0, 4) >= today.slice(0, 4);
  const end = current ? today : lastDay;
  const year = end.slice(0, 4);
  return { current, year, month: end.slice(0, 7), period: { from: `${year}-01-01`, to: current ? today : `${year}-12-31` } };
}

/**
 * Twelve calendar months for a partner's panel: up to today when the partner has a mention in
 * them (`current`), otherwise the twelve months up to its latest mention.
 */
export function latestTwelveMonths(today: string, lastDay: string | null): { current: boolean; period: { from: string; to: string } } {
  const recent = monthStart(today, -11);
  if (!lastDay || lastDay >= recent) return { current: true, period: { from: recent, to: today } };
  return { current: false, period: { from: monthStart(lastDay, -11), to: monthEnd(lastDay.slice(0, 7)) } };
}
