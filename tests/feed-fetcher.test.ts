/**
 * The poller's HTTP client against real servers on 127.0.0.1: conditional GET, redirects, time
 * and size limits (gzip and brotli bombs included), and the guard against private addresses.
 */
import zlib from 'zlib';
import { fetchFeed, FeedFetchError, type FeedFetchOptions } from '../src/plugins/syndication/server/src/services/feed-fetcher';
import { rss, serve, startFeedServer, type FeedServer } from './helpers/feed-server';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

// Generous time limits, so that a busy machine (decompressing a bomb, say) never trips them; the
// time-out test sets its own short one.
const OPTIONS: FeedFetchOptions = {
  timeoutMs: 15000,
  connectTimeoutMs: 15000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivateNetworks: true,
  allowedAddresses: [],
  userAgent: 'Pressroom tests',
};
const FEED = rss([{ title: 'ШОС', link: 'https://agency.test/1' }]);

const failure = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FeedFetchError);
    return (error as Error).message;
  }
  throw new Error('expected the fetch to fail');
};

test('a feed is read with its content type and validators', async () => {
  server.route(
    '/plain.xml',
    serve(FEED, 'application/rss+xml; charset=utf-8', { etag: '"v1"', 'last-modified': 'Thu, 23 Mar 2017 10:00:00 GMT' })
  );
  const fetched = await fetchFeed(server.url('/plain.xml'), {}, OPTIONS);
  expect(fetched).toMatchObject({
    status: 'ok',
    contentType: 'application/rss+xml; charset=utf-8',
    etag: '"v1"',
    lastModified: 'Thu, 23 Mar 2017 10:00:00 GMT',
  });
  expect(fetched.body.toString()).toBe(FEED);
});

test('conditional GET: an unchanged feed answers 304 and is reported not modified', async () => {
  server.route('/conditional.xml', (request, response) => {
    if (request.headers['if-none-match'] === '"v2"' || request.headers['if-modified-since'] === 'Fri, 24 Mar 2017 10:00:00 GMT') {
      response.writeHead(304).end();
    } else response.writeHead(200, { etag: '"v2"', 'content-type': 'application/rss+xml' }).end(FEED);
  });
  expect((await fetchFeed(server.url('/conditional.xml'), {}, OPTIONS)).status).toBe('ok');
  expect((await fetchFeed(server.url('/conditional.xml'), { etag: '"v2"' }, OPTIONS)).status).toBe('not-modified');
  expect((await fetchFeed(server.url('/conditional.xml'), { lastModified: 'Fri, 24 Mar 2017 10:00:00 GMT' }, OPTIONS)).status).toBe(
    'not-modified'
  );
});

test('gzip and brotli feeds are decompressed', async () => {
  server.route('/gzip.xml', serve(zlib.gzipSync(FEED), 'application/rss+xml', { 'content-encoding': 'gzip' }));
  server.route('/br.xml', serve(zlib.brotliCompressSync(FEED), 'application/rss+xml', { 'content-encoding': 'br' }));
  expect((await fetchFeed(server.url('/gzip.xml'), {}, OPTIONS)).body.toString()).toBe(FEED);
  expect((await fetchFeed(server.url('/br.xml'), {}, OPTIONS)).body.toString()).toBe(FEED);
});

test('redirects are followed up to the limit', async () => {
  for (let hop = 1; hop <= 6; hop += 1) {
    server.route(`/hop/${hop}`, (_request, response) => response.writeHead(302, { location: `/hop/${hop + 1}` }).end());
  }
  server.route('/hop/7', serve(FEED));
  server.route('/moved', (_request, response) => response.writeHead(301, { location: server.url('/plain.xml') }).end());
  expect((await fetchFeed(server.url('/moved'), {}, OPTIONS)).url).toBe(server.url('/plain.xml'));
  expect((await fetchFeed(server.url('/hop/2'), {}, OPTIONS)).status).toBe('ok'); // 5 redirects
  expect(await failure(fetchFeed(server.url('/hop/1'), {}, OPTIONS))).toBe(
    'The feed redirected more than 5 times; the poller gives up there.'
  );
});

test('a server that stops sending times out', async () => {
  server.route('/slow.xml', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.write('<?xml version="1.0"?><rss>');
  });
  const started = Date.now();
  expect(await failure(fetchFeed(server.url('/slow.xml'), {}, { ...OPTIONS, timeoutMs: 1500 }))).toMatch(
    /did not send the feed within 1\.5 s/
  );
  expect(Date.now() - started).toBeLessThan(5000);
});

