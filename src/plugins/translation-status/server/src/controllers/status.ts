import type { Context } from 'koa';
/** Admin routes of the translation status: check the parameters, ask the services, shape the answer. */
import type { Core } from '@strapi/strapi';
import { checkContentType, checkDocumentsQuery, checkLocale, workLocales } from '../domain/documents-query';
import { getService } from '../get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const status = () => getService(strapi, 'status');
  const tracker = () => getService(strapi, 'tracker');

  /** The locales this admin may update for a content type, by the Content Manager's own rules. */
  const updatableLocales = (ctx: any, uid: string, locales: string[]) => status().updatableLocales(ctx.state.userAbility, uid, locales);

  return {
    /** GET /translation-status/summary */
    async summary(ctx: Context) {
      const summary = await status().summary();
      const own = new Set(summary.contentTypes.flatMap(({ uid }) => updatableLocales(ctx, uid, summary.locales)));
      ctx.body = { data: { ...summary, workLocales: workLocales(summary.locales, [...own]) } };
    },

    /** GET /translation-status/documents?contentType&locale&status&page&pageSize */
    async documents(ctx: Context) {
      const locales = await status().locales();
      const check = checkDocumentsQuery(ctx.query, {
        followed: tracker().contentTypes(),
        locales,
        ownLocales: (uid) => updatableLocales(ctx, uid, locales),
      });
      if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
      ctx.body = await status().list(check.query);
    },

    /** GET /translation-status/documents/:contentType/:documentId */
    async document(ctx: Context) {
      const { contentType, documentId } = ctx.params;
      const check = checkContentType(contentType, tracker().contentTypes());
      if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
      const statuses = await status().ofDocument(contentType, documentId);
      const locales = statuses.locales.map((entry) => entry.locale);
      const reviewable = new Set(updatableLocales(ctx, contentType, locales));
      ctx.body = {
        data: {
          ...statuses,
          locales: statuses.locales.map((entry) => ({ ...entry, canReview: reviewable.has(entry.locale) })),
        },
      };
    },

    /** GET /translation-status/documents/:contentType/:documentId/changes?locale= (any locale: reading is not editing) */
    async changes(ctx: Context) {
      const { contentType, documentId } = ctx.params;
      const type = checkContentType(contentType, tracker().contentTypes());
      if (!type.ok) return ctx.badRequest(type.error, { parameter: type.parameter });
      const locale = checkLocale(ctx.query.locale, await status().locales());
      if (!locale.ok) return ctx.badRequest(locale.error, { parameter: locale.parameter });
      const changes = await status().changes(contentType, documentId, locale.locale);
      if (!changes) return ctx.notFound(`No ${contentType} document has the documentId "${documentId}".`);
      ctx.body = { data: changes };
    },

    /** POST /translation-status/documents/:contentType/:documentId/:locale/review */
    async review(ctx: Context) {
      const { contentType, documentId, locale } = ctx.params;
      const check = checkContentType(contentType, tracker().contentTypes());
      if (!check.ok) return ctx.badRequest(check.error, { parameter: check.parameter });
      if (!updatableLocales(ctx, contentType, [locale]).includes(locale)) {
        return ctx.forbidden(`You may mark as reviewed only the locales you may edit; "${locale}" is not one of them.`);
      }
      if (!(await tracker().review(contentType, documentId, locale))) {
        return ctx.notFound(`The document has no "${locale}" version to review.`);
      }
      ctx.body = { data: await status().ofDocument(contentType, documentId) };
    },
  };
};
