/**
 * The SQL behind exact counts. Mentions are inserted in bulk with the database's own
 * "insert unless it exists" (unique keys on agency + address and agency + GUID), and the
 * rollups (mentions per agency, UTC day and language) are raised by what was actually
 * inserted, in the same transaction. Stats read the rollups only.
 */
import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import type { Knex } from 'knex';
import { MENTION, ROLLUP } from '../content-types';
import type { MentionDraft, MentionSource } from '../domain/mention';
import type { Interval } from '../domain/periods';
import type { RollupSum } from '../domain/stats';

export interface StoredMention extends MentionDraft {
  source: MentionSource;
}

export interface RollupFilter {
  from: string | null;
  to: string | null;
  agencyIds: string[];
  languages: string[];
}

export interface RollupKey {
  agency: string;
  day: string;
  language: string;
}

type Dialect = 'postgres' | 'mysql' | 'sqlite';

/** Errors after which the whole batch may simply run again: deadlocks, busy databases. */
const isRetryable = (error: any) =>
  ['40P01', '40001', 'ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY'].includes(error?.code) ||
  error?.errno === 1213;

const MAX_ATTEMPTS = 5;
const INSERT_CHUNK = 250;

/** A batch the database refused: nothing of it was written. The message leaves out the SQL. */
export class BatchNotStoredError extends Error {
  constructor(size: number, cause: any) {
    const reason = String(cause?.message ?? cause).split(' - ').pop();
    super(`The batch of ${size} mentions was not stored (nothing of it was written): ${reason}`);
    this.name = 'BatchNotStoredError';
    this.cause = cause;
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const dialect = () => strapi.db.dialect.client as Dialect;
  const knex = () => strapi.db.connection;

  /** Table and column names as Strapi created them from the schemas. */
  const names = () => {
    const mention = strapi.db.metadata.get(MENTION);
    const rollup = strapi.db.metadata.get(ROLLUP);
    const column = (meta: typeof mention, attribute: string) => (meta.attributes[attribute] as any).columnName as string;
    return {
      mentions: mention.tableName,
      rollups: rollup.tableName,
      m: (attribute: string) => column(mention, attribute),
      r: (attribute: string) => column(rollup, attribute),
    };
  };

  /** How each database wants a point in time written (SQLite: milliseconds, as Strapi does). */
  const instant = (date: Date) => (dialect() === 'sqlite' ? date.getTime() : date);

  const periodExpression = (interval: Interval, column: string) => {
    const formats: Record<Dialect, Record<Interval, string>> = {
      postgres: { day: 'YYYY-MM-DD', week: 'IYYY-"W"IW', month: 'YYYY-MM', year: 'YYYY' },
      mysql: { day: '%Y-%m-%d', week: '%x-W%v', month: '%Y-%m', year: '%Y' },
      sqlite: { day: '%Y-%m-%d', week: '%G-W%V', month: '%Y-%m', year: '%Y' },
    };
    const format = formats[dialect()][interval];
    switch (dialect()) {
      case 'postgres':
        return knex().raw(`to_char(??, '${format}')`, [column]);
      case 'mysql':
        return knex().raw(`date_format(??, '${format}')`, [column]);
      default:
        return knex().raw(`strftime('${format}', ??)`, [column]);
    }
  };

  /** Adds `delta` to each rollup row, creating the rows that do not exist yet. */
  const raiseRollups = async (trx: Knex.Transaction, deltas: (RollupKey & { count: number })[]) => {
    if (deltas.length === 0) return;
    const { rollups, r } = names();
    const count = r('count');
    const rows = [...deltas]
      .sort((a, b) => (a.agency + a.day + a.language < b.agency + b.day + b.language ? -1 : 1))
      .map((delta) => ({
        [r('agencyDocumentId')]: delta.agency,
        [r('day')]: delta.day,
        [r('language')]: delta.language,
        [count]: delta.count,
      }));
    const keys = [r('agencyDocumentId'), r('day'), r('language')];
    const increment =
      dialect() === 'mysql'
        ? trx.raw('?? + values(??)', [count, count])
        : trx.raw('??.?? + excluded.??', [rollups, count, count]);
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await trx(rollups)
        .insert(rows.slice(start, start + INSERT_CHUNK))
        .onConflict(keys)
        .merge({ [count]: increment });
    }
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

  return {
    /**
     * Stores the mentions that are not stored yet and raises the rollups by exactly those, in
     * one transaction. Returns how many were new.
     */
    async insert(mentions: StoredMention[]): Promise<number> {
      if (mentions.length === 0) return 0;
      const { mentions: table, m } = names();
      const batchId = createId();
      const now = instant(new Date());

      // One order for every writer, so concurrent batches take row locks in the same order.
      const ordered = [...mentions].sort((a, b) =>
        a.agency === b.agency ? (a.urlKey < b.urlKey ? -1 : 1) : a.agency < b.agency ? -1 : 1
      );
      const rows = ordered.map((mention) => ({
        [m('documentId')]: createId(),
        [m('agencyDocumentId')]: mention.agency,
        [m('url')]: mention.url,
        [m('urlKey')]: mention.urlKey,
        [m('guid')]: mention.guid,
        [m('guidKey')]: mention.guidKey,
        [m('title')]: mention.title,
        [m('excerpt')]: mention.excerpt,
        [m('date')]: instant(mention.date),
        [m('day')]: mention.day,
        [m('language')]: mention.language,
        [m('source')]: mention.source,
        [m('matchedTerms')]: mention.matchedTerms ? JSON.stringify(mention.matchedTerms) : null,
        [m('batchId')]: batchId,
        [m('createdAt')]: now,
        [m('updatedAt')]: now,
        [m('publishedAt')]: now,
      }));
      const agencies = [...new Set(ordered.map((mention) => mention.agency))];
      const urlKeys = ordered.map((mention) => mention.urlKey);

      const store = withRetries(async (trx) => {
        // SQLite builds multi-row inserts from compound SELECTs, limited to 500 terms.
        for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
          await trx(table).insert(rows.slice(start, start + INSERT_CHUNK)).onConflict().ignore();
        }

        // What this batch actually added: its own rows, found through the unique key.
        const added = await trx(table)
          .select({ agency: m('agencyDocumentId'), day: m('day'), language: m('language') })
          .count({ count: '*' })
          .whereIn(m('agencyDocumentId'), agencies)
          .whereIn(m('urlKey'), urlKeys)
          .where(m('batchId'), batchId)
          .groupBy(m('agencyDocumentId'), m('day'), m('language'));

        const deltas = added.map((row: any) => ({
          agency: row.agency,
          day: normalizeDay(row.day),
          language: row.language,
          count: Number(row.count),
        }));
        await raiseRollups(trx, deltas);
        return deltas.reduce((sum, delta) => sum + delta.count, 0);
      });
      return store.catch((error) => {
        throw new BatchNotStoredError(mentions.length, error);
      });
    },

    /** Rollup sums grouped by period, agency and language, with the first and last day seen. */
    async sumRollups(filter: RollupFilter, interval: Interval) {
      const { rollups, r } = names();
      const query = knex()(rollups)
        .select({ period: periodExpression(interval, r('day')), agency: r('agencyDocumentId'), language: r('language') })
        .sum({ count: r('count') })
        .min({ firstDay: r('day') })
        .max({ lastDay: r('day') })
        .where(r('count'), '>', 0)
        .groupBy('period', r('agencyDocumentId'), r('language'));
      if (filter.from) query.where(r('day'), '>=', filter.from);
      if (filter.to) query.where(r('day'), '<=', filter.to);
      if (filter.agencyIds.length > 0) query.whereIn(r('agencyDocumentId'), filter.agencyIds);
      if (filter.languages.length > 0) query.whereIn(r('language'), filter.languages);

      const rows = await query;
      let firstDay: string | null = null;
      let lastDay: string | null = null;
      const sums: RollupSum[] = rows.map((row: any) => {
        const first = normalizeDay(row.firstDay);
        const last = normalizeDay(row.lastDay);
        if (firstDay === null || first < firstDay) firstDay = first;
        if (lastDay === null || last > lastDay) lastDay = last;
        return { period: row.period, agency: row.agency, language: row.language, count: Number(row.count) };
      });
      return { sums, firstDay, lastDay };
    },

    /**
     * Compares the rollups with a count of the mention rows, read in one consistent snapshot,
     * and returns every key where they differ.
     */
    async findDrift() {
      const { mentions, rollups, m, r } = names();
      const read = async (trx: Knex.Transaction) => {
        const counted = await trx(mentions)
          .select({ agency: m('agencyDocumentId'), day: m('day'), language: m('language') })
          .count({ count: '*' })
          .groupBy(m('agencyDocumentId'), m('day'), m('language'));
        const rolled = await trx(rollups).select({
          agency: r('agencyDocumentId'),
          day: r('day'),
          language: r('language'),
          count: r('count'),
        });
        return { counted, rolled };
      };
      const { counted, rolled } =
        dialect() === 'sqlite'
          ? await knex().transaction(read)
          : await knex().transaction(read, { isolationLevel: 'repeatable read' });

      const key = (row: any) => `${row.agency}\u0000${normalizeDay(row.day)}\u0000${row.language}`;
      const differences = new Map<string, RollupKey & { counted: number; rolledUp: number }>();
      const entry = (row: any) => {
        const id = key(row);
        if (!differences.has(id)) {
          differences.set(id, { agency: row.agency, day: normalizeDay(row.day), language: row.language, counted: 0, rolledUp: 0 });
        }
        return differences.get(id)!;
      };
      let total = 0;
      for (const row of counted) {
        entry(row).counted = Number(row.count);
        total += Number(row.count);
      }
      for (const row of rolled) entry(row).rolledUp += Number(row.count);

      const drift = [...differences.values()].filter((difference) => difference.counted !== difference.rolledUp);
      return { mentions: total, rollupRows: rolled.length, drift };
    },

    /** Corrects rollups by the given differences (added to what is stored now, not overwritten). */
    async correctRollups(drift: (RollupKey & { counted: number; rolledUp: number })[]) {
      await withRetries((trx) =>
        raiseRollups(
          trx,
          drift.map(({ agency, day, language, counted, rolledUp }) => ({ agency, day, language, count: counted - rolledUp }))
        )
      );
    },

    /** Raw count of mention rows, for checks and benchmarks. */
    async countMentions(where: { agencyIds?: string[] } = {}) {
      const { mentions, m } = names();
      const query = knex()(mentions).count({ count: '*' });
      if (where.agencyIds?.length) query.whereIn(m('agencyDocumentId'), where.agencyIds);
      const [{ count }] = await query;
      return Number(count);
    },
  };
};

/** Dates come back as strings (SQLite), Date objects (MySQL, PostgreSQL with parsing) or text. */
function normalizeDay(value: unknown): string {
  if (value instanceof Date) {
    // Drivers build local-midnight Dates for DATE columns: read the calendar day back locally.
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return String(value).slice(0, 10);
}
