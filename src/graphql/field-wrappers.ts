/**
 * Fields of nested types answer through a lean wrapper instead of Strapi's, doing the same checks.
 *
 * @strapi/plugin-graphql 5.54 (services/content-api/wrap-resolvers.ts) wraps every field of the
 * schema, scalars included, and runs the wrapper for every item of an answer: it verifies the
 * field's `auth` (Strapi gives every relation and media field an `auth.scope`, the `find` of its
 * target), runs the field's `resolversConfig` middlewares, then a policy middleware that builds a
 * policy context and runs the field's policies. For the README's query that is about 60 wrappers
 * per request, each building two objects and, for a relation, asking the permission engine again.
 *
 * For a field of a type other than Query, Mutation and Subscription with no policies:
 *  - nothing configured: the field gets its own resolver back (the wrapper would only call it);
 *  - an `auth` and/or function middlewares: a lean wrapper verifies the `auth` once per request
 *    (the answer depends only on the caller and the field's configuration, both fixed for the
 *    request; a refusal is Strapi's ForbiddenError for every item, as before), then runs the
 *    middlewares in Strapi's order, then the resolver. No policy middleware: it runs no policy.
 * Root fields and fields with policies or with middlewares named by string keep Strapi's wrapper.
 * `GRAPHQL_BATCHING=off` (Strapi's own resolvers, read at each request) answers through Strapi's
 * wrappers too, so that tests/graphql-batching.test.ts compares the two paths whole.
 *
 * The resolvers are read from the schema Nexus builds, before Strapi wraps it (a Nexus plugin's
 * `onAfterBuild`); the configuration is the extension Strapi wraps with (its last `generate`).
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getOr } from 'lodash/fp';
import { isGraphqlBatchingOn } from './batching';

type FieldResolver = (parent: unknown, args: unknown, context: any, info: unknown) => unknown;
type FieldMiddleware = (next: FieldResolver, parent: unknown, args: unknown, context: any, info: unknown) => unknown;
type ResolverConfig = { auth?: unknown; middlewares?: unknown[]; policies?: unknown[] } | undefined | null;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

export type FieldWrapping = 'own' | 'lean' | 'strapi';

/** Which wrapper a field needs, from its type and its `resolversConfig` (see the module comment). */
export function fieldWrapping(typeName: string, config: ResolverConfig): FieldWrapping {
  if (ROOT_TYPES.has(typeName)) return 'strapi';
  if (config === undefined || config === null) return 'own';
  if (config.policies?.length) return 'strapi';
  const middlewares = config.middlewares ?? [];
  if (!middlewares.every((middleware) => typeof middleware === 'function')) return 'strapi';
  return checksAuth(config.auth) || middlewares.length > 0 ? 'lean' : 'own';
}

/** Strapi's wrapper verifies a nested field's `auth` when there is one and it is not `false`. */
const checksAuth = (authConfig: unknown) => authConfig !== undefined && authConfig !== null && authConfig !== false;

type Verify = (auth: unknown, config: unknown) => unknown;
const verifications = new WeakMap<object, Map<unknown, Promise<void>>>();

/** `verify(auth, authConfig)` once per request (GraphQL context) and configuration, as Strapi's wrapper answers it. */
function verifiedOnce(verify: Verify, context: any, authConfig: unknown): Promise<void> {
  let byConfig = verifications.get(context);
  if (!byConfig) verifications.set(context, (byConfig = new Map()));
  let verification = byConfig.get(authConfig);
  if (!verification) {
    verification = (async () => {
      try {
        await verify(context?.state?.auth, authConfig);
      } catch {
        throw new errors.ForbiddenError();
      }
    })();
    byConfig.set(authConfig, verification);
  }
  return verification;
}

/** The lean wrapper of a field: `auth` verified once per request, then the middlewares, then the resolver. */
export function leanResolver(verify: Verify, config: NonNullable<ResolverConfig>, resolve: FieldResolver): FieldResolver {
  const chain = ((config.middlewares ?? []) as FieldMiddleware[]).reduceRight<FieldResolver>(
    (next, middleware) => (parent, args, context, info) => middleware(next, parent, args, context, info),
    resolve
  );
  const authConfig = config.auth;
  if (!checksAuth(authConfig)) return chain;
  return async (parent, args, context, info) => {
    await verifiedOnce(verify, context, authConfig);
    return chain(parent, args, context, info);
  };
}

// Input types have fields without resolvers, interfaces are not wrapped: both are left as they are.
const isTypeWithFields = (type: any): boolean => typeof type?.getFields === 'function' && !type.name.startsWith('__');

export function registerLeanFieldWrappers(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extensionService = graphql.service('extension');
  const contentApi = graphql.service('content-api');
  const verify: Verify = (auth, config) => strapi.auth.verify(auth as any, config as any);

  // The resolvers as Nexus made them, by `Type.field`, before Strapi wraps them in place.
  let ownResolvers = new Map<string, FieldResolver>();
  extensionService.use(({ nexus }: any) => ({
    plugins: [
      nexus.plugin({
        name: 'PressroomOwnResolvers',
        onAfterBuild(schema: any) {
          ownResolvers = new Map();
          for (const type of Object.values(schema.getTypeMap()) as any[]) {
            if (!isTypeWithFields(type)) continue;
            for (const field of Object.values(type.getFields()) as any[]) {
              if (typeof field.resolve === 'function') ownResolvers.set(`${type.name}.${field.name}`, field.resolve);
            }
          }
        },
      }),
    ],
  }));

  // The extension Strapi's wrapper reads is the last one generated while building the schema.
  let lastExtension: { resolversConfig?: Record<string, any> } = {};
  const generate = extensionService.generate.bind(extensionService);
  extensionService.generate = (options: unknown) => {
    lastExtension = generate(options);
    return lastExtension;
  };

  const buildSchema = contentApi.buildSchema.bind(contentApi);
  contentApi.buildSchema = () => {
    const schema = buildSchema();
    const resolversConfig = lastExtension.resolversConfig ?? {};
    for (const type of Object.values(schema.getTypeMap()) as any[]) {
      if (!isTypeWithFields(type)) continue;
      for (const field of Object.values(type.getFields()) as any[]) {
        if (field.name.startsWith('__')) continue;
        const path = `${type.name}.${field.name}`;
        const own = ownResolvers.get(path);
        if (!own) continue;
        // Read as Strapi reads it: a `Type.field` key or nested `{ Type: { field } }`.
        const config: ResolverConfig = getOr(undefined, path, resolversConfig);
        const wrapping = fieldWrapping(type.name, config);
        if (wrapping === 'own') field.resolve = own;
        if (wrapping === 'lean') {
          const strapiWrapper: FieldResolver = field.resolve;
          const lean = leanResolver(verify, config!, own);
          field.resolve = (parent: unknown, args: unknown, context: any, info: unknown) =>
            isGraphqlBatchingOn(strapi) ? lean(parent, args, context, info) : strapiWrapper(parent, args, context, info);
        }
      }
    }
    return schema;
  };
}
