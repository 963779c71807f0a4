/**
 * Before the app loads: the early-publish guard on every Document Service publish and before the
 * Content Manager's bulk publish (its routes are bound to the controllers before any bootstrap), the
 * webhook event, no GraphQL.
 */
import type { Core } from '@strapi/strapi';
import { ACTION } from './content-types';
import { earlyPublishGuard, guardBulkPublish } from './early-publish-guard';
import { registerWebhookEvents } from './webhooks';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(earlyPublishGuard(strapi));
  guardBulkPublish(strapi);
  registerWebhookEvents(strapi);
  // Embargoes are read through the admin routes only: no shadow CRUD for API tokens.
  strapi.plugin('graphql')?.service('extension').shadowCRUD(ACTION).disable();
};