test('a body over the cap is refused, declared or not', async () => {
  const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
  server.route('/big.xml', serve(big));
  server.route('/chunked.xml', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml', 'transfer-encoding': 'chunked' });
    for (let chunk = 0; chunk < 6; chunk += 1) response.write(Buffer.alloc(1024 * 1024, 0x20));
    response.end();
  });
  expect(await failure(fetchFeed(server.url('/big.xml'), {}, OPTIONS))).toMatch(/larger than 5 MB/);
  expect(await failure(fetchFeed(server.url('/chunked.xml'), {}, OPTIONS))).toMatch(/larger than 5 MB after decompression/);
});

test('a gzip bomb and a brotli bomb stop at the cap, after decompression', async () => {
  const zeros = Buffer.alloc(40 * 1024 * 1024);
  const gzip = zlib.gzipSync(zeros);
  const brotli = zlib.brotliCompressSync(zeros, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
  expect(gzip.length).toBeLessThan(100 * 1024); // 40 MB of zeros in well under 100 kB
  server.route('/bomb.gz', serve(gzip, 'application/rss+xml', { 'content-encoding': 'gzip' }));
  server.route('/bomb.br', serve(brotli, 'application/rss+xml', { 'content-encoding': 'br' }));
  expect(await failure(fetchFeed(server.url('/bomb.gz'), {}, OPTIONS))).toMatch(/larger than 5 MB after decompression/);
  expect(await failure(fetchFeed(server.url('/bomb.br'), {}, OPTIONS))).toMatch(/larger than 5 MB after decompression/);
});

test('HTTP errors and unreachable servers are explained', async () => {
  expect(await failure(fetchFeed(server.url('/missing.xml'), {}, OPTIONS))).toBe("The feed's server answered 404 Not Found.");
  const closed = await startFeedServer();
  const closedUrl = closed.url('/feed.xml');
  await closed.close();
  expect(await failure(fetchFeed(closedUrl, {}, OPTIONS))).toMatch(/refused the connection/);
  expect(await failure(fetchFeed('ftp://agency.test/feed.xml', {}, OPTIONS))).toMatch(/must start with http:\/\/ or https:\/\//);
  expect(await failure(fetchFeed('not an address', {}, OPTIONS))).toMatch(/is not a web address/);
  expect(await failure(fetchFeed('http://feeds.invalid/rss', {}, OPTIONS))).toMatch(/could not be found: check the address/);
});

describe('with the private-network guard on', () => {
  // Only this test server's address is allowed, as an internal feed proxy might be.
  const GUARDED = { ...OPTIONS, allowPrivateNetworks: false, allowedAddresses: ['127.0.0.1/32'] };

  test('an allowed address is read', async () => {
    expect((await fetchFeed(server.url('/plain.xml'), {}, GUARDED)).status).toBe('ok');
  });

  test.each([
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
    ['a private network', 'http://10.0.0.7/feed.xml', /10\.0\.0\.7 is a private network address/],
    ['an IPv4-mapped private address', 'http://[::ffff:192.168.0.1]/feed.xml', /is a private network address/],
    ['another loopback address', 'http://127.0.0.2:8080/feed.xml', /127\.0\.0\.2 is a loopback address/],
    ['IPv6 loopback', 'http://[::1]/feed.xml', /::1 is a loopback address/],
  ])('a redirect to %s is refused before connecting', async (_name, target, message) => {
    const path = `/to-${Buffer.from(target).toString('hex').slice(0, 16)}`;
    server.route(path, (_request, response) => response.writeHead(302, { location: target }).end());
    const before = server.requests.length;
    expect(await failure(fetchFeed(server.url(path), {}, GUARDED))).toMatch(message);
    expect(server.requests.length).toBe(before + 1); // only the first hop reached a server
  });

  test('a redirect to a host name that resolves to a forbidden address is refused', async () => {
    // The proxy here is 127.0.0.2 (loopback is a /8 on Linux); localhost resolves to 127.0.0.1.
    const proxy = await startFeedServer('127.0.0.2');
    try {
      proxy.route('/to-localhost', (_request, response) =>
        response.writeHead(302, { location: server.url('/plain.xml').replace('127.0.0.1', 'localhost') }).end()
      );
      const before = server.requests.length;
      const options = { ...GUARDED, allowedAddresses: ['127.0.0.2/32'] };
      expect(await failure(fetchFeed(proxy.url('/to-localhost'), {}, options))).toMatch(
        /localhost resolves to 127\.0\.0\.1, which is a loopback address/
      );
      expect(server.requests.length).toBe(before);
    } finally {
      await proxy.close();
    }
  });

  test('a direct private address is refused too', async () => {
    expect(await failure(fetchFeed('http://192.168.1.1/rss', {}, GUARDED))).toMatch(/192\.168\.1\.1 is a private network address/);
  });
});
