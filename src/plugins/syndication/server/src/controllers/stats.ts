import type { Core } from '@strapi/strapi';
import { checkStatsQuery } from '../domain/stats-query';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/syndication/stats?from&to&interval&agency&language&locale */
  async find(ctx) {
    const check = checkStatsQuery(ctx.query);
    if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });

    const locale = typeof ctx.query.locale === 'string' && ctx.query.locale !== '' ? ctx.query.locale : undefined;
    if (locale && strapi.plugin('i18n') && !(await strapi.plugin('i18n').service('locales').findByCode(locale))) {
      return ctx.badRequest(`locale "${locale}" does not exist`, { parameter: 'locale' });
    }

    const stats = strapi.plugin('syndication').service('stats');
    ctx.body = await stats.compute(await stats.resolveQuery(check.query), { locale });
  },
});
