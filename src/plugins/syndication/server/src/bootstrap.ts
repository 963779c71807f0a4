import type { Core } from '@strapi/strapi';
import { getConfig } from './config';
import { scheduleFeedPolling } from './feed-polling';
import { ACTION_DEFINITIONS } from './permissions';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const config = getConfig(strapi);
  if (!strapi.contentType(config.agency.contentType as any)) {
    throw new Error(`syndication: the agency content type "${config.agency.contentType}" does not exist (config agency.contentType).`);
  }
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  scheduleFeedPolling(strapi);
};
