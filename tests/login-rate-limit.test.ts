/**
 * Log-in rate limits with REDIS_URL: two instances on one database and one Redis count the
 * attempts together, for the admin panel (`POST /admin/login`) and for website users
 * (`POST /api/auth/local`); a Redis that cannot be reached falls back to counting in memory.
 */
import Redis from 'ioredis';
import { startSecondInstance, type SecondInstance } from './helpers/instances';
import { appModule, startPressroom, type Pressroom } from './helpers/pressroom';
import { clearRedisPrefix, redisPrefixForThisFile } from './helpers/read-cache';

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const prefix = redisPrefixForThisFile('login-rate-limit');
const LIMIT = 5; // ADMIN_LOGIN_RATE_LIMIT_MAX's default

let pressroom: Pressroom;
let second: SecondInstance;

beforeAll(async () => {
  pressroom = await startPressroom({
    env: { REDIS_URL, RATE_LIMIT_REDIS_PREFIX: prefix, READ_CACHE_REDIS_PREFIX: `${prefix}read-cache:` },
  });
  second = await startSecondInstance();
});
afterAll(async () => {
  await second?.stop();
  await pressroom?.stop();
  await clearRedisPrefix(REDIS_URL, prefix);
});

const instances = () => [
  { name: 'first', http: pressroom.http },
  { name: 'second', http: second.http },
];

test('failed admin log-ins on two instances count together: the next one is refused by both', async () => {
  const email = `nobody-${Date.now()}@sco-press.test`;
  const statuses: number[] = [];
  for (let attempt = 0; attempt < LIMIT; attempt += 1) {
    const { http } = instances()[attempt % 2];
    statuses.push((await http.post('/admin/login').send({ email, password: 'Wrong-Passw0rd' })).status);
  }
  expect(statuses).toEqual(Array(LIMIT).fill(400));

  for (const { name, http } of instances()) {
    const refused = await http.post('/admin/login').send({ email, password: 'Wrong-Passw0rd' });
    expect({ name, status: refused.status, error: refused.body.error?.name }).toEqual({ name, status: 429, error: 'RateLimitError' });
  }
  // Another address from the same client is counted on its own.
  const other = await second.http.post('/admin/login').send({ email: `other-${email}`, password: 'Wrong-Passw0rd' });
  expect(other.status).toBe(400);
});

test('website log-ins (users-permissions) are counted in Redis too', async () => {
  const identifier = `reader-${Date.now()}@sco-press.test`;
  // users-permissions' own limit (10 a minute per client), kept beside the shared store.
  const { max } = pressroom.strapi.config.get<{ max: number }>('plugin::users-permissions.ratelimit');
  expect(max).toBe(10);
  for (let attempt = 0; attempt < max; attempt += 1) {
    const { http } = instances()[attempt % 2];
    expect((await http.post('/api/auth/local').send({ identifier, password: 'Wrong-Passw0rd' })).status).toBe(400);
  }
  for (const { http } of instances()) {
    expect((await http.post('/api/auth/local').send({ identifier, password: 'Wrong-Passw0rd' })).status).toBe(429);
  }
});

test('the count and its window live in Redis, under the configured prefix, and expire', async () => {
  const redis = new Redis(REDIS_URL);
  try {
    const keys = await redis.keys(`${prefix}*admin/login*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const ttl = await redis.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(5 * 60 * 1000);
    }
  } finally {
    redis.disconnect();
  }
});

describe('the store on its own', () => {
  const { SharedRateLimitStore } = appModule('security/shared-rate-limit');
  const WINDOW = { interval: 60_000 };

  test('attempts counted at once by two stores are each counted once, and the window starts with the first', async () => {
    const [a, b] = [new Redis(REDIS_URL, { keyPrefix: prefix }), new Redis(REDIS_URL, { keyPrefix: prefix })];
    const log = { warn: jest.fn() };
    const stores = [new SharedRateLimitStore(a, log), new SharedRateLimitStore(b, log)];
    try {
      const key = `concurrent-${Date.now()}`;
      const hits = await Promise.all(Array.from({ length: 40 }, (_, i) => stores[i % 2].incr(key, WINDOW, 1)));
      expect(hits.map((hit: { counter: number }) => hit.counter).sort((x: number, y: number) => x - y)).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1)
      );
      const ends = hits.map((hit: { dateEnd: number }) => hit.dateEnd);
      expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(WINDOW.interval);
      expect(Math.min(...ends)).toBeGreaterThan(Date.now());
      await stores[0].decrement(key, WINDOW, 1);
      expect((await stores[1].incr(key, WINDOW, 1)).counter).toBe(40);
      expect(log.warn).not.toHaveBeenCalled();
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  test('a Redis that cannot be reached never locks anyone out: attempts are counted in memory, with one warning', async () => {
    const unreachable = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    unreachable.on('error', () => undefined);
    const log = { warn: jest.fn() };
    const store = new SharedRateLimitStore(unreachable, log);
    try {
      const key = `offline-${Date.now()}`;
      const counters: number[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) counters.push((await store.incr(key, WINDOW, 1)).counter);
      expect(counters).toEqual([1, 2, 3]);
      expect(log.warn).toHaveBeenCalledTimes(1);
      expect(log.warn.mock.calls[0][0]).toMatch(/Redis \(REDIS_URL\) cannot be reached.*counted per instance/);
    } finally {
      unreachable.disconnect();
    }
  });
});
