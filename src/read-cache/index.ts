/** The read cache: public reads answered from memory or Redis, invalidated by every write. */
import type { Core } from '@strapi/strapi';
import { readCacheDocumentMiddleware, subscribeToChanges } from './invalidation';
import { closeReadCache, createReadCache, readCacheOf } from './read-cache';

export { graphqlOperationForReadCache } from './graphql-operation';
export { readCacheMiddleware } from './middleware';
export { SYNDICATION_COUNTS_CHANGED } from './invalidation';

export function registerReadCache(strapi: Core.Strapi) {
  createReadCache(strapi);
  strapi.documents.use(readCacheDocumentMiddleware(strapi));
}

/** At bootstrap: the database is there to subscribe to, and Redis (if any) must answer. */
export async function startReadCache(strapi: Core.Strapi) {
  const cache = readCacheOf(strapi);
  if (!cache) return;
  subscribeToChanges(strapi);
  try {
    await cache.store.ready(10_000);
  } catch (error) {
    strapi.log.warn(`[read-cache] ${(error as Error).message}; reads go to the database until it answers.`);
  }
  strapi.log.info(
    `[read-cache] ${cache.config.enabled ? `on, in ${cache.store.kind === 'redis' ? 'Redis (REDIS_URL)' : 'this process'}` : 'off (READ_CACHE=off)'}`
  );
}

export const stopReadCache = closeReadCache;
