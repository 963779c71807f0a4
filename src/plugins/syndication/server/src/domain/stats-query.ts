/** The stats endpoint's parameters, checked and normalised. Pure. */
import { parseIsoDate, utcDay } from './dates';
import { languageCode } from './languages';
import { INTERVALS, type Interval } from './periods';

export interface StatsQuery {
  /** First and last UTC day, inclusive; null means "from the first / to the last mention". */
  from: string | null;
  to: string | null;
  interval: Interval;
  /** Agency slugs (or documentIds); empty means every agency. */
  agencies: string[];
  /** ISO 639-1 codes; empty means every language. */
  languages: string[];
}

export type StatsQueryCheck = { ok: true; query: StatsQuery } | { ok: false; parameter: string; error: string };

const list = (value: unknown): unknown[] =>
  value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value : [value];

export function checkStatsQuery(raw: Record<string, unknown>): StatsQueryCheck {
  const fail = (parameter: string, error: string): StatsQueryCheck => ({ ok: false, parameter, error });

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

  const interval = raw.interval === undefined || raw.interval === '' ? 'month' : raw.interval;
  if (typeof interval !== 'string' || !(INTERVALS as readonly string[]).includes(interval)) {
    return fail('interval', `interval must be one of ${INTERVALS.join(', ')} (got ${JSON.stringify(interval)})`);
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
    query: {
      from: days.from,
      to: days.to,
      interval: interval as Interval,
      agencies: [...new Set((agencies as string[]).map((agency) => agency.trim()))],
      languages: [...new Set(languages)],
    },
  };
}
