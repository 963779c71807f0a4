/**
 * Strapi's association (relations, media) and component resolvers of @strapi/plugin-graphql 5.54
 * (services/builders/resolvers/association.ts and component.ts), with one change: the related
 * rows come from the request's batched relation loader instead of one `load` per parent.
 * Validation, sanitizing, the draft/published rules inherited from the root query and the shape
 * of the answer are Strapi's, line for line; keep them in step when @strapi/plugin-graphql moves.
 */
import type { Core } from '@strapi/strapi';
import { merge } from 'lodash/fp';
import { async as asyncUtils, buildPublicationFilterWhere, contentTypes, errors, parsePublicationFilter } from '@strapi/utils';
import { relationLoaderOf } from './relation-loader';

type FieldResolver = (parent: any, args: any, context: any, info?: any) => Promise<any>;
type ResolverOptions = { contentTypeUID: string; attributeName: string };

const preparedQueries = new WeakMap<object, Map<string, Promise<any>>>();

/**
 * The validated, sanitized database query of a field, made once per request for all the items
 * asking with the same arguments (Strapi makes it for every item; it depends only on the field,
 * the arguments, the caller and the root query).
 */
function preparedOnce<T>(context: object, key: string, prepare: () => Promise<T>): Promise<T> {
  let prepared = preparedQueries.get(context);
  if (!prepared) {
    prepared = new Map();
    preparedQueries.set(context, prepared);
  }
  let query = prepared.get(key);
  if (!query) {
    query = prepare();
    prepared.set(key, query);
  }
  return query;
}

const rootFieldOf = (info: any) => {
  let rootPath = info?.path;
  while (rootPath?.prev) rootPath = rootPath.prev;
  return rootPath?.key;
};

/** The published/draft condition a nested relation inherits from a built-in root query (Strapi's rule). */
function inheritedPublicationWhere(strapi: Core.Strapi, targetUID: string, targetContentType: any, args: any, context: any, info: any) {
  const isBuiltInQueryField = (fieldName: string) => strapi.plugin('graphql').service('content-api').isBuiltInQueryField(fieldName);

  const rootField = rootFieldOf(info);
  const rootQueryArgs = rootField !== undefined ? context.rootQueryArgsByPath?.get(rootField) : undefined;
  const fromBuiltInQuery = Boolean(rootQueryArgs?._originField && isBuiltInQueryField(rootQueryArgs._originField));

  const inheritedStatus = fromBuiltInQuery ? rootQueryArgs.status || 'published' : null;
  const statusToApply = args.status || inheritedStatus;
  const hasDraftAndPublish = contentTypes.hasDraftAndPublish(targetContentType);
  const defaultFilters =
    hasDraftAndPublish && statusToApply
      ? { where: { publishedAt: statusToApply === 'published' ? { $notNull: true } : { $null: true } } }
      : {};

  const inheritedPublicationFilter =
    rootQueryArgs?.publicationFilter !== undefined && fromBuiltInQuery ? rootQueryArgs.publicationFilter : undefined;
  const inheritedHasPublishedVersion =
    rootQueryArgs?.hasPublishedVersion !== undefined && fromBuiltInQuery ? rootQueryArgs.hasPublishedVersion : undefined;
  let effectivePublicationFilter = inheritedPublicationFilter;
  if (effectivePublicationFilter === undefined && inheritedHasPublishedVersion !== undefined) {
    effectivePublicationFilter = inheritedHasPublishedVersion ? 'has-published-version-document' : 'never-published-document';
  }
  let publicationFilterWhere = {};
  if (hasDraftAndPublish && effectivePublicationFilter !== undefined) {
    let mode;
    try {
      mode = parsePublicationFilter(effectivePublicationFilter);
    } catch {
      mode = undefined;
    }
    if (mode !== undefined) {
      const meta = strapi.db.metadata.get(targetUID);
      const status = statusToApply === 'published' ? 'published' : 'draft';
      const condition = buildPublicationFilterWhere(strapi.db.connection, meta as any, targetContentType, mode, status);
      if (condition && Object.keys(condition).length > 0) publicationFilterWhere = { where: condition };
    }
  }
  return { defaultFilters, publicationFilterWhere };
}

