import type { Core } from '@strapi/strapi';
import { FeedBusyError } from '../services/feeds';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /syndication/feeds/:documentId/poll (admin): polls the feed now and says what it found. */
  async poll(ctx) {
    try {
      ctx.body = { data: await strapi.plugin('syndication').service('feeds').poll(ctx.params.documentId) };
    } catch (error) {
      if (error instanceof FeedBusyError) return ctx.conflict(error.message);
      throw error;
    }
  },
});
