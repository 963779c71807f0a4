import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { checkLocale } from './locale';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /syndication/agencies (admin): every agency, for the panel's pickers and side panel. */
  async find(ctx: Context) {
    const locale = await checkLocale(strapi, ctx.query);
    if (!locale.ok) return ctx.badRequest(locale.error, { parameter: 'locale' });
    const agencies = getService(strapi, 'agencies');
    ctx.body = { data: await agencies.list(locale.locale), meta: { contentType: agencies.contentTypeUid() } };
  },
});
