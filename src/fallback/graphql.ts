/**
 * `fallback: Boolean` on the GraphQL list and single queries of Pressroom's content types, the
 * same as REST's `?fallback=true`. Added the way Strapi's i18n plugin adds `locale`: a nexus
 * plugin that extends the generated query fields.
 */
import type { Core } from '@strapi/strapi';
import { PUBLISHED_CONTENT_TYPES } from '../content-types';
import { findOneWithFallback, findWithFallback } from './find';

export function registerGraphqlFallback(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;

  graphql.service('extension').use(({ nexus }: any) => ({
    plugins: [
      nexus.plugin({
        name: 'PressroomLocaleFallback',
        onAddOutputField(config: any) {
          const contentType = config?.extensions?.strapi?.contentType;
          if (config.parentType !== 'Query' || !contentType || !PUBLISHED_CONTENT_TYPES.includes(contentType.uid)) return;
          const naming = graphql.service('utils').naming;
          const isList = config.name === naming.getFindQueryName(contentType);
          const isSingle = config.name === naming.getFindOneQueryName(contentType);
          if (!isList && !isSingle) return;

          config.args = {
            ...config.args,
            fallback: nexus.booleanArg({
              description: 'Documents missing in `locale` come in their fallback locale (each says which in `locale`)',
            }),
          };
          const resolve = config.resolve;
          config.resolve = async (parent: unknown, args: any, context: any, info: unknown) => {
            const { fallback, ...rest } = args;
            if (!fallback) return resolve(parent, rest, context, info);
            const transformed = graphql.service('builders').utils.transformArgs(rest, { contentType, usePagination: isList });
            await strapi.contentAPI.validate.query(transformed, contentType, { auth: context?.state?.auth });
            const query = await strapi.contentAPI.sanitize.query(transformed, contentType, { auth: context?.state?.auth });
            if (isList) return (await findWithFallback(strapi, contentType.uid, query)).results;
            return findOneWithFallback(strapi, contentType.uid, rest.documentId, query);
          };
        },
      }),
    ],
  }));
}
