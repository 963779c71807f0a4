/**
 * Everything the read cache can be told, with its defaults, read from the environment in one
 * place (README, "For website developers"; .env.example).
 */
export interface ReadCacheConfig {
  /** READ_CACHE=off answers every read from the database (HTTP headers and 304s stay). */
  enabled: boolean;
  /** READ_CACHE_MAX_BYTES: the in-process cache's bound (answer bodies and keys). */
  maxBytes: number;
  /** READ_CACHE_TTL_SECONDS: how long an answer is kept at most (a write makes it unreachable at once). */
  ttlSeconds: number;
  /** REDIS_URL: share the cache and its generation between instances; null keeps it in the process. */
  redisUrl: string | null;
  /** READ_CACHE_REDIS_PREFIX: the prefix of every Redis key the cache writes. */
  redisPrefix: string;
  /** CACHE_CONTROL_MAX_AGE, CACHE_CONTROL_STALE_WHILE_REVALIDATE, CACHE_CONTROL_S_MAXAGE (seconds). */
  httpCache: { maxAge: number; staleWhileRevalidate: number; sharedMaxAge: number | null };
  /** READ_CACHE_PURGE_URL (POSTed the surrogate keys of each change), its token and retries. */
  purge: { url: string; token: string | null; attempts: number; retryMs: number } | null;
}

type Env = Record<string, string | undefined>;

const OFF = new Set(['off', 'false', '0', 'no']);

function whole(env: Env, name: string, fallback: number, { min = 0 }: { min?: number } = {}): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min} (got "${raw}").`);
  }
  return value;
}

const text = (env: Env, name: string): string | null => {
  const value = env[name]?.trim();
  return value ? value : null;
};

export function readCacheConfig(env: Env): ReadCacheConfig {
  const purgeUrl = text(env, 'READ_CACHE_PURGE_URL');
  if (purgeUrl && !/^https?:\/\//.test(purgeUrl)) {
    throw new Error(`READ_CACHE_PURGE_URL must be an absolute http(s) URL (got "${purgeUrl}").`);
  }
  const sharedMaxAge = text(env, 'CACHE_CONTROL_S_MAXAGE');
  return {
    enabled: !OFF.has((env.READ_CACHE ?? 'on').trim().toLowerCase()),
    maxBytes: whole(env, 'READ_CACHE_MAX_BYTES', 64 * 1024 * 1024, { min: 1024 }),
    ttlSeconds: whole(env, 'READ_CACHE_TTL_SECONDS', 3600, { min: 1 }),
    redisUrl: text(env, 'REDIS_URL'),
    redisPrefix: text(env, 'READ_CACHE_REDIS_PREFIX') ?? 'pressroom:read-cache:',
    httpCache: {
      maxAge: whole(env, 'CACHE_CONTROL_MAX_AGE', 0),
      staleWhileRevalidate: whole(env, 'CACHE_CONTROL_STALE_WHILE_REVALIDATE', 0),
      sharedMaxAge: sharedMaxAge === null ? null : whole(env, 'CACHE_CONTROL_S_MAXAGE', 0),
    },
    purge: purgeUrl
      ? {
          url: purgeUrl,
          token: text(env, 'READ_CACHE_PURGE_TOKEN'),
          attempts: whole(env, 'READ_CACHE_PURGE_ATTEMPTS', 5, { min: 1 }),
          retryMs: whole(env, 'READ_CACHE_PURGE_RETRY_MS', 1000),
        }
      : null,
  };
}
