/**
 * `?fallback=true` on the REST find and findOne routes: documents missing in the asked-for
 * locale come in their fallback locale (each item's `locale` says which). Without it, the
 * routes are Strapi's own.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { findOneWithFallback, findWithFallback } from './find';

/** Takes `fallback` out of the query (Strapi refuses unknown parameters) and reads it. */
function takeFallback(ctx: any): boolean {
  // Setting ctx.query serializes it and parses it again: only when there is something to take out.
  if (!ctx.query || !('fallback' in ctx.query)) return false;
  const { fallback, ...rest } = ctx.query;
  ctx.query = rest;
  if (fallback === undefined || fallback === 'false' || fallback === false) return false;
  if (fallback === 'true' || fallback === true || fallback === '') return true;
  throw new errors.ValidationError('fallback must be true or false', { parameter: 'fallback' });
}

export const withLocaleFallback =
  (uid: string) =>
  ({ strapi }: { strapi: Core.Strapi }) => ({
    async find(this: any, ctx: any) {
      if (!takeFallback(ctx)) return super.find(ctx);
      await this.validateQuery(ctx);
      const query = await this.sanitizeQuery(ctx);
      const { results, pagination } = await findWithFallback(strapi, uid, query);
      const sanitized = await this.sanitizeOutput(results, ctx);
      return this.transformResponse(sanitized, { pagination });
    },

    async findOne(this: any, ctx: any) {
      if (!takeFallback(ctx)) return super.findOne(ctx);
      await this.validateQuery(ctx);
      const query = await this.sanitizeQuery(ctx);
      const entity = await findOneWithFallback(strapi, uid, ctx.params.id, query);
      if (!entity) return ctx.notFound();
      const sanitized = await this.sanitizeOutput(entity, ctx);
      return this.transformResponse(sanitized);
    },
  });
