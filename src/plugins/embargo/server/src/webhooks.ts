/** The Strapi webhook event of an executed action (Settings → Webhooks lists it). */
import type { Core } from '@strapi/strapi';

export const EXECUTED_EVENT = 'embargo.executed';

export function registerWebhookEvents(strapi: Core.Strapi) {
  strapi.get('webhookStore').addAllowedEvent('EMBARGO_EXECUTED', EXECUTED_EVENT);
}
