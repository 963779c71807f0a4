/** The cron job that polls every enabled feed, when the plugin's configuration asks for it. */
import type { Core } from '@strapi/strapi';
import { getConfig } from './config';
import { getService } from './get-service';

export function scheduleFeedPolling(strapi: Core.Strapi) {
  const { schedule } = getConfig(strapi).feeds;
  // Strapi runs jobs added here whatever server.cron says: the plugin's own setting decides.
  if (!schedule.enabled) return;
  strapi.cron.add({
    syndicationFeeds: {
      task: () => getService(strapi, 'feeds').pollAll(),
      options: { rule: schedule.rule },
    },
  });
}
