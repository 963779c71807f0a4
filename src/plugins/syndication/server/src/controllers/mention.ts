import type { Core } from '@strapi/strapi';
import { getConfig } from '../config';
import { checkBatch } from '../domain/batch';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/syndication/mentions: { data: [...] } → { data: { created, duplicates, rejected } } */
  async ingest(ctx) {
    const batch = checkBatch(ctx.request.body, getConfig(strapi).maxBatchSize);
    if (!batch.ok) return ctx.badRequest(batch.error, { parameter: 'data' });

    const report = await strapi.plugin('syndication').service('ingest').ingest(batch.items, { source: 'api' });
    ctx.body = { data: report };
  },
});
