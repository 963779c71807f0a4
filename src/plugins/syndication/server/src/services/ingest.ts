/**
 * The one way mentions enter the plugin: the REST endpoint, the CSV import, the demo seed and
 * the feed poller all call `ingest`. Each item is checked on its own; the valid ones are stored
 * in one transaction, and a material already stored is counted as a duplicate, never twice.
 */
import type { Core } from '@strapi/strapi';
import { getConfig, trackingParameters } from '../config';
import { checkMention, type MentionDraft, type MentionSource } from '../domain/mention';
import type { StoredMention } from './mention-store';

export interface IngestReport {
  created: number;
  duplicates: number;
  rejected: { index: number; error: string }[];
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async ingest(items: unknown[], { source }: { source: MentionSource }): Promise<IngestReport> {
    const config = getConfig(strapi);
    if (items.length > config.maxBatchSize) {
      throw new Error(`A batch holds at most ${config.maxBatchSize} mentions (got ${items.length}).`);
    }

    const rejected: IngestReport['rejected'] = [];
    const valid: { index: number; mention: MentionDraft }[] = [];
    items.forEach((item, index) => {
      const check = checkMention(item, { trackingParameters: trackingParameters(config) });
      if (check.ok) valid.push({ index, mention: check.mention });
      else rejected.push({ index, error: check.error });
    });

    const agencies = await strapi.plugin('syndication').service('agencies').resolve(valid.map(({ mention }) => mention.agency));
    const stored: StoredMention[] = [];
    for (const { index, mention } of valid) {
      const agency = agencies.get(mention.agency);
      if (agency) stored.push({ ...mention, agency, source });
      else rejected.push({ index, error: `agency "${mention.agency}" is unknown: use an agency's slug or documentId` });
    }
    rejected.sort((a, b) => a.index - b.index);

    const created = await strapi.plugin('syndication').service('mentionStore').insert(stored);
    return { created, duplicates: stored.length - created, rejected };
  },
});
