/**
 * The read cache shared through Redis (REDIS_URL) by two instances on one database: a write on
 * either is seen by the next read on both (tests/helpers/read-cache-scenarios.ts). The keys live
 * under a prefix of this file's own, removed afterwards.
 */
import { bearer, path } from './helpers/http';
import { createApiToken } from './helpers/auth';
import { startSecondInstance, type SecondInstance } from './helpers/instances';
import { startPressroom, type Pressroom } from './helpers/pressroom';
import { clearRedisPrefix, countRedisKeys, primed, redisPrefixForThisFile } from './helpers/read-cache';
import { readCacheScenarios } from './helpers/read-cache-scenarios';

const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const prefix = redisPrefixForThisFile('read-cache-redis');

let pressroom: Pressroom;
let second: SecondInstance;

beforeAll(async () => {
  pressroom = await startPressroom({
    seed: true,
    env: { REDIS_URL, READ_CACHE_REDIS_PREFIX: prefix, READ_CACHE: 'on', READ_CACHE_PURGE_URL: '' },
  });
  second = await startSecondInstance();
});
afterAll(async () => {
  await second?.stop();
  await pressroom?.stop();
  await clearRedisPrefix(REDIS_URL, prefix);
});

readCacheScenarios({
  pressroom: () => pressroom,
  readers: () => [
    { name: 'the writing instance', http: pressroom.http },
    { name: 'the second instance', http: second.http },
  ],
});

test('answers are shared: what one instance stored, the other answers from Redis', async () => {
  const url = path('/api/announcements', { locale: 'zh', populate: '*', sort: 'eventDate:desc' });
  const stored = await pressroom.http.get(url);
  expect(['miss', 'hit']).toContain(stored.headers['x-read-cache']);
  const shared = await second.http.get(url);
  expect(shared.headers['x-read-cache']).toBe('hit');
  expect(shared.body).toEqual(stored.body);
  expect(shared.headers.etag).toBe(stored.headers.etag);
  expect(await countRedisKeys(REDIS_URL, prefix)).toBeGreaterThan(1);
});

test('a write on the second instance is seen by the next read on the first', async () => {
  const token = await createApiToken(pressroom, 'full-access');
  const list = path('/api/media-partners', { locale: 'zh', pagination: { pageSize: 100 } });
  const { documentId } = (await pressroom.http.get(path('/api/media-partners', { locale: 'zh', filters: { slug: { $eq: 'xinhua' } } })))
    .body.data[0];
  await primed(pressroom.http, list);
  await primed(second.http, list);
  const saved = await second.http
    .put(`/api/media-partners/${documentId}?locale=zh`)
    .set(bearer(token))
    .send({ data: { name: '新华社（缓存）' } });
  expect(saved.status).toBe(200);
  for (const http of [pressroom.http, second.http]) {
    expect((await http.get(list)).body.data.map((partner: any) => partner.name)).toContain('新华社（缓存）');
  }
});
