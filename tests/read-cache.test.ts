/**
 * The read cache in this process (no REDIS_URL): see tests/helpers/read-cache-scenarios.ts. The
 * CDN purge call is received by a local server, its first attempt refused to prove the retry.
 */
import { bearer, path } from './helpers/http';
import { createApiToken } from './helpers/auth';
import { startPressroom, type Pressroom } from './helpers/pressroom';
import { primed, startPurgeReceiver } from './helpers/read-cache';
import { readCacheScenarios } from './helpers/read-cache-scenarios';

let pressroom: Pressroom;
let purges: Awaited<ReturnType<typeof startPurgeReceiver>>;

beforeAll(async () => {
  purges = await startPurgeReceiver({ failFirst: 1 });
  pressroom = await startPressroom({
    seed: true,
    env: {
      REDIS_URL: '',
      READ_CACHE: 'on',
      READ_CACHE_PURGE_URL: purges.url,
      READ_CACHE_PURGE_TOKEN: 'purge-secret',
      READ_CACHE_PURGE_RETRY_MS: '20',
      CACHE_CONTROL_MAX_AGE: '0',
      CACHE_CONTROL_STALE_WHILE_REVALIDATE: '30',
    },
  });
});
afterAll(async () => {
  await pressroom?.stop();
  await purges?.close();
});

readCacheScenarios({ pressroom: () => pressroom, readers: () => [{ name: 'the instance', http: pressroom.http }] });

test('Cache-Control takes max-age and stale-while-revalidate from the environment', async () => {
  const response = await pressroom.http.get('/api/announcements?locale=en');
  expect(response.headers['cache-control']).toBe('public, max-age=0, stale-while-revalidate=30');
});

test('a publishing change is purged at the CDN with its keys, retried after a refusal, without holding the save', async () => {
  const token = await createApiToken(pressroom, 'full-access');
  const list = await pressroom.http.get(path('/api/media-partners', { locale: 'ru', filters: { slug: { $eq: 'xinhua' } } }));
  const { documentId } = list.body.data[0];
  const saved = await pressroom.http
    .put(`/api/media-partners/${documentId}?locale=ru`)
    .set(bearer(token))
    .send({ data: { shortName: 'Синьхуа' } });
  expect(saved.status).toBe(200);

  const call = await purges.callNaming(`doc-${documentId}`);
  expect(purges.refused).toBe(1);
  // The partner's own type, every type that shows partners, and GraphQL answers.
  expect(call.tags).toEqual(expect.arrayContaining(['media-partner', 'announcement', 'contract', 'graphql', `doc-${documentId}`]));
  expect(call.surrogateKey.split(' ')).toEqual(call.tags);
  expect(call.authorization).toBe('Bearer purge-secret');
});

test('HEAD shares the GET answer', async () => {
  const url = '/api/contracts?locale=zh';
  const get = await primed(pressroom.http, url);
  const head = await pressroom.http.head(url);
  expect(head.status).toBe(200);
  expect(head.headers.etag).toBe(get.headers.etag);
  expect(head.headers['x-read-cache']).toBe('hit');
});
