/** Admin routes of the translation status: check the parameters, ask the services, shape the answer. */
import type { Core } from '@strapi/strapi';
import { checkContentType, checkDocumentsQuery } from '../domain/documents-query';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('translation-status').service(name);

  /** The locales this admin may update for a content type, by the Content Manager's own rules. */
  const updatableLocales = (ctx: any, uid: string, locales: string[]): string[] =>
    service('status').updatableLocales(ctx.state.userAbility, uid, locales);

  return {
    /** GET /translation-status/summary */
    async summary(ctx) {
      ctx.body = { data: await service('status').summary() };
    },

    /** GET /translation-status/documents?contentType&locale&status&page&pageSize */
    async documents(ctx) {
      const locales: string[] = await service('status').locales();
      const check = checkDocumentsQuery(ctx.query, {
        followed: service('tracker').contentTypes(),
        locales,
        ownLocales: (uid) => updatableLocales(ctx, uid, locales),
      });
      if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
      ctx.body = await service('status').list(check.query);
    },

    /** GET /translation-status/documents/:contentType/:documentId */
    async document(ctx) {
      const { contentType, documentId } = ctx.params;
      const check = checkContentType(contentType, service('tracker').contentTypes());
      if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
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
      const check = checkContentType(contentType, service('tracker').contentTypes());
      if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
      if (!updatableLocales(ctx, contentType, [locale]).includes(locale)) {
        return ctx.forbidden(`You may mark as reviewed only the locales you may edit; "${locale}" is not one of them.`);
      }
      if (!(await service('tracker').review(contentType, documentId, locale))) {
        return ctx.notFound(`The document has no "${locale}" version to review.`);
      }
      ctx.body = { data: await service('status').ofDocument(contentType, documentId) };
    },
  };
};
