/**
 * The mentions behind the numbers, for the admin panel: listed with the stats' own filter, added
 * by hand through the one ingest path, deleted with their rollups. Each comes back with its
 * agency and feed named.
 */
import type { Core } from '@strapi/strapi';
import { mentionView, pagination, type MentionListQuery, type MentionRecord, type MentionView } from '../domain/mention-list';
import type { MentionField } from '../domain/mention';
import { getService } from '../get-service';

export type AddedMention =
  { status: 'created' | 'duplicate'; mention: MentionView | null } | { status: 'rejected'; field: MentionField | null; error: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The records with their agencies and feeds named: two lookups for any number of records. */
  async function describe(records: MentionRecord[], locale?: string): Promise<MentionView[]> {
    const agencyIds = [...new Set(records.map((record) => record.agencyDocumentId))];
    const feedIds = [...new Set(records.flatMap((record) => (record.feedDocumentId ? [record.feedDocumentId] : [])))];
    const [agencies, feeds] = await Promise.all([
      getService(strapi, 'agencies').describe(agencyIds, locale),
      getService(strapi, 'feeds').names(feedIds),
    ]);
    const agencyMap = new Map(agencies.map((agency) => [agency.documentId, agency]));
    const feedMap = new Map(feeds.map((feed) => [feed.documentId, { documentId: feed.documentId, name: feed.name }]));
    return records.map((record) => mentionView(record, agencyMap, feedMap));
  }

  async function find(documentId: string | null, locale?: string): Promise<MentionView | null> {
    if (!documentId) return null;
    const [record] = await getService(strapi, 'mentionStore').findRecords({ documentIds: [documentId] });
    return record ? (await describe([record], locale))[0] : null;
  }

  return {
    /** A page of the mentions a stats figure counts (same filter, same total), newest first. */
    async list({ filter, search, page, pageSize }: MentionListQuery, { locale }: { locale?: string } = {}) {
      const agencyIds = await getService(strapi, 'agencies').resolveFilter(filter.agencies);
      const { records, total } = await getService(strapi, 'mentionStore').findPage(
        { from: filter.from, to: filter.to, agencyIds, languages: filter.languages },
        search,
        { page, pageSize }
      );
      return { data: await describe(records, locale), meta: { pagination: pagination(page, pageSize, total) } };
    },

    find,

    /** A mention added by hand (source `manual`): stored, a duplicate of a stored one, or refused. */
    async add(item: unknown, { locale }: { locale?: string } = {}): Promise<AddedMention> {
      const result = await getService(strapi, 'ingest').ingestOne(item, { source: 'manual' });
      if (result.status === 'rejected') return result;
      return { status: result.status, mention: await find(result.documentId, locale) };
    },

    /** Deletes a wrongly matched mention; the counts follow. Null when there is no such mention. */
    async remove(documentId: string, { locale }: { locale?: string } = {}): Promise<MentionView | null> {
      const record = await getService(strapi, 'mentionStore').remove(documentId);
      return record ? (await describe([record], locale))[0] : null;
    },
  };
};
