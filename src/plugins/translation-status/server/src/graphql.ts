/**
 * GraphQL's shadow CRUD would give API tokens (read-only ones included) the translation records as
 * queries and mutations; they are read through the admin routes only, so none are made.
 */
import type { Core } from '@strapi/strapi';
import { RECORD } from './content-types';

export function hideRecordsFromGraphql(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  graphql.service('extension').shadowCRUD(RECORD).disable();
}
