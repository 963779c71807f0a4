import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { checkFeedSwitch } from '../domain/feeds/switch';
import { FeedBusyError } from '../services/feeds';
import { getService } from '../get-service';
import { checkLocale } from './locale';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feeds = () => getService(strapi, 'feeds');

  return {
    /** GET /syndication/feeds?locale (admin): every feed with its health. */
    async find(ctx: Context) {
      const locale = await checkLocale(strapi, ctx.query);
      if (!locale.ok) return ctx.badRequest(locale.error, { parameter: 'locale' });
      ctx.body = { data: await feeds().list({ locale: locale.locale }) };
    },

    /** PUT /syndication/feeds/:documentId (admin): { data: { enabled } } turns polling on or off. */
    async update(ctx: Context) {
      const check = checkFeedSwitch(ctx.request.body);
      if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
      const locale = await checkLocale(strapi, ctx.query);
      if (!locale.ok) return ctx.badRequest(locale.error, { parameter: 'locale' });
      ctx.body = { data: await feeds().setEnabled(ctx.params.documentId, check.enabled, { locale: locale.locale }) };
    },

    /** POST /syndication/feeds/:documentId/poll (admin): polls the feed now and says what it found. */
    async poll(ctx: Context) {
      try {
        ctx.body = { data: await feeds().poll(ctx.params.documentId) };
      } catch (error) {
        if (error instanceof FeedBusyError) return ctx.conflict(error.message);
        throw error;
      }
    },
  };
};
