/**
 * The SQL behind exact counts. Mentions are inserted in bulk with the database's own "insert
 * unless it exists" (unique keys on agency + address and agency + GUID), and two rollups are
 * raised by exactly what was inserted, in the same transaction: mentions per agency, UTC day and
 * language, and the same per month. A deleted mention lowers them by exactly one, in the
 * transaction that deletes it. Stats read the rollups only, so their cost follows
 * agencies × days (or months), never the number of mentions; the mention list reads the rows.
 */
import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import type { Knex } from 'knex';
import { DAY_ROLLUP, MENTION, MONTH_ROLLUP } from '../content-types';
import type { MentionDraft, MentionSource } from '../domain/mention';
import type { MentionRecord } from '../domain/mention-list';
import { splitByMonths, type Interval } from '../domain/periods';
import { caseInsensitiveGlob, LIKE_ESCAPE, likePattern } from '../domain/search';
import type { AgencyBounds, RollupSum } from '../domain/stats';

export interface StoredMention extends MentionDraft {
  source: MentionSource;
  /** The feed it was found in (documentId), if any. */
  feed: string | null;
}

/** Which mentions (UTC days inclusive, agency documentIds, languages; empty lists: all). */
export interface RollupFilter {
  from: string | null;
  to: string | null;
  agencyIds: string[];
  languages: string[];
}

/** The columns of a MentionRecord: what the admin panel lists. */
const RECORD_FIELDS = ['documentId', 'agencyDocumentId', 'title', 'url', 'date', 'dateEstimated', 'language', 'source', 'feedDocumentId'];

type Level = 'day' | 'month';

/** One rollup row: its level, agency, period (a day or a month) and language. */
export interface RollupKey {
  level: Level;
  agency: string;
  period: string;
  language: string;
}

/** How much to add to one rollup row. */
interface RollupDelta {
  agency: string;
  period: string;
  language: string;
  count: number;
}

export interface RollupDrift extends RollupKey {
  counted: number;
  rolledUp: number;
}

type Dialect = 'postgres' | 'mysql' | 'sqlite';

/** Errors after which the whole batch may simply run again: deadlocks, busy databases. */
const isRetryable = (error: any) =>
  ['40P01', '40001', 'ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY'].includes(error?.code) ||
  error?.errno === 1213;

const MAX_ATTEMPTS = 5;
/** Rows per INSERT: SQLite builds multi-row inserts from compound SELECTs, limited to 500. */
const INSERT_CHUNK: Record<Dialect, number> = { sqlite: 250, postgres: 1000, mysql: 1000 };

/** A batch the database refused: nothing of it was written. The message leaves out the SQL. */
export class BatchNotStoredError extends Error {
  constructor(size: number, cause: any) {
    const reason = String(cause?.message ?? cause).split(' - ').pop();
    super(`The batch of ${size} mentions was not stored (nothing of it was written): ${reason}`);
    this.name = 'BatchNotStoredError';
    this.cause = cause;
  }
}

