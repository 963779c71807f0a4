/** Before the app loads: the early-publish guard on every Document Service publish, the webhook event, no GraphQL. */
import type { Core } from '@strapi/strapi';
import { ACTION } from './content-types';
import { earlyPublishGuard } from './early-publish-guard';
import { registerWebhookEvents } from './webhooks';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(earlyPublishGuard(strapi));
  registerWebhookEvents(strapi);
  // Embargoes are read through the admin routes only: no shadow CRUD for API tokens.
  strapi.plugin('graphql')?.service('extension').shadowCRUD(ACTION).disable();
};
