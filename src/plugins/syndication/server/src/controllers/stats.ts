import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { checkComparison, checkStatsQuery, type ComparisonCheck } from '../domain/stats-query';
import { getService } from '../get-service';
import { checkLocale } from './locale';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** One answer for both routes; the admin panel may also ask for the previous period. */
  async function answer(ctx: Context, { comparison }: { comparison: boolean }) {
    const check = checkStatsQuery(ctx.query);
    if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
    const compare: ComparisonCheck = comparison ? checkComparison(ctx.query) : { ok: true, compare: null };
    if (!compare.ok) return ctx.badRequest(compare.error, { parameter: compare.parameter });
    const locale = await checkLocale(strapi, ctx.query);
    if (!locale.ok) return ctx.badRequest(locale.error, { parameter: 'locale' });

    const stats = getService(strapi, 'stats');
    const request = await stats.resolveQuery(check.query);
    ctx.body =
      compare.compare === 'previous'
        ? await stats.computeWithPrevious(request, { locale: locale.locale })
        : await stats.compute(request, { locale: locale.locale });
  }

  return {
    /** GET /api/syndication/stats?from&to&interval&agency&language&locale */
    find: (ctx: Context) => answer(ctx, { comparison: false }),
    /** GET /syndication/stats (admin panel): the same, and `compare=previous` for trends. */
    findForAdmin: (ctx: Context) => answer(ctx, { comparison: true }),
  };
};