/** Dates come back as strings (SQLite, PostgreSQL as Strapi sets it up) or Date objects (MySQL). */
function dayText(value: unknown): string {
  if (value instanceof Date) {
    // Drivers build local-midnight Dates for DATE columns: read the calendar day back locally.
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return String(value).slice(0, 10);
}

const byKey = (a: { agency: string; period: string; language: string }, b: typeof a) =>
  a.agency < b.agency ? -1 : a.agency > b.agency ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : a.language < b.language ? -1 : 1;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const dialect = () => strapi.db.dialect.client as Dialect;
  const knex = () => strapi.db.connection;

  /** Table and column names as Strapi created them from the schemas. */
  const tables = () => {
    const columns = (uid: string) => {
      const meta = strapi.db.metadata.get(uid as any);
      return { table: meta.tableName, column: (attribute: string) => (meta.attributes[attribute] as any).columnName as string };
    };
    const day = columns(DAY_ROLLUP);
    const month = columns(MONTH_ROLLUP);
    return {
      mentions: columns(MENTION),
      rollups: {
        day: { ...day, period: day.column('day') },
        month: { ...month, period: month.column('month') },
      } as Record<Level, { table: string; column: (attribute: string) => string; period: string }>,
    };
  };

  /** How each database wants a point in time written (SQLite: milliseconds, as Strapi does). */
  const instant = (date: Date) => (dialect() === 'sqlite' ? date.getTime() : date);

  /** SQL for the stats period of a rollup row, from a day column or a YYYY-MM month column. */
  const periodExpression = (level: Level, interval: Interval, column: string) => {
    if (level === 'month') {
      return interval === 'year' ? knex().raw('substr(??, 1, 4)', [column]) : knex().raw('??', [column]);
    }
    const formats: Record<Dialect, Record<Interval, string>> = {
      postgres: { day: 'YYYY-MM-DD', week: 'IYYY-"W"IW', month: 'YYYY-MM', year: 'YYYY' },
      mysql: { day: '%Y-%m-%d', week: '%x-W%v', month: '%Y-%m', year: '%Y' },
      sqlite: { day: '%Y-%m-%d', week: '%G-W%V', month: '%Y-%m', year: '%Y' },
    };
    const format = formats[dialect()][interval];
    if (dialect() === 'postgres') return knex().raw(`to_char(??, '${format}')`, [column]);
    if (dialect() === 'mysql') return knex().raw(`date_format(??, '${format}')`, [column]);
    return knex().raw(`strftime('${format}', ??)`, [column]);
  };

  /**
   * Adds each delta to its rollup row, creating the rows that do not exist yet. A row brought
   * down to zero is deleted: rollups hold only periods with mentions, which keeps the first and
   * last day of an open range an index lookup.
   */
  const raise = async (trx: Knex.Transaction, level: Level, deltas: RollupDelta[]) => {
    if (deltas.length === 0) return;
    const { table, column, period } = tables().rollups[level];
    const count = column('count');
    const rows = [...deltas].sort(byKey).map((delta) => ({
      [column('agencyDocumentId')]: delta.agency,
      [period]: delta.period,
      [column('language')]: delta.language,
      [count]: delta.count,
    }));
    const increment =
      dialect() === 'mysql' ? trx.raw('?? + values(??)', [count, count]) : trx.raw('??.?? + excluded.??', [table, count, count]);
    const chunk = INSERT_CHUNK[dialect()];
    for (let start = 0; start < rows.length; start += chunk) {
      await trx(table)
        .insert(rows.slice(start, start + chunk))
        .onConflict([column('agencyDocumentId'), period, column('language')])
        .merge({ [count]: increment });
    }
    const lowered = rows.filter((row) => (row[count] as number) < 0);
    for (let start = 0; start < lowered.length; start += chunk) {
      await trx(table)
        .where(count, '<=', 0)
        .whereIn(
          [column('agencyDocumentId'), period, column('language')],
          lowered.slice(start, start + chunk).map((row) => [row[column('agencyDocumentId')], row[period], row[column('language')]])
        )
        .delete();
    }
  };

  /** Takes deltas off their rollup rows (and deletes the rows brought to zero). */
  const lower = (trx: Knex.Transaction, level: Level, deltas: RollupDelta[]) =>
    raise(trx, level, deltas.map((delta) => ({ ...delta, count: -delta.count })));

  /** Day deltas summed into month deltas. */
  const byMonth = (deltas: RollupDelta[]) => {
    const months = new Map<string, RollupDelta>();
    for (const { agency, period, language, count } of deltas) {
      const key = `${agency}\u0000${period.slice(0, 7)}\u0000${language}`;
      const entry = months.get(key) ?? { agency, period: period.slice(0, 7), language, count: 0 };
      entry.count += count;
      months.set(key, entry);
    }
    return [...months.values()];
  };

  /** Runs a write transaction again when the database gave up on it (deadlock, busy). */
  const withRetries = async <T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await strapi.db.transaction(({ trx }) => work(trx));
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
      }
    }
  };

  /** The (agency, address) and (agency, GUID) keys among these that are already stored. */
  const knownKeys = async (trx: Knex.Transaction, agencies: string[], urlKeys: string[], guidKeys: string[]) => {
    const { table, column } = tables().mentions;
    const agency = column('agencyDocumentId');
    const known = new Set<string>();
    const byUrl = await trx(table).select({ agency, key: column('urlKey') }).whereIn(agency, agencies).whereIn(column('urlKey'), urlKeys);
    for (const row of byUrl) known.add(`u${row.agency}\u0000${row.key}`);
    if (guidKeys.length > 0) {
      const byGuid = await trx(table).select({ agency, key: column('guidKey') }).whereIn(agency, agencies).whereIn(column('guidKey'), guidKeys);
      for (const row of byGuid) known.add(`g${row.agency}\u0000${row.key}`);
    }
    return known;
  };

  /** Applies filters common to both rollup levels. */
  const filtered = (query: Knex.QueryBuilder, level: Level, filter: RollupFilter) => {
    const { column } = tables().rollups[level];
    if (filter.agencyIds.length > 0) query.whereIn(column('agencyDocumentId'), filter.agencyIds);
    if (filter.languages.length > 0) query.whereIn(column('language'), filter.languages);
    return query;
  };

  /**
   * Each agency's first and last day with a mention in a filter's range: two seeks per agency on
   * the (agency, date) index, in one statement per hundred agencies, whatever the number of
   * mentions. (A MIN/MAX over the day rollups would read every day of a long range.)
   */
  const boundsOf = async (agencyIds: string[], filter: RollupFilter): Promise<AgencyBounds[]> => {
    const { table, column } = tables().mentions;
    const startOf = (day: string) => instant(new Date(`${day}T00:00:00.000Z`));
    const dayAfter = (day: string) => new Date(new Date(`${day}T00:00:00.000Z`).getTime() + 24 * 60 * 60 * 1000);
    const edge = (agency: string, direction: 'asc' | 'desc') => {
      const query = knex()(table).select(column('day')).where(column('agencyDocumentId'), agency);
      if (filter.languages.length > 0) query.whereIn(column('language'), filter.languages);
      if (filter.from) query.where(column('date'), '>=', startOf(filter.from));
      if (filter.to) query.where(column('date'), '<', instant(dayAfter(filter.to)));
      return query.orderBy(column('date'), direction).limit(1);
    };
    const bounds: AgencyBounds[] = [];
    for (let start = 0; start < agencyIds.length; start += 100) {
      const chunk = agencyIds.slice(start, start + 100);
      const [row] = await knex().select(
        Object.fromEntries(chunk.flatMap((agency, index) => [[`first${index}`, edge(agency, 'asc')], [`last${index}`, edge(agency, 'desc')]]))
      );
      chunk.forEach((agency, index) => {
        if (row[`first${index}`]) bounds.push({ agency, firstDay: dayText(row[`first${index}`]), lastDay: dayText(row[`last${index}`]) });
      });
    }
    return bounds;
  };

  /** Sums of one rollup level over a range of its periods, grouped by stats period. */
  const sumLevel = async (level: Level, interval: Interval, filter: RollupFilter, range: [string | null, string | null]) => {
    const { table, column, period } = tables().rollups[level];
    const query = knex()(table)
      .select({ period: periodExpression(level, interval, period), agency: column('agencyDocumentId'), language: column('language') })
      .sum({ count: column('count') })
      .groupBy('period', column('agencyDocumentId'), column('language'));
    if (range[0]) query.where(period, '>=', range[0]);
    if (range[1]) query.where(period, '<=', range[1]);
    const rows = await filtered(query, level, filter);
    return rows.map((row: any): RollupSum => ({ period: row.period, agency: row.agency, language: row.language, count: Number(row.count) }));
  };

  /**
   * Mention rows of a filter (on their UTC day, as the rollups count them) and a search in titles
   * and addresses, whatever the case.
   */
  const mentionRows = (filter: RollupFilter, search: string | null) => {
    const { table, column } = tables().mentions;
    const query = knex()(table);
    if (filter.agencyIds.length > 0) query.whereIn(column('agencyDocumentId'), filter.agencyIds);
    if (filter.languages.length > 0) query.whereIn(column('language'), filter.languages);
    if (filter.from) query.where(column('day'), '>=', filter.from);
    if (filter.to) query.where(column('day'), '<=', filter.to);
    if (search) {
      const columns = [column('title'), column('url')];
      query.where((where) => {
        for (const name of columns) {
          if (dialect() === 'sqlite') where.orWhereRaw('?? GLOB ?', [name, caseInsensitiveGlob(search)]);
          else where.orWhereRaw(`lower(??) LIKE lower(?) ESCAPE '${LIKE_ESCAPE}'`, [name, likePattern(search)]);
        }
      });
    }
    return query;
  };

  return {
    /**
     * Stores the mentions that are not stored yet and raises the rollups by exactly those, in
     * one transaction. Returns how many were new.
     */
    async insert(mentions: StoredMention[]): Promise<number> {
      if (mentions.length === 0) return 0;
      const { table, column } = tables().mentions;
      const batchId = createId();
      const now = instant(new Date());

      // One order for every writer, so concurrent batches take row locks in the same order.
      const ordered = [...mentions].sort((a, b) =>
        a.agency === b.agency ? (a.urlKey < b.urlKey ? -1 : 1) : a.agency < b.agency ? -1 : 1
      );
      const rows = ordered.map((mention) => ({
        [column('documentId')]: createId(),
        [column('agencyDocumentId')]: mention.agency,
        [column('url')]: mention.url,
        [column('urlKey')]: mention.urlKey,
        [column('guid')]: mention.guid,
        [column('guidKey')]: mention.guidKey,
        [column('title')]: mention.title,
        [column('excerpt')]: mention.excerpt,
        [column('date')]: instant(mention.date),
        [column('day')]: mention.day,
        [column('dateEstimated')]: mention.dateEstimated,
        [column('language')]: mention.language,
        [column('source')]: mention.source,
        [column('feedDocumentId')]: mention.feed,
        [column('matchedTerms')]: mention.matchedTerms ? JSON.stringify(mention.matchedTerms) : null,
        [column('batchId')]: batchId,
        [column('createdAt')]: now,
        [column('updatedAt')]: now,
        [column('publishedAt')]: now,
      }));
      const agencies = [...new Set(ordered.map((mention) => mention.agency))];
      const urlKeys = ordered.map((mention) => mention.urlKey);
      const guidKeys = ordered.flatMap((mention) => (mention.guidKey ? [mention.guidKey] : []));

      const store = withRetries(async (trx) => {
        // Materials already stored are skipped before the insert (a replay writes nothing);
        // the unique keys still decide for anything stored meanwhile by another writer.
        const known = await knownKeys(trx, agencies, urlKeys, guidKeys);
        const fresh = rows.filter(
          (row, index) =>
            !known.has(`u${ordered[index].agency}\u0000${ordered[index].urlKey}`) &&
            !(ordered[index].guidKey && known.has(`g${ordered[index].agency}\u0000${ordered[index].guidKey}`))
        );
        if (fresh.length === 0) return 0;
        const chunk = INSERT_CHUNK[dialect()];
        for (let start = 0; start < fresh.length; start += chunk) {
          await trx(table).insert(fresh.slice(start, start + chunk)).onConflict().ignore();
        }

        // What this batch actually added: its own rows, found through the unique key.
        const added = await trx(table)
          .select({ agency: column('agencyDocumentId'), day: column('day'), language: column('language') })
          .count({ count: '*' })
          .whereIn(column('agencyDocumentId'), agencies)
          .whereIn(column('urlKey'), urlKeys)
          .where(column('batchId'), batchId)
          .groupBy(column('agencyDocumentId'), column('day'), column('language'));

        const deltas = added.map((row: any) => ({
          agency: row.agency,
          period: dayText(row.day),
          language: row.language,
          count: Number(row.count),
        }));
        await raise(trx, 'day', deltas);
        await raise(trx, 'month', byMonth(deltas));
        return deltas.reduce((sum, delta) => sum + delta.count, 0);
      });
      return store.catch((error) => {
        throw new BatchNotStoredError(mentions.length, error);
      });
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
        const { table, period } = tables().rollups.day;
        const query = filtered(knex()(table).min({ firstDay: period }).max({ lastDay: period }), 'day', filter);
        if (filter.from) query.where(period, '>=', filter.from);
        if (filter.to) query.where(period, '<=', filter.to);
        const [bounds] = await query;
        firstDay = bounds?.firstDay ? dayText(bounds.firstDay) : null;
        lastDay = bounds?.lastDay ? dayText(bounds.lastDay) : null;
      }
      return { sums, firstDay, lastDay, agencyBounds };
    },

    /**
     * Compares both rollups with a count of the mention rows, read in one consistent snapshot,
     * and returns every row where they differ.
     */
    async findDrift() {
      const { mentions, rollups } = tables();
      const read = async (trx: Knex.Transaction) => {
        const counted = await trx(mentions.table)
          .select({ agency: mentions.column('agencyDocumentId'), period: mentions.column('day'), language: mentions.column('language') })
          .count({ count: '*' })
          .groupBy(mentions.column('agencyDocumentId'), mentions.column('day'), mentions.column('language'));
        const rolled: Record<Level, any[]> = { day: [], month: [] };
        for (const level of ['day', 'month'] as Level[]) {
          const { table, column, period } = rollups[level];
          rolled[level] = await trx(table).select({
            agency: column('agencyDocumentId'),
            period,
            language: column('language'),
            count: column('count'),
          });
        }
        return { counted, rolled };
      };
      const { counted, rolled } =
        dialect() === 'sqlite' ? await knex().transaction(read) : await knex().transaction(read, { isolationLevel: 'repeatable read' });

      const dayCounts: RollupDelta[] = counted.map((row: any) => ({ agency: row.agency, period: dayText(row.period), language: row.language, count: Number(row.count) }));
      const expected: Record<Level, typeof dayCounts> = { day: dayCounts, month: byMonth(dayCounts) };

      const drift: RollupDrift[] = [];
      for (const level of ['day', 'month'] as Level[]) {
        const rows = new Map<string, RollupDrift>();
        const entry = (agency: string, period: string, language: string) => {
          const key = `${agency}\u0000${period}\u0000${language}`;
          if (!rows.has(key)) rows.set(key, { level, agency, period, language, counted: 0, rolledUp: 0 });
          return rows.get(key)!;
        };
        for (const row of expected[level]) entry(row.agency, row.period, row.language).counted += row.count;
        for (const row of rolled[level]) {
          const period = level === 'day' ? dayText(row.period) : String(row.period);
          entry(row.agency, period, row.language).rolledUp += Number(row.count);
        }
        drift.push(...[...rows.values()].filter((row) => row.counted !== row.rolledUp));
      }
      const total = dayCounts.reduce((sum, row) => sum + row.count, 0);
      return { mentions: total, rollupRows: rolled.day.length + rolled.month.length, drift };
    },

    /** Corrects rollups by the given differences (added to what is stored now, not overwritten). */
    async correctRollups(drift: RollupDrift[]) {
      const delta = (level: Level) =>
        drift
          .filter((row) => row.level === level)
          .map(({ agency, period, language, counted, rolledUp }) => ({ agency, period, language, count: counted - rolledUp }));
      await withRetries(async (trx) => {
        await raise(trx, 'day', delta('day'));
        await raise(trx, 'month', delta('month'));
      });
    },

    /**
     * One page of the mentions of a filter and a search, newest first, and how many there are in
     * all: the same rows the rollups count for that filter.
     */
    async findPage(filter: RollupFilter, search: string | null, { page, pageSize }: { page: number; pageSize: number }) {
      const { column } = tables().mentions;
      const [{ count }] = await mentionRows(filter, search).count({ count: '*' });
      const total = Number(count);
      if (total === 0 || (page - 1) * pageSize >= total) return { records: [] as MentionRecord[], total };
      const ids = await mentionRows(filter, search)
        .select({ id: column('id') })
        .orderBy([
          { column: column('date'), order: 'desc' },
          { column: column('id'), order: 'desc' },
        ])
        .offset((page - 1) * pageSize)
        .limit(pageSize);
      const records = await this.findRecords({ ids: ids.map((row: any) => row.id) });
      const order = new Map(ids.map((row: any, index: number) => [Number(row.id), index]));
      records.sort((a: any, b: any) => order.get(Number(a.id))! - order.get(Number(b.id))!);
      return { records, total };
    },

    /** Mentions read through Strapi, which gives every database's dates and booleans one type. */
    async findRecords(where: { ids?: number[]; documentIds?: string[] }): Promise<(MentionRecord & { id: number })[]> {
      const conditions = where.ids ? { id: { $in: where.ids } } : { documentId: { $in: where.documentIds ?? [] } };
      return strapi.db.query(MENTION).findMany({ where: conditions, select: ['id', ...RECORD_FIELDS] });
    },

    /** The documentId of the stored mention that is this material (same agency and address, or GUID). */
    async findByIdentity(mention: Pick<StoredMention, 'agency' | 'urlKey' | 'guidKey'>): Promise<string | null> {
      const { table, column } = tables().mentions;
      const row = await knex()(table)
        .select({ documentId: column('documentId') })
        .where(column('agencyDocumentId'), mention.agency)
        .where((where) => {
          where.where(column('urlKey'), mention.urlKey);
          if (mention.guidKey) where.orWhere(column('guidKey'), mention.guidKey);
        })
        .first();
      return row?.documentId ?? null;
    },

    /**
     * Deletes a mention and lowers both rollups by one, in one transaction. Returns what was
     * deleted, or null when there was no such mention. Of two deletes of the same mention at once,
     * the database lets one remove the row; the other removes nothing and lowers nothing.
     */
    async remove(documentId: string): Promise<MentionRecord | null> {
      const { table, column } = tables().mentions;
      const [record] = await this.findRecords({ documentIds: [documentId] });
      if (!record) return null;
      const removed = await withRetries(async (trx) => {
        const row = await trx(table)
          .select({ id: column('id'), agency: column('agencyDocumentId'), day: column('day'), language: column('language') })
          .where(column('documentId'), documentId)
          .first();
        if (!row) return false;
        const deleted = await trx(table).where(column('id'), row.id).delete();
        if (deleted !== 1) return false;
        const delta = [{ agency: row.agency, period: dayText(row.day), language: row.language, count: 1 }];
        await lower(trx, 'day', delta);
        await lower(trx, 'month', byMonth(delta));
        return true;
      });
      return removed ? record : null;
    },

    /** Raw count of mention rows, for checks and benchmarks. */
    async countMentions(where: { agencyIds?: string[] } = {}) {
      const { table, column } = tables().mentions;
      const query = knex()(table).count({ count: '*' });
      if (where.agencyIds?.length) query.whereIn(column('agencyDocumentId'), where.agencyIds);
      const [{ count }] = await query;
      return Number(count);
    },
  };
};
