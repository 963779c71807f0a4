/** At every boot: the admin actions, then records for documents written before the plugin. */
import type { Core } from '@strapi/strapi';
import { getService } from './get-service';
import { ACTION_DEFINITIONS } from './permissions';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  await getService(strapi, 'tracker').backfill();
};
