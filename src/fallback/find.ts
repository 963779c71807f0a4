/**
 * Reading published content with locale fallback: for each document, its version in the first
 * locale of the chain that has one (asked-for locale first), then filters, sorting and
 * pagination on those versions, so a document is counted once. Only published versions are
 * ever read. REST and GraphQL both call these two functions.
 */
import type { Core } from '@strapi/strapi';
import { errors, pagination as paging } from '@strapi/utils';
import { fallbackChain } from '../locales';

export interface FallbackQuery {
  locale?: string;
  status?: string;
  filters?: unknown;
  sort?: unknown;
  fields?: unknown;
  populate?: unknown;
  pagination?: {
    page?: number | string;
    pageSize?: number | string;
    start?: number | string;
    limit?: number | string;
    withCount?: unknown;
  };
  start?: number;
  limit?: number;
}

async function chainFor(strapi: Core.Strapi, requested: string | undefined) {
  const locales = strapi.plugin('i18n').service('locales');
  const known = new Set((await locales.find()).map((locale: any) => locale.code));
  const locale = requested ?? (await locales.getDefaultLocale());
  if (!known.has(locale)) throw new errors.ValidationError(`locale "${locale}" does not exist`);
  return fallbackChain(locale).filter((code) => known.has(code));
}

const refuseDrafts = (query: FallbackQuery) => {
  if (query.status && query.status !== 'published') {
    throw new errors.ValidationError('fallback serves published content only: leave out status=draft');
  }
};

/** The id of the best published version of each document, in chain order. */
async function chosenVersions(strapi: Core.Strapi, uid: string, chain: string[], documentIds?: string[]) {
  const rows = await strapi.db.query(uid as any).findMany({
    where: { publishedAt: { $notNull: true }, locale: { $in: chain }, ...(documentIds ? { documentId: { $in: documentIds } } : {}) },
    select: ['id', 'documentId', 'locale'],
  });
  const best = new Map<string, { id: number; rank: number }>();
  for (const row of rows) {
    const rank = chain.indexOf(row.locale);
    const current = best.get(row.documentId);
    if (!current || rank < current.rank) best.set(row.documentId, { id: row.id, rank });
  }
  return [...best.values()].map((version) => version.id);
}

export async function findWithFallback(strapi: Core.Strapi, uid: string, query: FallbackQuery) {
  refuseDrafts(query);
  const chain = await chainFor(strapi, query.locale);
  const ids = await chosenVersions(strapi, uid, chain);

  const { defaultLimit, maxLimit } = strapi.config.get('api.rest') as { defaultLimit: number; maxLimit: number };
  const requested =
    query.pagination ?? (query.start !== undefined || query.limit !== undefined ? { start: query.start, limit: query.limit } : {});
  // Like Strapi: page-based unless start or limit is asked for.
  const isPaged = requested.start === undefined && requested.limit === undefined;
  const { start, limit } = paging.withDefaultPagination(requested as any, {
    defaults: { offset: { limit: defaultLimit }, page: { pageSize: defaultLimit } },
    maxLimit: maxLimit || -1,
  });

  const { where, ...params } = strapi.get('query-params').transform(uid, {
    filters: query.filters,
    sort: query.sort,
    fields: query.fields,
    populate: query.populate,
  } as any) as { where?: object } & Record<string, unknown>;
  const scoped = { $and: [{ id: { $in: ids } }, ...(where ? [where] : [])] };

  const [results, total] = await Promise.all([
    strapi.db.query(uid as any).findMany({ ...params, where: scoped, offset: start, limit }),
    strapi.db.query(uid as any).count({ where: scoped }),
  ]);
  const transform = isPaged ? paging.transformPagedPaginationInfo : paging.transformOffsetPaginationInfo;
  return { results, pagination: transform({ start, limit }, total), chain };
}

export async function findOneWithFallback(strapi: Core.Strapi, uid: string, documentId: string, query: FallbackQuery) {
  refuseDrafts(query);
  const chain = await chainFor(strapi, query.locale);
  const [id] = await chosenVersions(strapi, uid, chain, [documentId]);
  if (id === undefined) return null;
  const { where: _where, ...params } = strapi
    .get('query-params')
    .transform(uid, { fields: query.fields, populate: query.populate } as any) as {
    where?: object;
  } & Record<string, unknown>;
  return strapi.db.query(uid as any).findOne({ ...params, where: { id } });
}
