import type { Core } from '@strapi/strapi';
import { STATUSES, type TranslationStatus } from '../domain/status';

const positiveInteger = (value: unknown, fallback: number) => {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('translation-status').service(name);

  /** The locales this admin may update for a content type, by the Content Manager's own rules. */
  const updatableLocales = (ctx: any, uid: string, locales: string[]) => {
    const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model: uid });
    return locales.filter((locale) => checker.can.update({ locale }));
  };

  const checkContentType = (ctx: any, uid: unknown) => {
    if (typeof uid !== 'string' || !service('tracker').isFollowed(uid)) {
      ctx.badRequest(`contentType must be one of ${service('tracker').contentTypes().join(', ')}`, { parameter: 'contentType' });
      return false;
    }
    return true;
  };

  return {
    /** GET /translation-status/summary */
    async summary(ctx) {
      ctx.body = { data: await service('status').summary() };
    },

    /** GET /translation-status/documents?contentType&locale&status&page&pageSize */
    async documents(ctx) {
      const { contentType, locale: requested, status, page: pageText, pageSize: pageSizeText } = ctx.query;
      if (!checkContentType(ctx, contentType)) return;
      const locales: string[] = await service('status').locales();

      let locale = requested;
      if (locale === undefined || locale === '') {
        // A translator's own locale by default; for editors, the first translation locale.
        const own = updatableLocales(ctx, contentType, locales);
        locale = own.length > 0 && own.length < locales.length ? own[0] : locales[1] ?? locales[0];
      }
      if (!locales.includes(locale)) return ctx.badRequest(`locale must be one of ${locales.join(', ')}`, { parameter: 'locale' });
      if (status !== undefined && status !== '' && !(STATUSES as readonly string[]).includes(status)) {
        return ctx.badRequest(`status must be one of ${STATUSES.join(', ')}`, { parameter: 'status' });
      }
      const page = positiveInteger(pageText, 1);
      const pageSize = positiveInteger(pageSizeText, 25);
      if (page === null) return ctx.badRequest('page must be a positive integer', { parameter: 'page' });
      if (pageSize === null) return ctx.badRequest('pageSize must be a positive integer', { parameter: 'pageSize' });

      ctx.body = await service('status').list({
        contentType,
        locale,
        status: (status || undefined) as TranslationStatus | undefined,
        page,
        pageSize,
      });
    },

    /** GET /translation-status/documents/:contentType/:documentId */
    async document(ctx) {
      const { contentType, documentId } = ctx.params;
      if (!checkContentType(ctx, contentType)) return;
      const statuses = await service('status').ofDocument(contentType, documentId);
      const locales: string[] = statuses.locales.map((entry: { locale: string }) => entry.locale);
      const reviewable = new Set(updatableLocales(ctx, contentType, locales));
      ctx.body = {
        data: {
          ...statuses,
          locales: statuses.locales.map((entry: { locale: string }) => ({ ...entry, canReview: reviewable.has(entry.locale) })),
        },
      };
    },

    /** POST /translation-status/documents/:contentType/:documentId/:locale/review */
    async review(ctx) {
      const { contentType, documentId, locale } = ctx.params;
      if (!checkContentType(ctx, contentType)) return;
      if (!updatableLocales(ctx, contentType, [locale]).includes(locale)) {
        return ctx.forbidden(`You may mark as reviewed only the locales you may edit; "${locale}" is not one of them.`);
      }
      const version = await strapi.db.query(contentType as any).findOne({ where: { documentId, locale }, select: ['id'] });
      if (!version) return ctx.notFound(`The document has no "${locale}" version to review.`);
      await service('tracker').refresh(contentType, documentId, { review: locale });
      ctx.body = { data: await service('status').ofDocument(contentType, documentId) };
    },
  };
};
