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

/**
 * The id of each document's best published version, as a subquery the database runs (never a
 * list of ids in Node): a published version in the chain's first locale, or in a later one when
 * its document has no published version in a locale before it. One branch per chain locale, so
 * that only fallback versions are checked, and only against the locales before theirs. The check
 * is `document_id NOT IN (uncorrelated subquery)`: SQLite and PostgreSQL hash it once per query,
 * MariaDB probes the (document_id, locale, published_at) index Strapi creates. A correlated
 * NOT EXISTS measured the same on SQLite but made PostgreSQL's planner overestimate the count's
 * cost and spend longer JIT-compiling it than running it. A handful of SQL parameters, whatever
 * the number of documents; the same SQL on SQLite, PostgreSQL and MariaDB.
 */
function chosenVersions(strapi: Core.Strapi, uid: string, chain: string[], documentId?: string) {
  const meta = strapi.db.metadata.get(uid as any);
  const column = (name: string) => {
    const attribute = meta.attributes[name] as { columnName?: string } | undefined;
    return attribute?.columnName ?? name;
  };
  const [id, document, locale, publishedAt] = [column('id'), column('documentId'), column('locale'), column('publishedAt')];

  // Documents published in one of `earlier`; no null document ids, or NOT IN would match nothing.
  // For one document (findOne) both sides are narrowed to it, so it reads that document's rows only.
  const publishedIn = (earlier: string[]) => {
    const documents = strapi.db
      .getConnection(`${meta.tableName} as better`)
      .select(`better.${document}`)
      .whereNotNull(`better.${document}`)
      .whereNotNull(`better.${publishedAt}`)
      .whereIn(`better.${locale}`, earlier);
    return documentId === undefined ? documents : documents.where(`better.${document}`, documentId);
  };

  const chosen = strapi.db
    .getConnection(`${meta.tableName} as version`)
    .select(`version.${id}`)
    .whereNotNull(`version.${publishedAt}`)
    .where((ranks) => {
      chain.forEach((code, rank) =>
        ranks.orWhere((atRank) => {
          atRank.where(`version.${locale}`, code);
          if (rank > 0) atRank.whereNotIn(`version.${document}`, publishedIn(chain.slice(0, rank)));
        })
      );
    });
  return documentId === undefined ? chosen : chosen.where(`version.${document}`, documentId);
}

export async function findWithFallback(strapi: Core.Strapi, uid: string, query: FallbackQuery) {
  refuseDrafts(query);
  const chain = await chainFor(strapi, query.locale);

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
  // A fresh subquery for each query: Strapi compiles it into the page query and into the count.
  const scoped = () => ({ $and: [{ id: { $in: chosenVersions(strapi, uid, chain) } }, ...(where ? [where] : [])] });

  const [results, total] = await Promise.all([
    strapi.db.query(uid as any).findMany({ ...params, where: scoped(), offset: start, limit }),
    strapi.db.query(uid as any).count({ where: scoped() }),
  ]);
  const transform = isPaged ? paging.transformPagedPaginationInfo : paging.transformOffsetPaginationInfo;
  return { results, pagination: transform({ start, limit }, total), chain };
}

export async function findOneWithFallback(strapi: Core.Strapi, uid: string, documentId: string, query: FallbackQuery) {
  refuseDrafts(query);
  const chain = await chainFor(strapi, query.locale);
  const { where: _where, ...params } = strapi
    .get('query-params')
    .transform(uid, { fields: query.fields, populate: query.populate } as any) as {
    where?: object;
  } & Record<string, unknown>;
  return strapi.db.query(uid as any).findOne({ ...params, where: { id: { $in: chosenVersions(strapi, uid, chain, documentId) } } });
}
