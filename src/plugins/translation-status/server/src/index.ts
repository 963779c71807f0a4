/**
 * The translation status plugin: for every document of the followed content types and every
 * locale, missing, outdated or current, kept right by a Document Service middleware.
 */
import type { Core } from '@strapi/strapi';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import { ACTION_DEFINITIONS } from './permissions';
import routes from './routes';
import services from './services';

/** Document Service actions after which a document's records may need to change. */
const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

export default {
  config,
  contentTypes,
  controllers,
  routes,
  services,

  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(async (context, next) => {
      const result: any = await next();
      const tracker = strapi.plugin('translation-status').service('tracker');
      if (!WRITES.has(context.action) || !tracker.isFollowed(context.uid)) return result;
      const documentId = (context.params as { documentId?: string })?.documentId ?? result?.documentId;
      if (documentId) await tracker.refresh(context.uid, documentId);
      return result;
    });
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
    await strapi.plugin('translation-status').service('tracker').backfill();
  },
};
