/**
 * What the Syndication page shows, shaped from the stats answer: the per-agency table with
 * shares and trends, the chart's rows, and the CSV of the current view. Pure.
 */
import { agencyKey, type AgencySummary, type Stats } from '../../../server/src/domain/stats';

export { agencyKey, type AgencySummary };

/** The stats answer; with `compare=previous`, the previous period's totals beside it. */
export type StatsData = Omit<Stats, 'byAgency'> & {
  byAgency: (Pick<Stats['byAgency'][number], 'agency' | 'count'> & Partial<Stats['byAgency'][number]>)[];
  previous?: { total: number; byAgency: { agency: AgencySummary; count: number }[] } | null;
};

export interface AgencyRow {
  key: string;
  documentId: string;
  name: string;
  count: number;
  /** Share of the total, 0..1. */
  share: number;
  firstDay: string | null;
  lastDay: string | null;
  /** Mentions in the previous period of the same length; null when there is none to compare. */
  previous: number | null;
  /** Relative change against the previous period; null when it had no mention or is unknown. */
  trend: number | null;
}

/**
 * One row per agency of the answer, then one with zero mentions for each of `everyAgency` the
 * answer leaves out: a partner without a mention in the period is a fact worth seeing.
 */
export function agencyRows(stats: StatsData, everyAgency: AgencySummary[] = []): AgencyRow[] {
  const previous = stats.previous ? new Map(stats.previous.byAgency.map((entry) => [entry.agency.documentId, entry.count])) : null;
  const counted = new Set(stats.byAgency.map((entry) => entry.agency.documentId));
  const silent = everyAgency.filter((agency) => !counted.has(agency.documentId)).map((agency) => ({ agency, count: 0 }));
  return [...stats.byAgency, ...silent].map((entry: StatsData['byAgency'][number]) => {
    const before = previous ? (previous.get(entry.agency.documentId) ?? 0) : null;
    return {
      key: agencyKey(entry.agency),
      documentId: entry.agency.documentId,
      name: entry.agency.name ?? entry.agency.slug ?? entry.agency.documentId,
      count: entry.count,
      share: stats.total > 0 ? entry.count / stats.total : 0,
      firstDay: entry.firstDay ?? null,
      lastDay: entry.lastDay ?? null,
      previous: before,
      trend: before ? (entry.count - before) / before : null,
    };
  });
}

/**
 * One chart row per period, one column per agency key (zeros filled in), from the first period
 * with a mention to the last: the axis spans the data, not the empty years around it.
 */
export function chartRows(stats: StatsData): Record<string, string | number>[] {
  const keys = stats.byAgency.map((entry) => agencyKey(entry.agency));
  const counted = stats.series.map((entry, index) => (entry.count > 0 ? index : -1)).filter((index) => index >= 0);
  const shown = counted.length ? stats.series.slice(counted[0], counted[counted.length - 1] + 1) : [];
  return shown.map(({ period, byAgency }) => ({
    period,
    ...Object.fromEntries(keys.map((key) => [key, byAgency[key] ?? 0])),
  }));
}

/** The current view as CSV rows: a header, one row per agency and period, then the totals. */
export function reportRows(stats: StatsData, header: { period: string; agency: string; mentions: string; total: string }): string[][] {
  const rows: string[][] = [[header.period, header.agency, header.mentions]];
  for (const { period, byAgency } of stats.series) {
    for (const entry of stats.byAgency) {
      rows.push([period, entry.agency.name ?? agencyKey(entry.agency), String(byAgency[agencyKey(entry.agency)] ?? 0)]);
    }
  }
  for (const entry of stats.byAgency) rows.push([header.total, entry.agency.name ?? agencyKey(entry.agency), String(entry.count)]);
  return rows;
}

/** The days from the first to the last mention of the answer; null when it has none. */
export function dataSpan(stats: StatsData): { from: string; to: string } | null {
  const firsts = stats.byAgency.map((entry) => entry.firstDay).filter((day): day is string => Boolean(day));
  const lasts = stats.byAgency.map((entry) => entry.lastDay).filter((day): day is string => Boolean(day));
  if (firsts.length === 0 || lasts.length === 0) return null;
  return { from: firsts.sort()[0], to: lasts.sort()[lasts.length - 1] };
}
