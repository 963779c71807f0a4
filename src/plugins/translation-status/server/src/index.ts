/**
 * The translation status plugin: for every document of the followed content types and every
 * locale, missing, outdated or current, kept right by a Document Service middleware.
 */
import type { Core } from '@strapi/strapi';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import { trackWrites } from './document-middleware';
import { getService } from './get-service';
import { ACTION_DEFINITIONS } from './permissions';
import routes from './routes';
import services from './services';

export default {
  config,
  contentTypes,
  controllers,
  routes,
  services,

  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(trackWrites(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
    await getService(strapi, 'tracker').backfill();
  },
};