export function batchedAssociationResolver(strapi: Core.Strapi, { contentTypeUID, attributeName }: ResolverOptions): FieldResolver {
  const graphql = strapi.plugin('graphql');
  const { isMorphRelation, isMedia } = graphql.service('utils').attributes;
  const { transformArgs } = graphql.service('builders').utils;
  const { toEntityResponse, toEntityResponseCollection } = graphql.service('format').returnTypes;
  const contentType: any = strapi.getModel(contentTypeUID as any);
  const attribute = contentType.attributes[attributeName];
  if (!attribute) {
    throw new errors.ApplicationError(`Failed to build an association resolver for ${contentTypeUID}::${attributeName}`);
  }
  const isMediaAttribute = isMedia(attribute);
  const isMorphAttribute = isMorphRelation(attribute);
  const targetUID = isMediaAttribute ? 'plugin::upload.file' : attribute.target;
  const isToMany = isMediaAttribute ? attribute.multiple : attribute.relation.endsWith('Many');
  const targetContentType: any = strapi.getModel(targetUID);

  return async (parent, args, context, info) => {
    const { auth } = context.state;
    const key = `${contentTypeUID}\u0000${attributeName}\u0000${rootFieldOf(info)}\u0000${JSON.stringify(args)}`;
    const { sanitizedQuery, dbQuery } = await preparedOnce(context, key, async () => {
      const transformedArgs = transformArgs(args, { contentType: targetContentType, usePagination: true });
      await strapi.contentAPI.validate.query(transformedArgs, targetContentType, { auth });
      const sanitizedQuery = await strapi.contentAPI.sanitize.query(transformedArgs, targetContentType, { auth });
      const transformedQuery = strapi.get('query-params').transform(targetUID, sanitizedQuery);
      const { defaultFilters, publicationFilterWhere } = inheritedPublicationWhere(
        strapi,
        targetUID,
        targetContentType,
        args,
        context,
        info
      );
      return { sanitizedQuery, dbQuery: merge(merge(defaultFilters, publicationFilterWhere), transformedQuery) };
    });

    let data: any = await relationLoaderOf(strapi, context).load(contentTypeUID, parent, attributeName, dbQuery);
    if (isMediaAttribute && strapi.plugin('upload')) {
      const { signFileUrls } = strapi.plugin('upload').service('file');
      if (Array.isArray(data)) data = await asyncUtils.map(data, (file: any) => signFileUrls(file));
      else if (data) data = await signFileUrls(data);
    }

    const sanitizeInfo = { args: sanitizedQuery, resourceUID: targetUID };
    if (isMorphAttribute) {
      // Strapi sanitizes a polymorphic value wrapped in its parent, so that the sanitizer knows it.
      const sanitized = await strapi.contentAPI.sanitize.output({ [attributeName]: data }, contentType, { auth });
      return (sanitized as any)?.[attributeName];
    }
    return isToMany ? toEntityResponseCollection(data, sanitizeInfo) : toEntityResponse(data, sanitizeInfo);
  };
}

export function batchedComponentResolver(strapi: Core.Strapi, { contentTypeUID, attributeName }: ResolverOptions): FieldResolver {
  const { transformArgs } = strapi.plugin('graphql').service('builders').utils;
  let component: any;
  return async (parent, args, context) => {
    // Read at the first request (the models are all loaded by then), not for every item.
    component ??= strapi.getModel((strapi.getModel(contentTypeUID as any) as any).attributes[attributeName].component);
    const key = `${contentTypeUID}\u0000${attributeName}\u0000${JSON.stringify(args)}`;
    const dbQuery = await preparedOnce(context, key, async () => {
      const transformedArgs = transformArgs(args, { contentType: component, usePagination: true });
      await strapi.contentAPI.validate.query(transformedArgs, component, { auth: context?.state?.auth });
      const sanitizedQuery = await strapi.contentAPI.sanitize.query(transformedArgs, component, { auth: context?.state?.auth });
      return strapi.get('query-params').transform(component.uid, sanitizedQuery);
    });
    return relationLoaderOf(strapi, context).load(contentTypeUID, parent, attributeName, dbQuery);
  };
}
