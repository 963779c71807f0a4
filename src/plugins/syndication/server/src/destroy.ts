import type { Core } from '@strapi/strapi';
import { getService } from './get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // A poll in flight holds database connections: let it finish before Strapi closes the pool.
  await getService(strapi, 'feeds').stop();
};
