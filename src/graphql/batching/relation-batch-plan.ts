/**
 * How one relation load of Strapi's GraphQL resolvers (`load(parent, attribute, query)`, one
 * parent at a time) becomes part of a load for many parents: the same query without its page,
 * each parent's page cut from its own rows afterwards. Pure: no Strapi import.
 *
 * Strapi's populate applies `limit`/`offset` to the whole query, so a page cannot be asked of the
 * database for many parents at once; the rows of all parents are read instead. A paginated query
 * also gets `id` as a last sort key from Strapi's query builder (pagination order stability):
 * the batched query keeps a limit, one no page reaches, so that it sorts the same way.
 */

/** A limit no relation of one page of parents reaches; it only keeps Strapi's `id` tie-breaker. */
export const UNBOUNDED_LIMIT = 2_147_483_647;

export interface RelationBatchPlan {
  /** The query run once for all parents. */
  query: Record<string, unknown>;
  /** Parents whose queries have the same key are loaded together. */
  key: string;
  /** Each parent's page of its related rows: `rows.slice(start, end)`. */
  page: { start: number; end: number | undefined };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** The value as JSON with sorted keys, or undefined when it holds anything else (a function, a knex raw). */
function canonicalJson(value: unknown): Json | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) {
    const items = value.map(canonicalJson);
    return items.includes(undefined) ? undefined : (items as Json[]);
  }
  if (isPlainObject(value)) {
    const entries: [string, Json][] = [];
    for (const key of Object.keys(value).sort()) {
      if (value[key] === undefined) continue;
      const json = canonicalJson(value[key]);
      if (json === undefined) return undefined;
      entries.push([key, json]);
    }
    return Object.fromEntries(entries);
  }
  return undefined;
}

/** A sort on a relation's field (deep sort) pages through a sub-query of its own. */
const sortsOnOwnFields = (orderBy: unknown): boolean => {
  if (orderBy === undefined) return true;
  const terms = Array.isArray(orderBy) ? orderBy : [orderBy];
  return terms.every(
    (term) =>
      typeof term === 'string' ||
      (isPlainObject(term) && Object.values(term).every((direction) => direction === 'asc' || direction === 'desc'))
  );
};

/**
 * The plan for loading a relation with `query` (Strapi's database query for one parent) for many
 * parents, or null when it must stay one parent at a time: a count, an unbounded `limit: -1`, a
 * sort through another relation, or a query holding anything but plain values.
 */
export function planRelationBatch(query: Record<string, unknown> | undefined): RelationBatchPlan | null {
  const { limit, offset, ...rest } = query ?? {};
  if ('count' in rest || !sortsOnOwnFields(rest.orderBy)) return null;
  const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
  if (limit !== undefined && limit !== null && !isCount(limit)) return null;
  if (offset !== undefined && offset !== null && !isCount(offset)) return null;

  const paginated = (limit !== undefined && limit !== null) || (offset !== undefined && offset !== null);
  const batched = paginated ? { ...rest, limit: UNBOUNDED_LIMIT } : rest;
  const json = canonicalJson(batched);
  if (json === undefined) return null;

  const start = (offset as number | null | undefined) ?? 0;
  // Strapi reads a limit of 0 as no limit.
  const end = limit ? start + (limit as number) : undefined;
  return { query: batched, key: JSON.stringify(json), page: { start, end } };
}

/** One parent's share of a batched load: its page of a to-many relation, a to-one as it is. */
export function pageOf<T>(related: T[] | T | null | undefined, page: RelationBatchPlan['page']): T[] | T | null | undefined {
  if (!Array.isArray(related)) return related;
  return related.slice(page.start, page.end);
}
