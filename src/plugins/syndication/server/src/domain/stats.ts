/** Turns rollup sums into the stats answer. Pure: the same shape for REST, GraphQL and the admin. */
import { periodsBetween, type Interval } from './periods';

/** One grouped rollup sum: mentions of one agency, in one language, in one period. */
export interface RollupSum {
  period: string;
  agency: string;
  language: string;
  count: number;
}

export interface AgencySummary {
  documentId: string;
  slug: string | null;
  name: string | null;
}

/** First and last day with a mention of one agency, within the period asked for. */
export interface AgencyBounds {
  agency: string;
  firstDay: string;
  lastDay: string;
}

export interface Stats {
  total: number;
  byAgency: { agency: AgencySummary; count: number; firstDay: string | null; lastDay: string | null }[];
  byLanguage: { language: string; count: number }[];
  series: { period: string; count: number; byAgency: Record<string, number> }[];
}

export interface StatsShape {
  sums: RollupSum[];
  /** Every agency to report, including those asked for that have no mention. */
  agencies: AgencySummary[];
  interval: Interval;
  from: string | null;
  to: string | null;
  /** First and last day holding a mention, used when from/to are open. */
  firstDay: string | null;
  lastDay: string | null;
  /** Per agency, its first and last day with a mention in the period; absent: none. */
  agencyBounds?: AgencyBounds[];
}

const add = (totals: Map<string, number>, key: string, count: number) => totals.set(key, (totals.get(key) ?? 0) + count);

const byCountThenName =
  <T>(name: (entry: T) => string) =>
  (a: T & { count: number }, b: T & { count: number }) =>
    b.count - a.count || name(a).localeCompare(name(b));

/** The key of an agency in `series[].byAgency`: its slug, or its documentId when it has none. */
export const agencyKey = (agency: AgencySummary) => agency.slug ?? agency.documentId;

export function shapeStats({ sums, agencies, interval, from, to, firstDay, lastDay, agencyBounds = [] }: StatsShape): Stats {
  const bounds = new Map(agencyBounds.map((entry) => [entry.agency, entry]));
  const perAgency = new Map<string, number>();
  const perLanguage = new Map<string, number>();
  const perPeriod = new Map<string, number>();
  const perPeriodAgency = new Map<string, Map<string, number>>();
  let total = 0;

  for (const { period, agency, language, count } of sums) {
    total += count;
    add(perAgency, agency, count);
    add(perLanguage, language, count);
    add(perPeriod, period, count);
    if (!perPeriodAgency.has(period)) perPeriodAgency.set(period, new Map());
    add(perPeriodAgency.get(period)!, agency, count);
  }

  const known = new Map(agencies.map((agency) => [agency.documentId, agency]));
  for (const documentId of perAgency.keys()) {
    if (!known.has(documentId)) known.set(documentId, { documentId, slug: null, name: null });
  }
  const reported = [...known.values()];

  const start = from ?? firstDay;
  const end = to ?? lastDay;
  const periods = start && end ? periodsBetween(start, end, interval) : [];

  return {
    total,
    byAgency: reported
      .map((agency) => ({
        agency,
        count: perAgency.get(agency.documentId) ?? 0,
        firstDay: bounds.get(agency.documentId)?.firstDay ?? null,
        lastDay: bounds.get(agency.documentId)?.lastDay ?? null,
      }))
      .sort(byCountThenName((entry) => entry.agency.name ?? entry.agency.documentId)),
    byLanguage: [...perLanguage.entries()]
      .map(([language, count]) => ({ language, count }))
      .sort(byCountThenName((entry) => entry.language)),
    series: periods.map((period) => ({
      period,
      count: perPeriod.get(period) ?? 0,
      byAgency: Object.fromEntries(reported.map((agency) => [agencyKey(agency), perPeriodAgency.get(period)?.get(agency.documentId) ?? 0])),
    })),
  };
}
