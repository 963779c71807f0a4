import type { Core } from '@strapi/strapi';
import { getConfig } from './config';
import { FEED } from './content-types';
import { registerGraphql } from './graphql';
import { pollerStateGuard } from './guards/poller-state';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  // A feed belongs to an agency of the configured content type.
  (strapi.contentType(FEED).attributes.agency as any).target = getConfig(strapi).agency.contentType;
  registerGraphql(strapi);
  strapi.documents.use(pollerStateGuard(strapi));
};
