/**
 * The one way mentions enter the plugin: the REST endpoint, the CSV import, the demo seed, the
 * feed poller and the admin panel's "add by hand" all come here. Each item is checked on its own;
 * the valid ones are stored in one transaction, and a material already stored is counted as a
 * duplicate, never twice.
 */
import type { Core } from '@strapi/strapi';
import { getConfig, trackingParameters } from '../config';
import { checkMention, type MentionDraft, type MentionField, type MentionSource } from '../domain/mention';
import { getService } from '../get-service';
import type { StoredMention } from './mention-store';

export interface IngestReport {
  created: number;
  duplicates: number;
  rejected: { index: number; error: string }[];
}

export interface IngestOptions {
  source: MentionSource;
  /** The feed the mentions were found in (documentId), when they come from one. */
  feed?: string;
}

/** One stored batch of an `ingestAll`: where it starts among the items, its size and its own report. */
export interface IngestedBatch {
  offset: number;
  size: number;
  report: IngestReport;
}

/**
 * What became of one mention: stored or already stored (and which mention that is: null only if
 * deleted meanwhile), or refused (which field).
 */
export type SingleIngest =
  { status: 'created' | 'duplicate'; documentId: string | null } | { status: 'rejected'; field: MentionField | null; error: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const mentionStore = () => getService(strapi, 'mentionStore');

  /** Checks every item and resolves its agency: what can be stored, and what cannot and why. */
  async function prepare(items: unknown[], { source, feed }: IngestOptions) {
    const config = getConfig(strapi);
    if (items.length > config.maxBatchSize) {
      throw new Error(`A batch holds at most ${config.maxBatchSize} mentions (got ${items.length}).`);
    }

    const rejected: { index: number; field: MentionField | null; error: string }[] = [];
    const valid: { index: number; mention: MentionDraft }[] = [];
    items.forEach((item, index) => {
      const check = checkMention(item, { trackingParameters: trackingParameters(config) });
      if (check.ok) valid.push({ index, mention: check.mention });
      else rejected.push({ index, field: check.field, error: check.error });
    });

    const agencies = await getService(strapi, 'agencies').resolve(valid.map(({ mention }) => mention.agency));
    const stored: StoredMention[] = [];
    for (const { index, mention } of valid) {
      const agency = agencies.get(mention.agency);
      if (agency) stored.push({ ...mention, agency, source, feed: feed ?? null });
      else rejected.push({ index, field: 'agency', error: `agency "${mention.agency}" is unknown: use an agency's slug or documentId` });
    }
    rejected.sort((a, b) => a.index - b.index);
    return { stored, rejected };
  }

  return {
    /** One batch, stored in one transaction: at most `maxBatchSize` items. */
    async ingest(items: unknown[], options: IngestOptions): Promise<IngestReport> {
      const { stored, rejected } = await prepare(items, options);
      const created = await mentionStore().insert(stored);
      return { created, duplicates: stored.length - created, rejected: rejected.map(({ index, error }) => ({ index, error })) };
    },

    /**
     * Any number of items, from a list or a stream, stored batch by batch (`maxBatchSize` each,
     * one transaction per batch). Rejected items are numbered among all the items; `onBatch`
     * hears of each stored batch (progress, or mapping its rejections back to their source).
     */
    async ingestAll(
      items: Iterable<unknown> | AsyncIterable<unknown>,
      options: IngestOptions,
      { onBatch }: { onBatch?: (batch: IngestedBatch) => void | Promise<void> } = {}
    ): Promise<IngestReport> {
      const { maxBatchSize } = getConfig(strapi);
      const total: IngestReport = { created: 0, duplicates: 0, rejected: [] };
      let batch: unknown[] = [];
      let offset = 0;
      const store = async () => {
        if (batch.length === 0) return;
        const report = await this.ingest(batch, options);
        total.created += report.created;
        total.duplicates += report.duplicates;
        total.rejected.push(...report.rejected.map((entry) => ({ ...entry, index: entry.index + offset })));
        await onBatch?.({ offset, size: batch.length, report });
        offset += batch.length;
        batch = [];
      };
      for await (const item of items) {
        batch.push(item);
        if (batch.length >= maxBatchSize) await store();
      }
      await store();
      return total;
    },

    /** One mention through the same checks and store, saying which mention it became or repeats. */
    async ingestOne(item: unknown, options: IngestOptions): Promise<SingleIngest> {
      const { stored, rejected } = await prepare([item], options);
      if (rejected.length > 0) return { status: 'rejected', field: rejected[0].field, error: rejected[0].error };

      const [mention] = stored;
      const created = await mentionStore().insert(stored);
      const documentId = await mentionStore().findByIdentity(mention);
      return { status: created === 1 ? 'created' : 'duplicate', documentId };
    },
  };
};
