/** `global::read-cache` (config/middlewares.ts): see src/read-cache. */
import type { Core } from '@strapi/strapi';
import { readCacheMiddleware } from '../read-cache';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => readCacheMiddleware(strapi);
