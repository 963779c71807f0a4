/**
 * The syndication plugin: exact counts of syndicated mentions per agency.
 * Content types (mention, rollup), one ingest path, one stats query, REST and GraphQL.
 */
import type { Core } from '@strapi/strapi';
import config, { getConfig } from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import { registerGraphql } from './graphql';
import routes from './routes';
import services from './services';

export default {
  config,
  contentTypes,
  controllers,
  routes,
  services,

  register({ strapi }: { strapi: Core.Strapi }) {
    registerGraphql(strapi);
  },

  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const { contentType } = getConfig(strapi).agency;
    if (!strapi.contentType(contentType as any)) {
      throw new Error(`syndication: the agency content type "${contentType}" does not exist (config agency.contentType).`);
    }
  },
};
