import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { onlyFor } from '../documents/only-for';

/**
 * Strapi 5.54's Content Manager checks "may create" without the locale when it creates a new
 * document or a new locale of an existing one, so a translator limited to `zh` could add an
 * `en` version (strapi/strapi #21239, #21297; seen here by the tests). This middleware checks the
 * locale itself, with the Content Manager's own permission checker, on every admin-panel write
 * that creates a locale version.
 */
export const localeGuard = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  onlyFor(['create', 'update', 'clone'], async (context, next) => {
    const request = strapi.requestContext.get();
    const userAbility = request?.state?.userAbility;
    if (request?.state?.route?.info?.type !== 'admin' || !userAbility) return next();

    const params = context.params as { documentId?: string; locale?: string };
    const locale = params.locale;
    if (!locale || locale === '*') return next();

    const uid = context.uid as string;
    const createsVersion =
      context.action !== 'update' ||
      !(await strapi.db.query(uid as any).findOne({ where: { documentId: params.documentId, locale }, select: ['id'] }));
    if (!createsVersion) return next();

    const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: uid });
    // The writer will be the version's creator: "own entries only" rules (authors) must see that.
    if (checker.cannot.create({ locale, createdBy: { id: request.state.user?.id } })) {
      throw new errors.PolicyError(`You may not create the "${locale}" version: your role does not allow that locale.`);
    }
    return next();
  });
