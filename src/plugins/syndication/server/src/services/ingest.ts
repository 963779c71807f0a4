/**
 * The one way mentions enter the plugin: the REST endpoint, the CSV import, the demo seed, the
 * feed poller and the admin panel's "add by hand" all come here. Each item is checked on its own;
 * the valid ones are stored in one transaction, and a material already stored is counted as a
 * duplicate, never twice.
 */
import type { Core } from '@strapi/strapi';
import { getConfig, trackingParameters } from '../config';
import { checkMention, type MentionDraft, type MentionField, type MentionSource } from '../domain/mention';
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

/**
 * What became of one mention: stored or already stored (and which mention that is: null only if
 * deleted meanwhile), or refused (which field).
 */
export type SingleIngest =
  | { status: 'created' | 'duplicate'; documentId: string | null }
  | { status: 'rejected'; field: MentionField | null; error: string };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('syndication').service(name);

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

    const agencies = await service('agencies').resolve(valid.map(({ mention }) => mention.agency));
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
    async ingest(items: unknown[], options: IngestOptions): Promise<IngestReport> {
      const { stored, rejected } = await prepare(items, options);
      const created = await service('mentionStore').insert(stored);
      return { created, duplicates: stored.length - created, rejected: rejected.map(({ index, error }) => ({ index, error })) };
    },

    /** One mention through the same checks and store, saying which mention it became or repeats. */
    async ingestOne(item: unknown, options: IngestOptions): Promise<SingleIngest> {
      const { stored, rejected } = await prepare([item], options);
      if (rejected.length > 0) return { status: 'rejected', field: rejected[0].field, error: rejected[0].error };

      const [mention] = stored;
      const created = await service('mentionStore').insert(stored);
      const documentId: string | null = await service('mentionStore').findByIdentity(mention);
      return { status: created === 1 ? 'created' : 'duplicate', documentId };
    },
  };
};
