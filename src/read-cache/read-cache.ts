/**
 * The read cache of one Strapi: its configuration, its store, the collections websites read, and
 * `invalidate`, which every source of change calls (see invalidation.ts).
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { PUBLISHED_CONTENT_TYPES } from '../content-types';
import { readCacheConfig, type ReadCacheConfig } from './domain/config';
import { TAGS, type RestCollection } from './domain/request-key';
import { sendPurge } from './purge';
import { memoryStore, redisStore, type ReadCacheStore } from './store';

/** What the read cache keeps on a request (ctx.state.readCache). */
export interface RequestState {
  /** Generation bumps started by this request's writes; the answer waits for them. */
  bumps: Promise<unknown>[];
  /** Surrogate keys to purge once this request's writes are committed and bumped. */
  purgeKeys: Set<string>;
  /** A Document Service read of drafts ran for this request: its answer is never cached. */
  readsDrafts: boolean;
  /** The GraphQL operation type Apollo resolved ('query', 'mutation'). */
  graphqlOperation: string | null;
}

export interface ReadCache {
  config: ReadCacheConfig;
  store: ReadCacheStore;
  collections: RestCollection[];
  /** Surrogate keys a change of a document of this content type purges (itself and every type related to it). */
  tagsOnChange(uid: string): string[];
  /**
   * A write that can change an answer happened: after it is committed, raise the generation
   * (the request that wrote waits for it) and purge `keys` at the CDN.
   */
  invalidate(keys: string[]): Promise<void>;
  /** Waits for this request's bumps, then purges its keys in the background. */
  settle(ctx: Context): Promise<void>;
}

const caches = new WeakMap<Core.Strapi, ReadCache>();

export const readCacheOf = (strapi: Core.Strapi): ReadCache | undefined => caches.get(strapi);

export function requestState(ctx: Context): RequestState {
  ctx.state.readCache ??= { bumps: [], purgeKeys: new Set(), readsDrafts: false, graphqlOperation: null };
  return ctx.state.readCache;
}

const tagOf = (strapi: Core.Strapi, uid: string) => strapi.contentTypes[uid as keyof typeof strapi.contentTypes]?.info.singularName ?? uid;

/** Types whose answers can hold a document of `uid`: itself, what it links to and what links to it. */
function relatedTypes(strapi: Core.Strapi, uid: string): string[] {
  const targets = (type: string) =>
    Object.values((strapi.contentTypes as any)[type]?.attributes ?? {}).flatMap((attribute: any) =>
      attribute.type === 'relation' && attribute.target ? [attribute.target as string] : []
    );
  return PUBLISHED_CONTENT_TYPES.filter((other) => other === uid || targets(uid).includes(other) || targets(other).includes(uid));
}

export function createReadCache(strapi: Core.Strapi): ReadCache {
  const config = readCacheConfig(process.env);
  const store = config.redisUrl ? redisStore({ url: config.redisUrl, prefix: config.redisPrefix }) : memoryStore(config);

  const purge = (keys: string[]) => {
    if (config.purge && keys.length > 0) void sendPurge(config.purge, keys, strapi.log);
  };

  const bump = () =>
    store.bump().catch((error: Error) => {
      strapi.log.error(
        `[read-cache] could not raise the content generation (${error.message}): cached answers may be stale until they expire.`
      );
    });

  /** Bumps now, tracked by the request when there is one; returns once it is tracked or done. */
  const bumpAndPurge = async (keys: string[]) => {
    const ctx = strapi.requestContext.get() as Context | undefined;
    if (ctx) {
      const state = requestState(ctx);
      state.bumps.push(bump());
      keys.forEach((key) => state.purgeKeys.add(key));
      return;
    }
    await bump();
    purge(keys);
  };

  const cache: ReadCache = {
    config,
    store,
    collections: PUBLISHED_CONTENT_TYPES.map((uid) => ({
      pluralName: strapi.contentTypes[uid].info.pluralName,
      tag: tagOf(strapi, uid),
    })),
    tagsOnChange: (uid) =>
      PUBLISHED_CONTENT_TYPES.includes(uid as (typeof PUBLISHED_CONTENT_TYPES)[number])
        ? [...relatedTypes(strapi, uid).map((type) => tagOf(strapi, type)), TAGS.graphql]
        : [TAGS.graphql],
    async invalidate(keys) {
      // Inside a transaction the bump waits for the commit: a read between the bump and the
      // commit would otherwise store what it read before the commit under the new generation.
      if (strapi.db.inTransaction()) {
        await strapi.db.transaction(async ({ onCommit }) => onCommit(() => void bumpAndPurge(keys)));
      } else {
        await bumpAndPurge(keys);
      }
    },
    async settle(ctx) {
      const state = ctx.state.readCache as RequestState | undefined;
      if (!state) return;
      while (state.bumps.length > 0) await Promise.all(state.bumps.splice(0));
      const keys = [...state.purgeKeys];
      state.purgeKeys.clear();
      purge(keys);
    },
  };
  caches.set(strapi, cache);
  return cache;
}

export async function closeReadCache(strapi: Core.Strapi) {
  await caches.get(strapi)?.store.close();
  caches.delete(strapi);
}
