/** At every boot: the admin actions, then the scheduler (which first runs what fell due while down). */
import type { Core } from '@strapi/strapi';
import { getService } from './get-service';
import { ACTION_DEFINITIONS } from './permissions';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
  getService(strapi, 'scheduler').start();
};
