import { readCacheConfig } from './config';

test('defaults: on, in this process, 64 MB, an hour, browsers revalidate, no purge', () => {
  expect(readCacheConfig({})).toEqual({
    enabled: true,
    maxBytes: 64 * 1024 * 1024,
    ttlSeconds: 3600,
    redisUrl: null,
    redisPrefix: 'pressroom:read-cache:',
    httpCache: { maxAge: 0, staleWhileRevalidate: 0, sharedMaxAge: null },
    purge: null,
  });
});

test('READ_CACHE=off, Redis, sizes, Cache-Control and the purge call from the environment', () => {
  const config = readCacheConfig({
    READ_CACHE: 'off',
    REDIS_URL: 'redis://127.0.0.1:6379/2',
    READ_CACHE_MAX_BYTES: '1048576',
    READ_CACHE_TTL_SECONDS: '60',
    CACHE_CONTROL_MAX_AGE: '10',
    CACHE_CONTROL_STALE_WHILE_REVALIDATE: '30',
    CACHE_CONTROL_S_MAXAGE: '600',
    READ_CACHE_PURGE_URL: 'https://cdn.example.org/purge',
    READ_CACHE_PURGE_TOKEN: 'secret',
  });
  expect(config).toMatchObject({
    enabled: false,
    redisUrl: 'redis://127.0.0.1:6379/2',
    maxBytes: 1048576,
    ttlSeconds: 60,
    httpCache: { maxAge: 10, staleWhileRevalidate: 30, sharedMaxAge: 600 },
    purge: { url: 'https://cdn.example.org/purge', token: 'secret', attempts: 5, retryMs: 1000 },
  });
});

test('a wrong value names the variable and what it takes', () => {
  expect(() => readCacheConfig({ READ_CACHE_MAX_BYTES: 'lots' })).toThrow(
    'READ_CACHE_MAX_BYTES must be a whole number of at least 1024 (got "lots").'
  );
  expect(() => readCacheConfig({ READ_CACHE_TTL_SECONDS: '0' })).toThrow('READ_CACHE_TTL_SECONDS must be a whole number of at least 1');
  expect(() => readCacheConfig({ READ_CACHE_PURGE_URL: 'cdn.example.org' })).toThrow(
    'READ_CACHE_PURGE_URL must be an absolute http(s) URL'
  );
});
