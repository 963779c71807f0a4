/** Keeps the rollups honest: compares them with a count of the mention rows and repairs drift. */
import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async reconcile({ repair = true }: { repair?: boolean } = {}) {
    const store = strapi.plugin('syndication').service('mentionStore');
    const { mentions, rollupRows, drift } = await store.findDrift();
    if (repair && drift.length > 0) await store.correctRollups(drift);
    return { mentions, rollupRows, drift, repaired: repair && drift.length > 0 };
  },
});
