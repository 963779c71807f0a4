/** Before the app loads: follow every Document Service write. */
import type { Core } from '@strapi/strapi';
import { trackWrites } from './document-middleware';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(trackWrites(strapi));
};
