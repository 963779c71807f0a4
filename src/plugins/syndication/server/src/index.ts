/**
 * The syndication plugin: exact counts of syndicated mentions per agency.
 * Content types (mention, rollup), one ingest path, one stats query, REST and GraphQL.
 */
import type { Core } from '@strapi/strapi';
import config, { getConfig } from './config';
import contentTypes, { FEED } from './content-types';
import controllers from './controllers';
import { registerGraphql } from './graphql';
import { pollerStateGuard } from './guards/poller-state';
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
    // A feed belongs to an agency of the configured content type.
    (strapi.contentType(FEED).attributes.agency as any).target = getConfig(strapi).agency.contentType;
    registerGraphql(strapi);
    strapi.documents.use(pollerStateGuard(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const config = getConfig(strapi);
    if (!strapi.contentType(config.agency.contentType as any)) {
      throw new Error(`syndication: the agency content type "${config.agency.contentType}" does not exist (config agency.contentType).`);
    }
    await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);

    // Strapi runs jobs added here whatever server.cron says: the plugin's own setting decides.
    if (config.feeds.schedule.enabled) {
      strapi.cron.add({
        syndicationFeeds: {
          task: () => strapi.plugin('syndication').service('feeds').pollAll(),
          options: { rule: config.feeds.schedule.rule },
        },
      });
    }
  },
};
