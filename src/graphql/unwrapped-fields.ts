/**
 * Fields nothing is configured for answer through their own resolver, not Strapi's wrapper.
 *
 * @strapi/plugin-graphql 5.54 (services/content-api/wrap-resolvers.ts) wraps every field of the
 * schema, scalars included: an async function that checks auth, then runs the field's
 * `resolversConfig` middlewares and a policy middleware. For a field of a type other than Query,
 * Mutation and Subscription with no `auth`, no `middlewares` and no `policies` configured, the
 * wrapper checks nothing and runs no middleware, and the policy middleware builds a policy context
 * it hands to no policy: it only calls the field's resolver, and costs a promise and two objects
 * per field of every item. Those fields (a title, a slug, a file's url, a component's fields) get
 * their own resolver back. Fields with any configuration (Strapi's `auth.scope` on every relation,
 * our middlewares on images) and every root field keep the wrapper, so permissions are unchanged.
 *
 * The resolvers are read from the schema Nexus builds, before Strapi wraps it (a Nexus plugin's
 * `onAfterBuild`); the configuration is the extension Strapi wraps with (its last `generate`).
 */
import type { Core } from '@strapi/strapi';
import { getOr } from 'lodash/fp';

type FieldResolver = (...args: any[]) => unknown;
type ResolverConfig = { auth?: unknown; middlewares?: unknown[]; policies?: unknown[] } | undefined;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** True when Strapi's wrapper of this field would only call the resolver (see the module comment). */
export function wrapperOnlyCalls(typeName: string, config: ResolverConfig): boolean {
  if (ROOT_TYPES.has(typeName)) return false;
  if (config === undefined || config === null) return true;
  return (config.auth === undefined || config.auth === null) && !config.middlewares?.length && !config.policies?.length;
}

// Input types have fields without resolvers, interfaces are not wrapped: both are left as they are.
const isTypeWithFields = (type: any): boolean => typeof type?.getFields === 'function' && !type.name.startsWith('__');

export function registerUnwrappedFields(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extensionService = graphql.service('extension');
  const contentApi = graphql.service('content-api');

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
        // Read as Strapi reads it: a `Type.field` key or nested `{ Type: { field } }`.
        if (own && wrapperOnlyCalls(type.name, getOr(undefined, path, resolversConfig))) field.resolve = own;
      }
    }
    return schema;
  };
}
