/** Before the app loads: follow every Document Service write; keep the records out of GraphQL. */
import type { Core } from '@strapi/strapi';
import { trackWrites } from './document-middleware';
import { hideRecordsFromGraphql } from './graphql';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(trackWrites(strapi));
  hideRecordsFromGraphql(strapi);
};
