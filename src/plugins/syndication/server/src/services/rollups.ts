/** Keeps the rollups honest: compares them with a count of the mention rows and repairs drift. */
import type { Core } from '@strapi/strapi';
import { compareRollups } from '../domain/rollups';
import { getService } from '../get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async reconcile({ repair = true }: { repair?: boolean } = {}) {
    const store = getService(strapi, 'rollupStore');
    const { countedPerDay, stored } = await store.snapshot();
    const drift = compareRollups(countedPerDay, stored);
    if (repair && drift.length > 0) await store.correct(drift);
    const mentions = countedPerDay.reduce((sum, row) => sum + row.count, 0);
    return { mentions, rollupRows: stored.day.length + stored.month.length, drift, repaired: repair && drift.length > 0 };
  },
});
