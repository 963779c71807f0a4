/**
 * The mention rows. Mentions are inserted in bulk with the database's own "insert unless it
 * exists" (unique keys on agency + address and agency + GUID), and the rollups are raised by
 * exactly what was inserted, in the same transaction; a deleted mention lowers them by exactly
 * one, in the transaction that deletes it. The mention list reads the rows.
 */
import type { Core } from '@strapi/strapi';
import { createId } from '@paralleldrive/cuid2';
import type { Knex } from 'knex';
import { MENTION } from '../content-types';
import type { MentionDraft, MentionSource } from '../domain/mention';
import type { MentionRecord } from '../domain/mention-list';
import { caseInsensitiveGlob, LIKE_ESCAPE, likePattern } from '../domain/search';
import { dayText, dialectOf, insertChunks, instant, tableOf, withRetries } from '../database/sql';
import { countsChanged } from '../events';
import { getService } from '../get-service';
import type { RollupFilter } from './rollup-store';

export interface StoredMention extends MentionDraft {
  source: MentionSource;
  /** The feed it was found in (documentId), if any. */
  feed: string | null;
}

/** The columns of a MentionRecord: what the admin panel lists. */
const RECORD_FIELDS = ['documentId', 'agencyDocumentId', 'title', 'url', 'date', 'dateEstimated', 'language', 'source', 'feedDocumentId'];

/** A batch the database refused: nothing of it was written. The message leaves out the SQL. */
export class BatchNotStoredError extends Error {
  constructor(size: number, cause: any) {
    const reason = String(cause?.message ?? cause)
      .split(' - ')
      .pop();
    super(`The batch of ${size} mentions was not stored (nothing of it was written): ${reason}`);
    this.name = 'BatchNotStoredError';
    this.cause = cause;
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const dialect = () => dialectOf(strapi);
  const knex = () => strapi.db.connection;
  const rollups = () => getService(strapi, 'rollupStore');

  /** The (agency, address) and (agency, GUID) keys among these that are already stored. */
  const knownKeys = async (trx: Knex.Transaction, agencies: string[], urlKeys: string[], guidKeys: string[]) => {
    const { table, column } = tableOf(strapi, MENTION);
    const agency = column('agencyDocumentId');
    const known = new Set<string>();
    const byUrl = await trx(table)
      .select({ agency, key: column('urlKey') })
      .whereIn(agency, agencies)
      .whereIn(column('urlKey'), urlKeys);
    for (const row of byUrl) known.add(`u${row.agency}\u0000${row.key}`);
    if (guidKeys.length > 0) {
      const byGuid = await trx(table)
        .select({ agency, key: column('guidKey') })
        .whereIn(agency, agencies)
        .whereIn(column('guidKey'), guidKeys);
      for (const row of byGuid) known.add(`g${row.agency}\u0000${row.key}`);
    }
    return known;
  };

  /**
   * Mention rows of a filter (on their UTC day, as the rollups count them) and a search in titles
   * and addresses, whatever the case.
   */
  const mentionRows = (filter: RollupFilter, search: string | null) => {
    const { table, column } = tableOf(strapi, MENTION);
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
      const { table, column } = tableOf(strapi, MENTION);
      const batchId = createId();
      const now = instant(strapi, new Date());

      // One order for every writer, so concurrent batches take row locks in the same order.
      const ordered = [...mentions].sort((a, b) => (a.agency === b.agency ? (a.urlKey < b.urlKey ? -1 : 1) : a.agency < b.agency ? -1 : 1));
      const rows = ordered.map((mention) => ({
        [column('documentId')]: createId(),
        [column('agencyDocumentId')]: mention.agency,
        [column('url')]: mention.url,
        [column('urlKey')]: mention.urlKey,
        [column('guid')]: mention.guid,
        [column('guidKey')]: mention.guidKey,
        [column('title')]: mention.title,
        [column('excerpt')]: mention.excerpt,
        [column('date')]: instant(strapi, mention.date),
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

      const store = withRetries(strapi, async (trx) => {
        // Materials already stored are skipped before the insert (a replay writes nothing);
        // the unique keys still decide for anything stored meanwhile by another writer.
        const known = await knownKeys(trx, agencies, urlKeys, guidKeys);
        const fresh = rows.filter(
          (row, index) =>
            !known.has(`u${ordered[index].agency}\u0000${ordered[index].urlKey}`) &&
            !(ordered[index].guidKey && known.has(`g${ordered[index].agency}\u0000${ordered[index].guidKey}`))
        );
        if (fresh.length === 0) return 0;
        for (const chunk of insertChunks(dialect(), fresh)) await trx(table).insert(chunk).onConflict().ignore();

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
        await rollups().raise(trx, deltas);
        return deltas.reduce((sum, delta) => sum + delta.count, 0);
      });
      const created = await store.catch((error) => {
        throw new BatchNotStoredError(mentions.length, error);
      });
      if (created > 0) await countsChanged(strapi);
      return created;
    },

    /**
     * One page of the mentions of a filter and a search, newest first, and how many there are in
     * all: the same rows the rollups count for that filter.
     */
    async findPage(filter: RollupFilter, search: string | null, { page, pageSize }: { page: number; pageSize: number }) {
      const { column } = tableOf(strapi, MENTION);
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
      const { table, column } = tableOf(strapi, MENTION);
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
      const { table, column } = tableOf(strapi, MENTION);
      const [record] = await this.findRecords({ documentIds: [documentId] });
      if (!record) return null;
      const removed = await withRetries(strapi, async (trx) => {
        const row = await trx(table)
          .select({ id: column('id'), agency: column('agencyDocumentId'), day: column('day'), language: column('language') })
          .where(column('documentId'), documentId)
          .first();
        if (!row) return false;
        const deleted = await trx(table).where(column('id'), row.id).delete();
        if (deleted !== 1) return false;
        await rollups().lower(trx, [{ agency: row.agency, period: dayText(row.day), language: row.language, count: 1 }]);
        return true;
      });
      if (!removed) return null;
      await countsChanged(strapi);
      return record;
    },

    /** Raw count of mention rows, for checks and benchmarks. */
    async countMentions(where: { agencyIds?: string[] } = {}) {
      const { table, column } = tableOf(strapi, MENTION);
      const query = knex()(table).count({ count: '*' });
      if (where.agencyIds?.length) query.whereIn(column('agencyDocumentId'), where.agencyIds);
      const [{ count }] = await query;
      return Number(count);
    },
  };
};
