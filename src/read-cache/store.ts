/**
 * Where cached answers and the content generation live: in this process (a byte-bounded LRU), or
 * in Redis when REDIS_URL is set, so that every instance reads one generation and one cache.
 */
import { LRUCache } from 'lru-cache';
import { Redis } from 'ioredis';

export interface CachedAnswer {
  status: number;
  contentType: string;
  body: string;
  etag: string;
  surrogateKeys: string[];
  /** When the answer stops being valid whatever the generation (an API token's expiry), epoch ms. */
  validUntil: number | null;
}

export interface ReadCacheStore {
  readonly kind: 'memory' | 'redis';
  /** Resolves once the store answers (Redis connected), or rejects after `timeoutMs`. */
  ready(timeoutMs: number): Promise<void>;
  /** The content generation: part of every key, raised by every write that can change an answer. */
  generation(): Promise<number>;
  /** Raises the generation; answers stored under an older one are never read again. */
  bump(): Promise<number>;
  get(key: string): Promise<CachedAnswer | undefined>;
  set(key: string, answer: CachedAnswer, ttlSeconds: number): Promise<void>;
  close(): Promise<void>;
}

const sizeOf = (key: string, answer: CachedAnswer) =>
  Buffer.byteLength(answer.body) + key.length + answer.etag.length + answer.surrogateKeys.join(' ').length + 128;

export function memoryStore({ maxBytes }: { maxBytes: number }): ReadCacheStore {
  let generation = 0;
  const answers = new LRUCache<string, CachedAnswer>({
    maxSize: maxBytes,
    sizeCalculation: (answer, key) => sizeOf(key, answer),
  });
  return {
    kind: 'memory',
    ready: async () => undefined,
    generation: async () => generation,
    async bump() {
      generation += 1;
      // Older generations are unreachable: give their memory back at once.
      answers.clear();
      return generation;
    },
    get: async (key) => answers.get(key),
    async set(key, answer, ttlSeconds) {
      if (sizeOf(key, answer) > maxBytes / 4) return; // one answer never pushes out the whole cache
      answers.set(key, answer, { ttl: ttlSeconds * 1000 });
    },
    async close() {
      answers.clear();
    },
  };
}

export function redisStore({ url, prefix }: { url: string; prefix: string }): ReadCacheStore {
  const redis = new Redis(url, {
    keyPrefix: prefix,
    // A read must not wait for a Redis that is down: fail at once and read the database.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
  });
  redis.on('error', () => {
    /* reported by the commands that fail; reconnects on its own */
  });
  const GENERATION = 'generation';
  // A generation never repeats, even if Redis loses the key (eviction, restart without data):
  // a missing one starts again from the clock, above any value it can have had.
  redis.defineCommand('bumpGeneration', {
    numberOfKeys: 1,
    lua: "if redis.call('exists', KEYS[1]) == 0 then redis.call('set', KEYS[1], ARGV[1]) end return redis.call('incr', KEYS[1])",
  });
  const bump = async () => Number(await (redis as any).bumpGeneration(GENERATION, Date.now()));
  // Writes made while this instance could not reach Redis did not raise the generation: raise it
  // on every reconnection, before this instance reads from the cache again.
  let connectedBefore = false;
  redis.on('ready', () => {
    if (connectedBefore) bump().catch(() => undefined);
    connectedBefore = true;
  });
  const answerKey = (key: string) => `answer:${key}`;
  return {
    kind: 'redis',
    ready: (timeoutMs) =>
      redis.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`Redis (REDIS_URL) did not answer within ${timeoutMs} ms`)), timeoutMs);
            redis.once('ready', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
    async generation() {
      const stored = await redis.get(GENERATION);
      if (stored !== null) return Number(stored);
      await redis.set(GENERATION, Date.now(), 'NX');
      return Number(await redis.get(GENERATION));
    },
    bump,
    async get(key) {
      const stored = await redis.get(answerKey(key));
      return stored ? (JSON.parse(stored) as CachedAnswer) : undefined;
    },
    async set(key, answer, ttlSeconds) {
      await redis.set(answerKey(key), JSON.stringify(answer), 'EX', ttlSeconds);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
