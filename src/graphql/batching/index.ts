/**
 * GraphQL without N+1: the relation, media and component fields of the generated schema resolve
 * through the request's batched loader. Installed where Strapi builds those fields (its
 * `buildAssociationResolver` / `buildComponentResolver`), so the field resolvers it then wraps
 * with auth, `resolversConfig` middlewares and policies are ours: every wrapper still applies.
 *
 * `GRAPHQL_BATCHING=off` (config `plugin::graphql.batching`) answers with Strapi's own resolvers,
 * read at each request so that tests compare both on one database.
 */
import type { Core } from '@strapi/strapi';
import { batchedAssociationResolver, batchedComponentResolver } from './resolvers';

type ResolverOptions = { contentTypeUID: string; attributeName: string };
type FieldResolver = (parent: any, args: any, context: any, info?: any) => Promise<any>;

export const isGraphqlBatchingOn = (strapi: Core.Strapi): boolean => strapi.config.get<boolean>('plugin::graphql.batching', true) !== false;

export function registerGraphqlBatching(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const builders = graphql.service('builders');
  const createBuilders = builders.new.bind(builders);

  const eitherResolver =
    (strapiResolver: FieldResolver, batchedResolver: FieldResolver): FieldResolver =>
    (parent, args, context, info) =>
      isGraphqlBatchingOn(strapi) ? batchedResolver(parent, args, context, info) : strapiResolver(parent, args, context, info);

  builders.new = (name: string, registry: unknown) => {
    const created = createBuilders(name, registry);
    const { buildAssociationResolver, buildComponentResolver } = created;
    created.buildAssociationResolver = (options: ResolverOptions) =>
      eitherResolver(buildAssociationResolver(options), batchedAssociationResolver(strapi, options));
    created.buildComponentResolver = (options: ResolverOptions) =>
      eitherResolver(buildComponentResolver(options), batchedComponentResolver(strapi, options));
    return created;
  };
}
