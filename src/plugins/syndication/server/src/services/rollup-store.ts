/**
 * The two rollups the stats read: mentions per agency, UTC day and language, and the same per
 * month. Writers raise or lower them inside their own transaction by exactly what they wrote;
 * the stats sum them, so their cost follows agencies × days (or months), never the number of
 * mentions. Rollups hold only periods with mentions (a row brought to zero is deleted), which
 * keeps the first and last day of an open range an index lookup.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { DAY_ROLLUP, MENTION, MONTH_ROLLUP } from '../content-types';
import { addDays, startOfDay } from '../domain/dates';
import { splitByMonths, type Interval } from '../domain/periods';
import {
  byMonth,
  corrections,
  inKeyOrder,
  negated,
  ROLLUP_LEVELS,
  type RollupDelta,
  type RollupDrift,
  type RollupLevel,
} from '../domain/rollups';
import type { AgencyBounds, RollupSum } from '../domain/stats';
import { countsChanged } from '../events';
import { addedOnConflict, dayText, dialectOf, insertChunks, instant, tableOf, withRetries } from '../database/sql';

/** Which mentions (UTC days inclusive, agency documentIds, languages; empty lists: all). */
export interface RollupFilter {
  from: string | null;
  to: string | null;
  agencyIds: string[];
  languages: string[];
}

/** The mention rows counted per day and both rollups as stored, read in one consistent snapshot. */
export interface RollupSnapshot {
  countedPerDay: RollupDelta[];
  stored: Record<RollupLevel, RollupDelta[]>;
}

