/**
 * Which requests the read cache may answer, and the key of an answer: who may see it, the
 * method, the path, the query in one canonical order, and the content generation.
 */
import { createHash } from 'crypto';

/** What the read cache knows about a cacheable request before it reaches Strapi. */
export type CacheableRequest = { kind: 'rest'; tags: string[] } | { kind: 'graphql' };

/** REST collections websites read: the plural name in /api/<plural> and the tag naming the type. */
export interface RestCollection {
  pluralName: string;
  tag: string;
}

export const LOCALES_PATH = '/api/i18n/locales';
export const STATS_PATH = '/api/syndication/stats';
export const GRAPHQL_PATH = '/graphql';

/** Surrogate keys (tags) of answers that are not one content type's. */
export const TAGS = {
  all: 'pressroom',
  graphql: 'graphql',
  locales: 'i18n-locale',
  stats: 'syndication-stats',
} as const;

const decode = (part: string) => {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
};

/**
 * The query string in one canonical form: parameters sorted by name (repeated names keep their
 * order, which `sort=a&sort=b` depends on), each part encoded one way, empty parts dropped.
 */
export function normalizeQuery(querystring: string): string {
  const parts = querystring
    .split('&')
    .filter((part) => part !== '')
    .map((part, index) => {
      const equals = part.indexOf('=');
      const name = decode(equals === -1 ? part : part.slice(0, equals));
      const value = equals === -1 ? '' : decode(part.slice(equals + 1));
      return { name, value, index };
    });
  parts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index));
  return parts.map(({ name, value }) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
}

/** True when the query asks for drafts (`status=draft`), which are never cached. */
export function asksForDrafts(querystring: string): boolean {
  return querystring.split('&').some((part) => {
    const [name, value = ''] = part.split('=');
    return decode(name) === 'status' && decode(value).toLowerCase() === 'draft';
  });
}

/** The cacheable request at this method and path, or null. */
export function cacheableRequest(method: string, path: string, collections: RestCollection[]): CacheableRequest | null {
  if (path === GRAPHQL_PATH) return method === 'GET' || method === 'HEAD' || method === 'POST' ? { kind: 'graphql' } : null;
  if (method !== 'GET' && method !== 'HEAD') return null;
  if (path === LOCALES_PATH) return { kind: 'rest', tags: [TAGS.locales] };
  if (path === STATS_PATH) return { kind: 'rest', tags: [TAGS.stats] };
  const match = /^\/api\/([a-z0-9-]+)(?:\/[^/]+)?\/?$/.exec(path);
  const collection = match && collections.find(({ pluralName }) => pluralName === match[1]);
  return collection ? { kind: 'rest', tags: [collection.tag] } : null;
}

/** Who the answer is for: the public role, or one API token (its answers are its own). */
export function callerScope(authorization: string | undefined): string {
  const token = /^bearer\s+(.+)$/i.exec(authorization?.trim() ?? '')?.[1];
  return token ? `token:${sha256(token)}` : 'public';
}

/** A JSON value with object keys sorted, so that equal GraphQL bodies give equal keys. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The GraphQL parts of a POST body that decide its answer. */
export function graphqlBodyKey(body: unknown): string {
  const { query, variables, operationName, extensions } = (body ?? {}) as Record<string, unknown>;
  return stableJson({ query, variables, operationName, extensions });
}

export interface KeyParts {
  generation: number;
  scope: string;
  method: string;
  path: string;
  query: string;
  body?: string;
}

/** The cache key: a HEAD shares its GET's entry. */
export function cacheKey({ generation, scope, method, path, query, body }: KeyParts): string {
  const verb = method === 'HEAD' ? 'GET' : method;
  return `${generation}:${sha256([scope, verb, path, normalizeQuery(query), body ?? ''].join('\n'))}`;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');
