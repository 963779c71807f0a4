/**
 * The mentions behind the numbers, for the admin panel: listed with the stats' own filter, added
 * by hand through the one ingest path, deleted with their rollups. Each comes back with its
 * agency and feed named.
 */
import type { Core } from '@strapi/strapi';
import { FEED } from '../content-types';
import { mentionView, pagination, type FeedSummary, type MentionListQuery, type MentionRecord, type MentionView } from '../domain/mention-list';
import type { MentionField } from '../domain/mention';
import type { AgencySummary } from '../domain/stats';

export type AddedMention =
  | { status: 'created' | 'duplicate'; mention: MentionView | null }
  | { status: 'rejected'; field: MentionField | null; error: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('syndication').service(name);

  /** The records with their agencies and feeds named: two lookups for any number of records. */
  async function describe(records: MentionRecord[], locale?: string): Promise<MentionView[]> {
    const agencyIds = [...new Set(records.map((record) => record.agencyDocumentId))];
    const feedIds = [...new Set(records.flatMap((record) => (record.feedDocumentId ? [record.feedDocumentId] : [])))];
    const [agencies, feeds] = await Promise.all([
      service('agencies').describe(agencyIds, locale) as Promise<AgencySummary[]>,
      feedIds.length > 0
        ? (strapi.db.query(FEED).findMany({ where: { documentId: { $in: feedIds } }, select: ['documentId', 'name'] }) as Promise<FeedSummary[]>)
        : Promise.resolve([] as FeedSummary[]),
    ]);
    const agencyMap = new Map(agencies.map((agency) => [agency.documentId, agency]));
    const feedMap = new Map(feeds.map((feed) => [feed.documentId, { documentId: feed.documentId, name: feed.name }]));
    return records.map((record) => mentionView(record, agencyMap, feedMap));
  }

  async function find(documentId: string | null, locale?: string): Promise<MentionView | null> {
    if (!documentId) return null;
    const [record] = await service('mentionStore').findRecords({ documentIds: [documentId] });
    return record ? (await describe([record], locale))[0] : null;
  }

  return {
    /** A page of the mentions a stats figure counts (same filter, same total), newest first. */
    async list({ filter, search, page, pageSize }: MentionListQuery, { locale }: { locale?: string } = {}) {
      const agencyIds: string[] = await service('agencies').resolveFilter(filter.agencies);
      const { records, total } = await service('mentionStore').findPage(
        { from: filter.from, to: filter.to, agencyIds, languages: filter.languages },
        search,
        { page, pageSize }
      );
      return { data: await describe(records, locale), meta: { pagination: pagination(page, pageSize, total) } };
    },

    find,

    /** A mention added by hand (source `manual`): stored, a duplicate of a stored one, or refused. */
    async add(item: unknown, { locale }: { locale?: string } = {}): Promise<AddedMention> {
      const result = await service('ingest').ingestOne(item, { source: 'manual' });
      if (result.status === 'rejected') return result;
      return { status: result.status, mention: await find(result.documentId, locale) };
    },

    /** Deletes a wrongly matched mention; the counts follow. Null when there is no such mention. */
    async remove(documentId: string, { locale }: { locale?: string } = {}): Promise<MentionView | null> {
      const record: MentionRecord | null = await service('mentionStore').remove(documentId);
      return record ? (await describe([record], locale))[0] : null;
    },
  };
};
