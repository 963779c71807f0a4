/**
 * Rollup arithmetic, pure: mentions per agency, UTC day and language (the day rollup) and per
 * month (the month rollup), the deltas a write applies to them, and where they differ from a
 * count of the mention rows.
 */
export type RollupLevel = 'day' | 'month';
export const ROLLUP_LEVELS: RollupLevel[] = ['day', 'month'];

/** How much to add to one rollup row: an agency, a period (YYYY-MM-DD or YYYY-MM) and a language. */
export interface RollupDelta {
  agency: string;
  period: string;
  language: string;
  count: number;
}

/** A rollup row whose stored count is not what the mention rows add up to. */
export interface RollupDrift {
  level: RollupLevel;
  agency: string;
  period: string;
  language: string;
  counted: number;
  rolledUp: number;
}

const keyOf = (agency: string, period: string, language: string) => `${agency}\u0000${period}\u0000${language}`;

/** Day deltas summed into month deltas. */
export function byMonth(deltas: RollupDelta[]): RollupDelta[] {
  const months = new Map<string, RollupDelta>();
  for (const { agency, period, language, count } of deltas) {
    const month = period.slice(0, 7);
    const key = keyOf(agency, month, language);
    const entry = months.get(key) ?? { agency, period: month, language, count: 0 };
    entry.count += count;
    months.set(key, entry);
  }
  return [...months.values()];
}

/** One order for every writer (agency, period, language), so concurrent writers lock rows in the same order. */
export const inKeyOrder = (deltas: RollupDelta[]) =>
  [...deltas].sort((a, b) =>
    a.agency !== b.agency
      ? a.agency < b.agency
        ? -1
        : 1
      : a.period !== b.period
        ? a.period < b.period
          ? -1
          : 1
        : a.language < b.language
          ? -1
          : 1
  );

export const negated = (deltas: RollupDelta[]) => deltas.map((delta) => ({ ...delta, count: -delta.count }));

/**
 * Every rollup row (both levels) where the stored counts differ from the mention rows counted per
 * day, with both figures; rows missing on either side count as zero.
 */
export function compareRollups(countedPerDay: RollupDelta[], stored: Record<RollupLevel, RollupDelta[]>): RollupDrift[] {
  const expected: Record<RollupLevel, RollupDelta[]> = { day: countedPerDay, month: byMonth(countedPerDay) };
  const drift: RollupDrift[] = [];
  for (const level of ROLLUP_LEVELS) {
    const rows = new Map<string, RollupDrift>();
    const entry = ({ agency, period, language }: RollupDelta) => {
      const key = keyOf(agency, period, language);
      if (!rows.has(key)) rows.set(key, { level, agency, period, language, counted: 0, rolledUp: 0 });
      return rows.get(key)!;
    };
    for (const row of expected[level]) entry(row).counted += row.count;
    for (const row of stored[level]) entry(row).rolledUp += row.count;
    drift.push(...[...rows.values()].filter((row) => row.counted !== row.rolledUp));
  }
  return drift;
}

/** The deltas that bring the stored rollups of one level to what was counted. */
export const corrections = (drift: RollupDrift[], level: RollupLevel): RollupDelta[] =>
  drift
    .filter((row) => row.level === level)
    .map(({ agency, period, language, counted, rolledUp }) => ({ agency, period, language, count: counted - rolledUp }));
