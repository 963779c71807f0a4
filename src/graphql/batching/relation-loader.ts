/**
 * The relation, media and component loads of one GraphQL request, batched with DataLoader: the
 * parents that ask for the same attribute with the same query in one tick of the resolvers are
 * loaded by one query. The rows come from Strapi's own populate, the code its per-parent `load`
 * runs, so they are the rows Strapi would give each parent.
 */
import type { Core } from '@strapi/strapi';
import DataLoader from 'dataloader';
import { cloneDeep } from 'lodash/fp';
import { pageOf, planRelationBatch, type RelationBatchPlan } from './relation-batch-plan';

// Strapi's populate (what `strapi.db.query(uid).load` runs for one parent) is not exported by
// @strapi/database; the version is pinned, and tests/graphql-batching.test.ts fails if it moves.
type ApplyPopulate = (rows: any[], populate: Record<string, unknown>, ctx: { qb: any; uid: string; db: any }) => Promise<void>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const applyPopulate: ApplyPopulate = require('@strapi/database/dist/query/helpers/populate/apply.js');

type Parent = { id?: number | string | null };

export interface RelationLoader {
  /** What `strapi.db.query(parentUid).load(parent, attributeName, query)` gives, batched. */
  load(parentUid: string, parent: Parent, attributeName: string, query: Record<string, unknown> | undefined): Promise<unknown>;
}

export function createRelationLoader(strapi: Core.Strapi): RelationLoader {
  // The resolvers hand every item of a field the same prepared query object: one plan for all.
  const plans = new WeakMap<object, RelationBatchPlan | null>();
  const planOf = (query: Record<string, unknown> | undefined) => {
    if (!query) return planRelationBatch(query);
    if (!plans.has(query)) plans.set(query, planRelationBatch(query));
    return plans.get(query) ?? null;
  };
  const loaders = new Map<string, DataLoader<number | string, unknown>>();

  const loaderFor = (parentUid: string, attributeName: string, key: string, query: Record<string, unknown>) => {
    const loaderKey = `${parentUid}\u0000${attributeName}\u0000${key}`;
    let loader = loaders.get(loaderKey);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = ids.map((id) => ({ id }));
        const qb = strapi.db.entityManager.createQueryBuilder(parentUid);
        await applyPopulate(rows, { [attributeName]: query }, { qb, uid: parentUid, db: strapi.db });
        return rows.map((row) => (row as Record<string, unknown>)[attributeName]);
      });
      loaders.set(loaderKey, loader);
    }
    return loader;
  };

  return {
    async load(parentUid, parent, attributeName, query) {
      const plan = planOf(query);
      if (!plan || parent?.id === undefined || parent.id === null) {
        // The query is shared by every item of the request: Strapi's load gets its own copy.
        return strapi.db.query(parentUid as any).load(parent as any, attributeName, cloneDeep(query) as any);
      }
      const related = await loaderFor(parentUid, attributeName, plan.key, plan.query).load(parent.id);
      return pageOf(related, plan.page);
    },
  };
}

const requestLoaders = new WeakMap<object, RelationLoader>();

/** The loader of the request whose GraphQL context this is (one per request). */
export function relationLoaderOf(strapi: Core.Strapi, context: object): RelationLoader {
  let loader = requestLoaders.get(context);
  if (!loader) {
    loader = createRelationLoader(strapi);
    requestLoaders.set(context, loader);
  }
  return loader;
}
