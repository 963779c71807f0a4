/**
 * The parameters that choose mentions (period, agencies, languages), shared by the stats and the
 * mention list, and the stats' own (interval, comparison), checked and normalised. Pure.
 */
import { parseIsoDate, utcDay } from './dates';
import { languageCode } from './languages';
import { INTERVALS, type Interval } from './periods';

/** Which mentions: the same filter gives the same mentions to the stats and to the list. */
export interface MentionFilter {
  /** First and last UTC day, inclusive; null means "from the first / to the last mention". */
  from: string | null;
  to: string | null;
  /** Agency slugs (or documentIds); empty means every agency. */
  agencies: string[];
  /** ISO 639-1 codes; empty means every language. */
  languages: string[];
}

export interface StatsQuery extends MentionFilter {
  interval: Interval;
}

export type Failure = { ok: false; parameter: string; error: string };
export type MentionFilterCheck = { ok: true; filter: MentionFilter } | Failure;
export type StatsQueryCheck = { ok: true; query: StatsQuery } | Failure;

/** What a stats answer can be compared with: the period of the same length just before. */
export const COMPARISONS = ['previous'] as const;
export type Comparison = (typeof COMPARISONS)[number];
export type ComparisonCheck = { ok: true; compare: Comparison | null } | Failure;

const list = (value: unknown): unknown[] =>
  value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value];

export const fail = (parameter: string, error: string): Failure => ({ ok: false, parameter, error });

export function checkMentionFilter(raw: Record<string, unknown>): MentionFilterCheck {
  const days: Record<'from' | 'to', string | null> = { from: null, to: null };
  for (const name of ['from', 'to'] as const) {
    const value = raw[name];
    if (value === undefined || value === '') continue;
    const date = typeof value === 'string' ? parseIsoDate(value) : null;
    if (date === null) return fail(name, `${name} must be an ISO 8601 date such as 2016-03-11 (got ${JSON.stringify(value)})`);
    days[name] = utcDay(date);
  }
  if (days.from && days.to && days.from > days.to) {
    return fail('from', `from (${days.from}) is after to (${days.to})`);
  }

  const agencies = list(raw.agency);
  if (agencies.some((agency) => typeof agency !== 'string' || agency.trim() === '' || agency.length > 64)) {
    return fail('agency', 'agency must be an agency slug; repeat the parameter for several agencies');
  }

  const languages: string[] = [];
  for (const value of list(raw.language)) {
    const code = typeof value === 'string' ? languageCode(value) : null;
    if (code === null) return fail('language', `language must be an ISO 639-1 code such as ru, zh or en (got ${JSON.stringify(value)})`);
    languages.push(code);
  }

  return {
    ok: true,
    filter: {
      from: days.from,
      to: days.to,
      agencies: [...new Set((agencies as string[]).map((agency) => agency.trim()))],
      languages: [...new Set(languages)],
    },
  };
}

export function checkStatsQuery(raw: Record<string, unknown>): StatsQueryCheck {
  const filter = checkMentionFilter(raw);
  if (!filter.ok) return filter;

  const interval = raw.interval === undefined || raw.interval === '' ? 'month' : raw.interval;
  if (typeof interval !== 'string' || !(INTERVALS as readonly string[]).includes(interval)) {
    return fail('interval', `interval must be one of ${INTERVALS.join(', ')} (got ${JSON.stringify(interval)})`);
  }

  const { from, to, agencies, languages } = filter.filter;
  return { ok: true, query: { from, to, interval: interval as Interval, agencies, languages } };
}

/** `compare=previous` adds the totals of the period of the same length just before. */
export function checkComparison(raw: Record<string, unknown>): ComparisonCheck {
  const value = raw.compare;
  if (value === undefined || value === '') return { ok: true, compare: null };
  if (typeof value !== 'string' || !(COMPARISONS as readonly string[]).includes(value)) {
    return fail('compare', `compare must be ${COMPARISONS.join(' or ')} (got ${JSON.stringify(value)})`);
  }
  return { ok: true, compare: value as Comparison };
}
