/**
 * Apollo's cache-control plugin, as it answers for Pressroom's schema, without its per-field hook.
 *
 * Apollo installs `ApolloServerPluginCacheControl` by default. Its `willResolveField` runs on every
 * field of every answer (and makes Apollo wrap every resolver of the schema to call it), only to
 * compute a cache policy from `@cacheControl` hints. The schema has none (Strapi's types and ours),
 * so that policy always has no max-age and Apollo always answers `Cache-Control: no-store`, unless
 * a header it cannot parse is already set. This plugin sends exactly that; the configuration pairs
 * it with `ApolloServerPluginCacheControlDisabled()`. The response cache sets its own headers on the
 * HTTP answer (src/read-cache/middleware.ts), as before.
 */
const UNCACHEABLE = 'no-store';
const APOLLO_CACHEABLE = /^max-age=(\d+), (public|private)$/;

/** Apollo replaces a header it can read (none, `no-store`, `max-age=N, public|private`) and leaves any other. */
export const isHeaderApolloReplaces = (header: string | undefined): boolean =>
  !header || header === UNCACHEABLE || APOLLO_CACHEABLE.test(header);

export const uncacheableAnswers = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }: any) {
        if (isHeaderApolloReplaces(response.http.headers.get('cache-control'))) {
          response.http.headers.set('cache-control', UNCACHEABLE);
        }
      },
    };
  },
};
