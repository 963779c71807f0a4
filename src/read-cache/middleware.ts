/**
 * The read cache in front of the content API (config/middlewares.ts, `global::read-cache`):
 * answers public reads from the store under the generation read when the request starts, stores
 * what Strapi answered when it may be shared with the same caller, and gives every cacheable
 * answer its ETag, 304, Cache-Control, Vary and surrogate keys. Every request, writes included,
 * waits here for the generation bumps of its writes before it is answered.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { PRIVATE_NO_STORE, etagOf, notModified, publicCacheControl, surrogateKeys } from './domain/http-caching';
import { TAGS, asksForDrafts, cacheKey, cacheableRequest, callerScope, graphqlBodyKey, type CacheableRequest } from './domain/request-key';
import { readCacheOf, requestState, type ReadCache } from './read-cache';
import type { CachedAnswer } from './store';

// The GraphQL plugin's own body parser (Strapi's skips /graphql): parsed here, for the key, it is
// not parsed again (koa-bodyparser leaves a request.body that is already set).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const graphqlBodyParser: (ctx: Context, next: Next) => Promise<void> = require('koa-bodyparser')();

const JSON_TYPE = /^application\/(graphql-response\+)?json/;
const API_TOKEN_STRATEGY = 'content-api-token';

function bodyText(body: unknown): string | null {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  if (body && typeof body === 'object' && typeof (body as { pipe?: unknown }).pipe !== 'function') return JSON.stringify(body);
  return null;
}

/** What Strapi answered, when it may be kept for this caller; null when it may not. */
function shareableAnswer(
  ctx: Context,
  request: CacheableRequest,
  scope: string
): (Omit<CachedAnswer, 'etag' | 'surrogateKeys'> & { json: unknown }) | null {
  const state = requestState(ctx);
  if (ctx.status !== 200 || state.readsDrafts || ctx.response.get('set-cookie')) return null;
  if (!JSON_TYPE.test(ctx.response.type || 'application/json')) return null;

  const auth = ctx.state.auth as { strategy?: { name?: string }; credentials?: { expiresAt?: string | Date | null } | null } | undefined;
  let validUntil: number | null = null;
  if (scope === 'public') {
    if (auth?.credentials) return null;
  } else {
    // Answers for API tokens are the token's own; any other credential (a user's JWT) is never cached.
    if (request.kind === 'graphql' || auth?.strategy?.name !== API_TOKEN_STRATEGY) return null;
    validUntil = auth.credentials?.expiresAt ? new Date(auth.credentials.expiresAt).getTime() : null;
  }

  const body = bodyText(ctx.body);
  if (body === null) return null;
  const json = typeof ctx.body === 'string' || Buffer.isBuffer(ctx.body) ? JSON.parse(body) : ctx.body;
  if (request.kind === 'graphql' && (state.graphqlOperation !== 'query' || json?.errors)) return null;
  return { status: 200, contentType: ctx.response.type || 'application/json', body, validUntil, json };
}

function respond(ctx: Context, answer: CachedAnswer, scope: string, cache: ReadCache, outcome: 'hit' | 'miss' | 'bypass') {
  ctx.set('ETag', answer.etag);
  ctx.set('Cache-Control', scope === 'public' ? publicCacheControl(cache.config.httpCache) : PRIVATE_NO_STORE);
  ctx.vary('Authorization');
  ctx.vary('Accept-Encoding');
  ctx.set('X-Read-Cache', outcome);
  if (notModified(ctx.get('if-none-match'), answer.etag)) {
    // A 304 carries what the 200 would have of ETag, Cache-Control and Vary (RFC 9110 15.4.5); a
    // cache that revalidates keeps the stored answer's other headers, its surrogate keys
    // included (RFC 9111 4.3.4), so the keys (up to 200 of them, kilobytes) are not sent again.
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.set('Surrogate-Key', answer.surrogateKeys.join(' '));
  ctx.set('Cache-Tag', answer.surrogateKeys.join(','));
  ctx.status = 200;
  ctx.type = answer.contentType;
  ctx.body = answer.body;
}

export const readCacheMiddleware = (strapi: Core.Strapi) => async (ctx: Context, next: Next) => {
  const cache = readCacheOf(strapi);
  const request = cache ? cacheableRequest(ctx.method, ctx.path, cache.collections) : null;
  if (!cache || !request) {
    try {
      await next();
    } finally {
      // Also when the request fails after a write was committed (a request that wrote nothing has no state).
      if (cache && ctx.state.readCache) await cache.settle(ctx);
    }
    return;
  }

  if (request.kind === 'graphql' && ctx.method === 'POST') await graphqlBodyParser(ctx, async () => undefined);
  const scope = callerScope(ctx.get('authorization'));
  const drafts = asksForDrafts(ctx.querystring);
  let key: string | null = null;
  if (cache.config.enabled && !drafts && !(request.kind === 'graphql' && scope !== 'public')) {
    try {
      key = cacheKey({
        generation: await cache.store.generation(),
        scope,
        method: ctx.method,
        path: ctx.path,
        query: ctx.querystring,
        body: ctx.method === 'POST' ? graphqlBodyKey(ctx.request.body) : undefined,
      });
      const hit = await cache.store.get(key);
      if (hit && (hit.validUntil === null || hit.validUntil > Date.now())) {
        respond(ctx, hit, scope, cache, 'hit');
        return;
      }
    } catch (error) {
      // The store is unreachable: answer from the database, and store nothing.
      strapi.log.debug(`[read-cache] store unavailable: ${(error as Error).message}`);
      key = null;
    }
  }

  try {
    await next();
  } finally {
    if (ctx.state.readCache) await cache.settle(ctx);
  }

  const answer = drafts ? null : shareableAnswer(ctx, request, scope);
  if (!answer) {
    if (scope !== 'public' || drafts || (ctx.state.auth as { credentials?: unknown } | undefined)?.credentials) {
      ctx.set('Cache-Control', PRIVATE_NO_STORE);
      ctx.vary('Authorization');
    }
    return;
  }
  const { json, ...stored } = answer;
  const cached: CachedAnswer = {
    ...stored,
    etag: etagOf(stored.body),
    surrogateKeys: surrogateKeys(request.kind === 'graphql' ? [TAGS.graphql] : request.tags, json),
  };
  if (key) {
    await cache.store.set(key, cached, cache.config.ttlSeconds).catch((error: Error) => {
      strapi.log.debug(`[read-cache] could not store an answer: ${error.message}`);
    });
  }
  respond(ctx, cached, scope, cache, key ? 'miss' : 'bypass');
};