const PERIOD_FORMATS = {
  postgres: { day: 'YYYY-MM-DD', week: 'IYYY-"W"IW', month: 'YYYY-MM', year: 'YYYY' },
  mysql: { day: '%Y-%m-%d', week: '%x-W%v', month: '%Y-%m', year: '%Y' },
  sqlite: { day: '%Y-%m-%d', week: '%G-W%V', month: '%Y-%m', year: '%Y' },
} as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const dialect = () => dialectOf(strapi);
  const knex = () => strapi.db.connection;

  const rollupTable = (level: RollupLevel) => {
    const { table, column } = tableOf(strapi, level === 'day' ? DAY_ROLLUP : MONTH_ROLLUP);
    return { table, column, period: column(level) };
  };

  /** SQL for the stats period of a rollup row, from a day column or a YYYY-MM month column. */
  const periodExpression = (level: RollupLevel, interval: Interval, column: string) => {
    if (level === 'month') {
      return interval === 'year' ? knex().raw('substr(??, 1, 4)', [column]) : knex().raw('??', [column]);
    }
    const format = PERIOD_FORMATS[dialect()][interval];
    if (dialect() === 'postgres') return knex().raw(`to_char(??, '${format}')`, [column]);
    if (dialect() === 'mysql') return knex().raw(`date_format(??, '${format}')`, [column]);
    return knex().raw(`strftime('${format}', ??)`, [column]);
  };

  /** Applies filters common to both rollup levels. */
  const filtered = (query: Knex.QueryBuilder, level: RollupLevel, filter: RollupFilter) => {
    const { column } = rollupTable(level);
    if (filter.agencyIds.length > 0) query.whereIn(column('agencyDocumentId'), filter.agencyIds);
    if (filter.languages.length > 0) query.whereIn(column('language'), filter.languages);
    return query;
  };

  /** Sums of one rollup level over a range of its periods, grouped by stats period. */
  const sumLevel = async (level: RollupLevel, interval: Interval, filter: RollupFilter, range: [string | null, string | null]) => {
    const { table, column, period } = rollupTable(level);
    const query = knex()(table)
      .select({ period: periodExpression(level, interval, period), agency: column('agencyDocumentId'), language: column('language') })
      .sum({ count: column('count') })
      .groupBy('period', column('agencyDocumentId'), column('language'));
    if (range[0]) query.where(period, '>=', range[0]);
    if (range[1]) query.where(period, '<=', range[1]);
    const rows = await filtered(query, level, filter);
    return rows.map((row: any): RollupSum => ({
      period: row.period,
      agency: row.agency,
      language: row.language,
      count: Number(row.count),
    }));
  };

  /**
   * Each agency's first and last day with a mention in a filter's range: two seeks per agency on
   * the (agency, date) index, in one statement per hundred agencies, whatever the number of
   * mentions. (A MIN/MAX over the day rollups would read every day of a long range.)
   */
  const boundsOf = async (agencyIds: string[], filter: RollupFilter): Promise<AgencyBounds[]> => {
    const { table, column } = tableOf(strapi, MENTION);
    const edge = (agency: string, direction: 'asc' | 'desc') => {
      const query = knex()(table).select(column('day')).where(column('agencyDocumentId'), agency);
      if (filter.languages.length > 0) query.whereIn(column('language'), filter.languages);
      if (filter.from) query.where(column('date'), '>=', instant(strapi, startOfDay(filter.from)));
      if (filter.to) query.where(column('date'), '<', instant(strapi, startOfDay(addDays(filter.to, 1))));
      return query.orderBy(column('date'), direction).limit(1);
    };
    const bounds: AgencyBounds[] = [];
    for (let start = 0; start < agencyIds.length; start += 100) {
      const chunk = agencyIds.slice(start, start + 100);
      const [row] = await knex().select(
        Object.fromEntries(
          chunk.flatMap((agency, index) => [
            [`first${index}`, edge(agency, 'asc')],
            [`last${index}`, edge(agency, 'desc')],
          ])
        )
      );
      chunk.forEach((agency, index) => {
        if (row[`first${index}`]) bounds.push({ agency, firstDay: dayText(row[`first${index}`]), lastDay: dayText(row[`last${index}`]) });
      });
    }
    return bounds;
  };

  /**
   * Adds each delta to its rollup row of one level, creating the rows that do not exist yet, and
   * deletes the rows a negative delta brought down to zero.
   */
  async function add(trx: Knex.Transaction, level: RollupLevel, deltas: RollupDelta[]) {
    if (deltas.length === 0) return;
    const { table, column, period } = rollupTable(level);
    const [agency, language, count] = [column('agencyDocumentId'), column('language'), column('count')];
    const rows = inKeyOrder(deltas).map((delta) => ({
      [agency]: delta.agency,
      [period]: delta.period,
      [language]: delta.language,
      [count]: delta.count,
    }));
    const increment = addedOnConflict(trx, dialect(), table, count);
    for (const chunk of insertChunks(dialect(), rows)) {
      await trx(table)
        .insert(chunk)
        .onConflict([agency, period, language])
        .merge({ [count]: increment });
    }
    const lowered = rows.filter((row) => (row[count] as number) < 0);
    for (const chunk of insertChunks(dialect(), lowered)) {
      await trx(table)
        .where(count, '<=', 0)
        .whereIn(
          [agency, period, language],
          chunk.map((row) => [row[agency], row[period], row[language]])
        )
        .delete();
    }
  }

  return {
    /** Raises both rollups by mentions just stored (deltas per agency, day and language), in the writer's transaction. */
    async raise(trx: Knex.Transaction, dayDeltas: RollupDelta[]) {
      await add(trx, 'day', dayDeltas);
      await add(trx, 'month', byMonth(dayDeltas));
    },

    /** Lowers both rollups by mentions just deleted, in the writer's transaction. */
    async lower(trx: Knex.Transaction, dayDeltas: RollupDelta[]) {
      await this.raise(trx, negated(dayDeltas));
    },

    /**
     * Rollup sums grouped by stats period, agency and language. Month and year series read the
     * monthly rollups for whole months and the daily ones only for partial months at the ends.
     */
    async sumRollups(filter: RollupFilter, interval: Interval, { bounds = true }: { bounds?: boolean } = {}) {
      const parts: Promise<RollupSum[]>[] = [];
      if (interval === 'day' || interval === 'week') {
        parts.push(sumLevel('day', interval, filter, [filter.from, filter.to]));
      } else {
        const { head, months, tail } = splitByMonths(filter.from, filter.to);
        if (head) parts.push(sumLevel('day', interval, filter, head));
        if (months) parts.push(sumLevel('month', interval, filter, months));
        if (tail) parts.push(sumLevel('day', interval, filter, tail));
      }
      const sums = (await Promise.all(parts)).flat();

      // Each agency's first and last day with a mention in the range, for those counted.
      const agencyBounds = bounds ? await boundsOf([...new Set(sums.map((sum) => sum.agency))], filter) : [];

      // The first and last day with a mention, for open ranges.
      let firstDay: string | null = null;
      let lastDay: string | null = null;
      if (filter.from === null || filter.to === null) {
        const { table, period } = rollupTable('day');
        const query = filtered(knex()(table).min({ firstDay: period }).max({ lastDay: period }), 'day', filter);
        if (filter.from) query.where(period, '>=', filter.from);
        if (filter.to) query.where(period, '<=', filter.to);
        const [edges] = await query;
        firstDay = edges?.firstDay ? dayText(edges.firstDay) : null;
        lastDay = edges?.lastDay ? dayText(edges.lastDay) : null;
      }
      return { sums, firstDay, lastDay, agencyBounds };
    },

    /** The mention rows counted per agency, day and language, and both rollups, in one consistent snapshot. */
    async snapshot(): Promise<RollupSnapshot> {
      const mentions = tableOf(strapi, MENTION);
      const read = async (trx: Knex.Transaction) => {
        const counted = await trx(mentions.table)
          .select({ agency: mentions.column('agencyDocumentId'), period: mentions.column('day'), language: mentions.column('language') })
          .count({ count: '*' })
          .groupBy(mentions.column('agencyDocumentId'), mentions.column('day'), mentions.column('language'));
        const stored: Record<RollupLevel, RollupDelta[]> = { day: [], month: [] };
        for (const level of ROLLUP_LEVELS) {
          const { table, column, period } = rollupTable(level);
          const rows = await trx(table).select({
            agency: column('agencyDocumentId'),
            period,
            language: column('language'),
            count: column('count'),
          });
          stored[level] = rows.map((row: any) => ({
            agency: row.agency,
            period: level === 'day' ? dayText(row.period) : String(row.period),
            language: row.language,
            count: Number(row.count),
          }));
        }
        const countedPerDay = counted.map((row: any) => ({
          agency: row.agency,
          period: dayText(row.period),
          language: row.language,
          count: Number(row.count),
        }));
        return { countedPerDay, stored };
      };
      return dialect() === 'sqlite' ? knex().transaction(read) : knex().transaction(read, { isolationLevel: 'repeatable read' });
    },

    /** Corrects the rollups by the given differences (added to what is stored now, not overwritten). */
    async correct(drift: RollupDrift[]) {
      await withRetries(strapi, async (trx) => {
        for (const level of ROLLUP_LEVELS) await add(trx, level, corrections(drift, level));
      });
      await countsChanged(strapi);
    },
  };
};
