/**
 * Log-in rate limits shared by every instance. Strapi's admin (`POST /admin/login` and the other
 * auth routes) and users-permissions (`/api/auth/*`) count attempts with koa2-ratelimit in the
 * process's memory, so N instances behind a balancer would allow N times the limit. With
 * REDIS_URL set, both count in Redis instead, through koa2-ratelimit's own store interface (the
 * `store` option of `admin.rateLimit` and `plugin::users-permissions.ratelimit`).
 *
 * A Redis that cannot be reached never locks anyone out: the attempt is counted in this
 * process's memory instead, as Strapi does without Redis, and the log says so.
 */
import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { Stores } from 'koa2-ratelimit';

/** koa2-ratelimit's options as its stores receive them (`interval` already in milliseconds). */
interface LimitOptions {
  interval: number;
}
interface Hits {
  counter: number;
  dateEnd: number;
}

const DEFAULT_PREFIX = 'pressroom:rate-limit:';

// Adds the weight and starts the window on the first attempt, in one step: two instances
// counting the same key at once both count, and the window is never left without an expiry.
const COUNT_ATTEMPT = `
local counter = redis.call('incrby', KEYS[1], ARGV[1])
if redis.call('pttl', KEYS[1]) < 0 then redis.call('pexpire', KEYS[1], ARGV[2]) end
return { counter, redis.call('pttl', KEYS[1]) }`;

export class SharedRateLimitStore extends Stores.Store {
  private readonly fallback = new Stores.Memory();
  private warned = false;

  constructor(
    private readonly redis: Redis,
    private readonly log: Pick<Core.Strapi['log'], 'warn'>
  ) {
    super();
    redis.defineCommand('countAttempt', { numberOfKeys: 1, lua: COUNT_ATTEMPT });
  }

  async incr(key: string, options: LimitOptions, weight: number): Promise<Hits> {
    try {
      const [counter, ttl] = (await (this.redis as any).countAttempt(key, weight, options.interval)) as [number, number];
      this.warned = false;
      return { counter: Number(counter), dateEnd: Date.now() + Math.max(Number(ttl), 0) };
    } catch (error) {
      if (!this.warned) {
        this.log.warn(
          `[rate-limit] Redis (REDIS_URL) cannot be reached (${(error as Error).message}): log-in attempts are counted per instance until it is back.`
        );
        this.warned = true;
      }
      return this.fallback.incr(key, options, weight);
    }
  }

  async decrement(key: string, _options: LimitOptions, weight: number): Promise<void> {
    await this.redis.decrby(key, weight).catch(() => undefined);
  }

  saveAbuse() {
    /* the 429 answer is the record; nothing else is kept */
  }

  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

const stores = new WeakMap<Core.Strapi, SharedRateLimitStore>();

/** With REDIS_URL set, gives both log-in rate limits the shared store (in register). */
export function shareRateLimits(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env) {
  const url = env.REDIS_URL?.trim();
  if (!url) return;
  const redis = new Redis(url, {
    keyPrefix: env.RATE_LIMIT_REDIS_PREFIX?.trim() || DEFAULT_PREFIX,
    // A log-in must not wait for a Redis that is down: fail at once and count in memory.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  redis.on('error', () => {
    /* reported once by incr; ioredis reconnects on its own */
  });
  const store = new SharedRateLimitStore(redis, strapi.log);
  stores.set(strapi, store);
  for (const path of ['admin.rateLimit', 'plugin::users-permissions.ratelimit']) {
    strapi.config.set(path, { ...strapi.config.get<object>(path, {}), store });
  }
}

export async function stopSharedRateLimits(strapi: Core.Strapi) {
  await stores.get(strapi)?.close();
  stores.delete(strapi);
}
