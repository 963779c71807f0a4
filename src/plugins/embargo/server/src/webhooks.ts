/** The Strapi webhook event of an executed action (Settings → Webhooks lists it). */
import type { Core } from '@strapi/strapi';

export const EXECUTED_EVENT = 'embargo.executed';

export function registerWebhookEvents(strapi: Core.Strapi) {
  strapi.get('webhookStore').addAllowedEvent('EMBARGO_EXECUTED', EXECUTED_EVENT);
}

/** The payload of `embargo.executed`: the document, the locales acted on, planned and actual time. */
export interface ExecutedEvent {
  action: { id: number; kind: 'publish' | 'unpublish'; status: 'done' | 'late' };
  document: { contentType: string; documentId: string };
  locales: string[];
  plannedAt: string;
  executedAt: string;
  lateByMs: number;
  timeZone: string;
}
