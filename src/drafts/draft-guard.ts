import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** Strapi's auth strategy for API tokens on the content API. */
const API_TOKEN_STRATEGY = 'content-api-token';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);

/**
 * Strapi 5 lets anyone with `find` read drafts by asking for `status=draft` (strapi/strapi
 * #25326). Drafts are not public here: on the content API (REST and GraphQL) only API tokens,
 * which website previews use, may read them. The admin panel is unaffected.
 */
export const draftGuard =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  // Not async: every read passes here, and only a read of drafts does anything.
  (context, next) => {
    if (!READ_ACTIONS.has(context.action) || (context.params as { status?: string })?.status !== 'draft') return next();

    const request = strapi.requestContext.get();
    if (request?.state?.route?.info?.type !== 'content-api') return next();
    if (request.state?.auth?.strategy?.name === API_TOKEN_STRATEGY) return next();

    // A PolicyError keeps its message through Strapi's authorization layer; a bare
    // ForbiddenError would be answered as "Forbidden".
    throw new errors.PolicyError('Drafts are not public: reading status=draft needs an API token with read access.');
  };
