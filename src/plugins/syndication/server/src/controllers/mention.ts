import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { getConfig } from '../config';
import { checkBatch, checkSingleMention } from '../domain/batch';
import { checkMentionListQuery } from '../domain/mention-list';
import { getService } from '../get-service';
import { checkLocale } from './locale';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const mentions = () => getService(strapi, 'mentions');

  return {
    /** POST /api/syndication/mentions: { data: [...] } → { data: { created, duplicates, rejected } } */
    async ingest(ctx: Context) {
      const batch = checkBatch(ctx.request.body, getConfig(strapi).maxBatchSize);
      if (!batch.ok) return ctx.badRequest(batch.error, { parameter: 'data' });

      const report = await getService(strapi, 'ingest').ingest(batch.items, { source: 'api' });
      ctx.body = { data: report };
    },

    /** GET /syndication/mentions?from&to&agency&language&q&page&pageSize&locale (admin) */
    async find(ctx: Context) {
      const check = checkMentionListQuery(ctx.query);
      if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
      const locale = await checkLocale(strapi, ctx.query);
      if (!locale.ok) return ctx.badRequest(locale.error, { parameter: 'locale' });

      ctx.body = await mentions().list(check.query, { locale: locale.locale });
    },

    /** POST /syndication/mentions (admin): { data: { agency, url, title, date, language, ... } } */
    async create(ctx: Context) {
      const body = checkSingleMention(ctx.request.body);
      if (!body.ok) return ctx.badRequest(body.error, { parameter: 'data' });
      const locale = await checkLocale(strapi, ctx.query);
      if (!locale.ok) return ctx.badRequest(locale.error, { parameter: 'locale' });

      const result = await mentions().add(body.item, { locale: locale.locale });
      if (result.status === 'rejected') return ctx.badRequest(result.error, { parameter: result.field ?? 'data' });
      if (result.status === 'duplicate') {
        return ctx.conflict(
          'This material is already counted for this agency (the same address, tracking parameters aside, or the same GUID).',
          { parameter: 'url', mention: result.mention }
        );
      }
      ctx.created({ data: result.mention });
    },

    /** DELETE /syndication/mentions/:documentId (admin): the counts go down by one. */
    async delete(ctx: Context) {
      const locale = await checkLocale(strapi, ctx.query);
      if (!locale.ok) return ctx.badRequest(locale.error, { parameter: 'locale' });
      const deleted = await mentions().remove(ctx.params.documentId, { locale: locale.locale });
      if (!deleted) return ctx.notFound(`No mention with documentId ${ctx.params.documentId}: it does not exist or was already deleted.`);
      ctx.body = { data: deleted };
    },
  };
};
