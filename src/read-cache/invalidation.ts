/**
 * Every write that can change a cached answer raises the content generation (coarse and
 * correct: see README, "Caching"), and names the surrogate keys a CDN should purge:
 * - the Document Service, for every content type and action (create, update, publish,
 *   unpublish, discardDraft, delete, clone; any locale), whoever calls it: REST, GraphQL, the
 *   admin panel, plugins, scripts;
 * - database lifecycles of what is not a document: media files, locales, the public role's and
 *   API tokens' permissions;
 * - the syndication plugin's event after mentions or rollups changed.
 * Drafts read through the Document Service mark the request, so its answer is never cached.
 */
import type { Core, Modules } from '@strapi/strapi';
import { documentTag } from './domain/http-caching';
import { TAGS } from './domain/request-key';
import { readCacheOf, requestState } from './read-cache';

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
const READ_ACTIONS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

/** Models outside the Document Service whose rows appear in answers or decide who sees what. */
const MODELS_EVERY_ANSWER_MAY_SHOW = [
  'plugin::upload.file',
  'plugin::i18n.locale',
  'plugin::users-permissions.permission',
  'plugin::users-permissions.role',
  'admin::api-token',
  'admin::api-token-permission',
];

/** Emitted by the syndication plugin after mentions or rollups changed (committed). */
export const SYNDICATION_COUNTS_CHANGED = 'syndication::counts.changed'; // src/plugins/syndication/server/src/events.ts

/** Strapi notes when an API token was last used; that changes no answer. */
const onlyNotesUse = (event: { model: { uid: string }; params?: { data?: Record<string, unknown> } }) =>
  event.model.uid === 'admin::api-token' &&
  Object.keys(event.params?.data ?? {}).every((field) => field === 'lastUsedAt' || field === 'updatedAt');

export const readCacheDocumentMiddleware = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  const afterWrite: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const result = await next();
    const cache = readCacheOf(strapi);
    if (cache && WRITE_ACTIONS.has(context.action)) {
      const documentId = (context.params as { documentId?: string })?.documentId ?? (result as { documentId?: string } | null)?.documentId;
      await cache.invalidate([...cache.tagsOnChange(context.uid), ...(documentId ? [documentTag(documentId)] : [])]);
    }
    return result;
  };
  // Reads pass without an async frame of their own: every read of every request comes here.
  return (context, next) => {
    if (!READ_ACTIONS.has(context.action)) return afterWrite(context, next);
    if ((context.params as { status?: string })?.status === 'draft') {
      const ctx = strapi.requestContext.get();
      if (ctx) requestState(ctx as any).readsDrafts = true;
    }
    return next();
  };
};

export function subscribeToChanges(strapi: Core.Strapi) {
  const changed = async (event: any) => {
    if (onlyNotesUse(event)) return;
    await readCacheOf(strapi)?.invalidate([TAGS.all]);
  };
  strapi.db.lifecycles.subscribe({
    models: MODELS_EVERY_ANSWER_MAY_SHOW,
    afterCreate: changed,
    afterCreateMany: changed,
    afterUpdate: changed,
    afterUpdateMany: changed,
    afterDelete: changed,
    afterDeleteMany: changed,
  });
  strapi.eventHub.on(SYNDICATION_COUNTS_CHANGED, async () => {
    await readCacheOf(strapi)?.invalidate([TAGS.stats, TAGS.graphql]);
  });
}
