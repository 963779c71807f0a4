/**
 * Feed monitoring end to end: real feed documents served on 127.0.0.1, polled through the admin
 * route, matched against the SCO's names, and counted through the one ingest path.
 */
import iconv from 'iconv-lite';
import zlib from 'zlib';
import { loginAdmin } from './helpers/auth';
import { bearer } from './helpers/http';
import { startSecondInstance } from './helpers/instances';
import { rss, serve, startFeedServer, type FeedServer } from './helpers/feed-server';
import { startPressroom, type Pressroom } from './helpers/pressroom';
import { rawMentionCount } from './helpers/syndication';

const FEED = 'plugin::syndication.feed';

let pressroom: Pressroom;
let server: FeedServer;
let jwt: string;
let agencies: Record<string, string>;

beforeAll(async () => {
  pressroom = await startPressroom({ seed: true });
  server = await startFeedServer();
  jwt = await loginAdmin(pressroom);
  const rows = await pressroom.strapi.db
    .query('api::media-partner.media-partner')
    .findMany({ where: { locale: 'ru', publishedAt: { $notNull: true } }, select: ['slug', 'documentId'] });
  agencies = Object.fromEntries(rows.map((row) => [row.slug, row.documentId]));
});
afterAll(async () => {
  await server?.close();
  await pressroom?.stop();
});

let feedNumber = 0;
async function createFeed(path: string, { agency = 'kazinform', language = 'auto' } = {}) {
  const feed = await pressroom.strapi.documents(FEED as any).create({
    data: { name: `Feed ${++feedNumber}`, url: server.url(path), language, enabled: true, agency: agencies[agency] },
  } as any);
  return feed.documentId as string;
}

const poll = (documentId: string, token = jwt) => pressroom.http.post(`/syndication/feeds/${documentId}/poll`).set(bearer(token)).send({});

async function pollOk(documentId: string) {
  const response = await poll(documentId);
  expect(response.status).toBe(200);
  return response.body.data;
}

const storedFeed = (documentId: string) => pressroom.strapi.db.query(FEED as any).findOne({ where: { documentId } });

/** Stored mentions, read through Strapi so that every database gives the same types. */
const mentionsOf = (where: Record<string, unknown>): Promise<any[]> =>
  pressroom.strapi.db.query('plugin::syndication.mention').findMany({ where, orderBy: { url: 'asc' } });

let pathNumber = 0;
/** Serves a document at a fresh path and creates a feed for it. */
async function feedServing(body: string | Buffer, contentType?: string, options?: { agency?: string; language?: string }) {
  const path = `/feed-${++pathNumber}`;
  server.route(path, serve(body, contentType));
  return createFeed(path, options);
}

describe('formats', () => {
  const items = (prefix: string) => [
    { title: `${prefix}: Саммит ШОС в Астане`, link: `https://kazinform.test/${prefix}/1`, date: '2017-06-08T09:00:00Z' },
    { title: `${prefix}: 上合组织秘书长会见记者`, link: `https://kazinform.test/${prefix}/2`, date: '2017-06-09T09:00:00Z' },
    { title: `${prefix}: Ремонт шоссе`, link: `https://kazinform.test/${prefix}/3`, date: '2017-06-10T09:00:00Z' },
  ];

  const documents: Record<string, (prefix: string) => [string, string]> = {
    'RSS 2.0': (prefix) => [
      `<?xml version="1.0"?><rss version="2.0"><channel><title>K</title>${items(prefix)
        .map(
          (item) =>
            `<item><title>${item.title}</title><link>${item.link}</link><pubDate>${new Date(item.date).toUTCString()}</pubDate></item>`
        )
        .join('')}</channel></rss>`,
      'application/rss+xml',
    ],
    'RSS 0.91': (prefix) => [
      `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>K</title><link>https://kazinform.test</link><description>K</description>${items(
        prefix
      )
        .map((item) => `<item><title>${item.title}</title><link>${item.link}</link><description>x</description></item>`)
        .join('')}</channel></rss>`,
      'text/xml',
    ],
    'RSS 1.0 (RDF)': (prefix) => [
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://kazinform.test"><title>K</title><link>https://kazinform.test</link><description>K</description></channel>${items(
        prefix
      )
        .map(
          (item) =>
            `<item rdf:about="${item.link}"><title>${item.title}</title><link>${item.link}</link><dc:date>${item.date}</dc:date></item>`
        )
        .join('')}</rdf:RDF>`,
      'application/rdf+xml',
    ],
    'Atom 1.0': (prefix) => [
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>K</title><id>urn:k</id><updated>2017-06-10T00:00:00Z</updated>${items(
        prefix
      )
        .map(
          (item) =>
            `<entry><title>${item.title}</title><link href="${item.link}"/><id>${item.link}</id><updated>${item.date}</updated></entry>`
        )
        .join('')}</feed>`,
      'application/atom+xml',
    ],
    'JSON Feed 1.1': (prefix) => [
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'K',
        items: items(prefix).map((item) => ({ id: item.link, url: item.link, title: item.title, date_published: item.date })),
      }),
      'application/feed+json',
    ],
  };

  test.each(Object.keys(documents))('%s: the two matching items of three become mentions', async (format) => {
    const prefix = format.replace(/\W+/g, '-').toLowerCase();
    const [body, contentType] = documents[format](prefix);
    const feed = await feedServing(body, contentType);
    const result = await pollOk(feed);
    expect(result).toMatchObject({ status: 'ok', itemsSeen: 3, mentionsFound: 2, mentionsCreated: 2, duplicates: 0, itemsSkipped: 0 });
    expect(result.encoding).toBe('utf-8');

    const stored = await mentionsOf({ agencyDocumentId: agencies.kazinform, url: { $contains: `/${prefix}/` } });
    expect(stored.map((row) => [row.url, row.language, row.matchedTerms, row.source])).toEqual([
      [`https://kazinform.test/${prefix}/1`, 'ru', ['ШОС'], 'feed'],
      [`https://kazinform.test/${prefix}/2`, 'zh', ['上合组织'], 'feed'],
    ]);
  });
});

describe('encodings', () => {
  test.each([
    ['windows-1251', 'Генсек Шанхайской организации сотрудничества'],
    ['koi8-r', 'Генсек Шанхайской организации сотрудничества'],
    ['gb2312', '上海合作组织秘书处'],
    ['gbk', '上合峰会在阿斯塔纳举行'],
    ['gb18030', '上海合作组织成员国'],
    ['big5', '上海合作組織秘書長'],
  ])('%s, declared in the XML', async (encoding, title) => {
    const body = iconv.encode(rss([{ title, link: `https://kazinform.test/${encoding}` }], encoding), encoding);
    const result = await pollOk(await feedServing(body, 'application/rss+xml'));
    expect(result).toMatchObject({ status: 'ok', mentionsCreated: 1 });
    const [stored] = await mentionsOf({ url: `https://kazinform.test/${encoding}` });
    expect(stored.title).toBe(title);
  });

  test('UTF-16 with a byte order mark', async () => {
    const body = iconv.encode(rss([{ title: 'ШОС и 上合组织', link: 'https://kazinform.test/utf16' }], 'UTF-16'), 'utf-16le', {
      addBOM: true,
    });
    expect((await pollOk(await feedServing(body))).mentionsCreated).toBe(1);
    expect((await mentionsOf({ url: 'https://kazinform.test/utf16' }))[0].title).toBe('ШОС и 上合组织');
  });

  test('the HTTP charset, when the document declares nothing', async () => {
    const document = rss([{ title: 'Саммит ШОС', link: 'https://kazinform.test/http-charset' }]).replace(' encoding="UTF-8"', '');
    const feed = await feedServing(iconv.encode(document, 'windows-1251'), 'application/rss+xml; charset=windows-1251');
    expect((await pollOk(feed)).mentionsCreated).toBe(1);
  });

  test('HTML in titles and descriptions is stripped and entities decoded before matching', async () => {
    const body = rss([
      {
        title: 'Итоги &lt;b&gt;&#1064;&#1054;&#1057;&lt;/b&gt;',
        link: 'https://kazinform.test/entities',
        description: '&lt;p&gt;Текст&amp;nbsp;статьи&lt;/p&gt;',
      },
    ]);
    expect((await pollOk(await feedServing(body))).mentionsCreated).toBe(1);
    const [stored] = await mentionsOf({ url: 'https://kazinform.test/entities' });
    expect(stored.title).toBe('Итоги ШОС');
    expect(stored.excerpt).toBe('Текст статьи');
  });
});

describe('dates', () => {
  test('RFC 822 and ISO dates are read; missing or broken ones fall back to the poll time and say so', async () => {
    const before = Date.now();
    const body = rss([
      { title: 'ШОС 1', link: 'https://kazinform.test/date/rfc', pubDate: 'Thu, 08 Jun 2017 12:00:00 +0600' },
      { title: 'ШОС 2', link: 'https://kazinform.test/date/none' },
      { title: 'ШОС 3', link: 'https://kazinform.test/date/broken', pubDate: 'когда-то в июне' },
    ]);
    expect((await pollOk(await feedServing(body))).mentionsCreated).toBe(3);
    const rows = await mentionsOf({ agencyDocumentId: agencies.kazinform, url: { $contains: '/date/' } });
    const byUrl = Object.fromEntries(rows.map((row) => [row.url.split('/').pop(), row]));
    expect(new Date(byUrl.rfc.date).toISOString()).toBe('2017-06-08T06:00:00.000Z');
    expect(byUrl.rfc.dateEstimated).toBe(false);
    for (const name of ['none', 'broken']) {
      expect(byUrl[name].dateEstimated).toBe(true);
      expect(new Date(byUrl[name].date).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(new Date(byUrl[name].date).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    }
  });
});

describe('re-polling', () => {
  test('an unchanged feed answers 304: not modified, nothing added', async () => {
    let served = 0;
    server.route('/etag-feed', (request, response) => {
      served += 1;
      if (request.headers['if-none-match'] === '"k1"') return void response.writeHead(304).end();
      response
        .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"k1"' })
        .end(rss([{ title: 'ШОС', link: 'https://kazinform.test/etag' }]));
    });
    const feed = await createFeed('/etag-feed');
    expect((await pollOk(feed)).mentionsCreated).toBe(1);
    const again = await pollOk(feed);
    expect(again).toMatchObject({ status: 'not-modified', mentionsCreated: 0 });
    expect(served).toBe(2);
    expect(await storedFeed(feed)).toMatchObject({ lastStatus: 'not-modified', etag: '"k1"', itemsSeen: 1 });
  });

  test('a partly changed feed adds only the new materials', async () => {
    const first = [
      { title: 'ШОС: один', link: 'https://kazinform.test/partly/1' },
      { title: 'ШОС: два', link: 'https://kazinform.test/partly/2' },
    ];
    let items = first;
    server.route(
      '/partly',
      (_request, response) => void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items))
    );
    const feed = await createFeed('/partly');
    expect(await pollOk(feed)).toMatchObject({ mentionsCreated: 2, duplicates: 0 });
    items = [{ title: 'ШОС: три', link: 'https://kazinform.test/partly/3?utm_source=rss' }, ...first];
    expect(await pollOk(feed)).toMatchObject({ itemsSeen: 3, mentionsCreated: 1, duplicates: 2 });
    expect(await pollOk(feed)).toMatchObject({ mentionsCreated: 0, duplicates: 3 });
  });
});

describe('broken feeds', () => {
  const zeros = zlib.gzipSync(Buffer.alloc(30 * 1024 * 1024));
  const cases: [string, () => void, RegExp][] = [
    [
      'invalid XML',
      () => server.route('/broken/invalid', serve('<rss><channel><item><title>ШОС</item></channel></rss>')),
      /not well-formed XML \(line 1/,
    ],
    [
      'an HTML page',
      () => server.route('/broken/html', serve('<!DOCTYPE html><html><body>News</body></html>', 'text/html')),
      /web page \(HTML\), not a feed/,
    ],
    [
      'an XXE document',
      () =>
        server.route(
          '/broken/xxe',
          serve(
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&x;</title><item><title>ШОС &x;</title><link>https://k.test/x</link></item></channel></rss>'
          )
        ),
      /declares its own XML entities/,
    ],
    [
      'a billion-laughs document',
      () =>
        server.route(
          '/broken/lol',
          serve(
            `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ''};`.repeat(10)}">`).join('')}]><rss version="2.0"><channel><title>&lol9;</title></channel></rss>`
          )
        ),
      /declares its own XML entities/,
    ],
    [
      'a slow server',
      () =>
        server.route('/broken/slow', (_request, response) => {
          response.writeHead(200, { 'content-type': 'application/rss+xml' });
          response.write('<rss>');
        }),
      /did not send the feed within 2 s/,
    ],
    ['an oversized body', () => server.route('/broken/huge', serve(Buffer.alloc(6 * 1024 * 1024, 0x20))), /larger than 5 MB/],
    [
      'a gzip bomb',
      () => server.route('/broken/bomb', serve(zeros, 'application/rss+xml', { 'content-encoding': 'gzip' })),
      /larger than 5 MB after decompression/,
    ],
    [
      'a server error',
      () => server.route('/broken/500', (_request, response) => void response.writeHead(500).end()),
      /answered 500 Internal Server Error/,
    ],
  ];

  const PROBLEM_CODES: Record<string, string> = {
    'invalid XML': 'format.malformed',
    'an HTML page': 'format.html',
    'an XXE document': 'format.entities',
    'a billion-laughs document': 'format.entities',
    'a slow server': 'fetch.timeout',
    'an oversized body': 'fetch.tooLarge',
    'a gzip bomb': 'fetch.tooLarge',
    'a server error': 'http.status',
  };

  test.each(cases)('%s: the error is recorded in plain words, nothing is stored, the next poll retries', async (name, setUp, message) => {
    setUp();
    const path = server.requests.length;
    const feed = await createFeed(
      `/broken/${{ 'invalid XML': 'invalid', 'an HTML page': 'html', 'an XXE document': 'xxe', 'a billion-laughs document': 'lol', 'a slow server': 'slow', 'an oversized body': 'huge', 'a gzip bomb': 'bomb', 'a server error': '500' }[name]}`
    );
    const before = await rawMentionCount(pressroom);
    const result = await pollOk(feed);
    expect(result.status).toBe('error');
    expect(result.error).toMatch(message);
    expect(await rawMentionCount(pressroom)).toBe(before);
    expect(await storedFeed(feed)).toMatchObject({ lastStatus: 'error', lastError: expect.stringMatching(message) });
    // The same failure as a code for the admin panel to word in ru, zh or en.
    expect((await storedFeed(feed)).lastErrorCode).toBe(PROBLEM_CODES[name]);

    const retry = await pollOk(feed);
    expect(retry.status).toBe('error');
    expect(server.requests.length).toBeGreaterThanOrEqual(path + 2);
  });

  test('polling every feed: the broken ones are recorded, the good ones still counted', async () => {
    server.route('/all/good', serve(rss([{ title: 'SCO summit opens', link: 'https://kazinform.test/all/good' }])));
    const good = await createFeed('/all/good');
    const broken = await createFeed('/broken/invalid');
    const results = await pressroom.strapi.plugin('syndication').service('feeds').pollAll();
    expect(results[good]).toMatchObject({ status: 'ok', mentionsCreated: 1 });
    expect(results[broken]).toMatchObject({ status: 'error' });
  });
});

describe('end to end', () => {
  test('a feed with known mentions yields exactly those mentions in the stats', async () => {
    const tass = agencies.tass;
    const statsFor = async () =>
      (await pressroom.http.get('/api/syndication/stats').query({ agency: 'tass', from: '2019-05-01', to: '2019-05-31' })).body.data;
    expect((await statsFor()).total).toBe(0);

    const body = rss([
      {
        title: 'Шанхайская организация сотрудничества расширяется',
        link: 'https://tass.test/e2e/1',
        pubDate: 'Wed, 01 May 2019 10:00:00 +0300',
      },
      { title: 'Ремонт шоссе завершён', link: 'https://tass.test/e2e/2', pubDate: 'Wed, 01 May 2019 11:00:00 +0300' },
      { title: 'SCO ministers meet', link: 'https://tass.test/e2e/3', pubDate: 'Fri, 10 May 2019 10:00:00 GMT' },
      { title: 'SCO Group results', link: 'https://tass.test/e2e/4', pubDate: 'Fri, 10 May 2019 11:00:00 GMT' },
      {
        title: 'Новости',
        link: 'https://tass.test/e2e/5',
        description: 'Генсек ШОС-2019 выступил',
        pubDate: 'Mon, 20 May 2019 08:00:00 GMT',
      },
      {
        title: 'Дубликат',
        link: 'http://www.tass.test/e2e/1/?utm_source=rss',
        description: 'ШОС',
        pubDate: 'Mon, 20 May 2019 09:00:00 GMT',
      },
    ]);
    const feed = await feedServing(body, 'application/rss+xml', { agency: 'tass', language: 'ru' });
    expect(await pollOk(feed)).toEqual({
      status: 'ok',
      itemsSeen: 6,
      mentionsFound: 4,
      mentionsCreated: 3,
      duplicates: 1,
      itemsSkipped: 0,
      itemsSkippedReasons: {},
      datesEstimated: 0,
      encoding: 'utf-8',
      encodingSource: 'declaration',
    });

    const stats = await statsFor();
    expect(stats.total).toBe(3);
    expect(stats.byLanguage).toEqual([{ language: 'ru', count: 3 }]);
    const stored = await mentionsOf({ agencyDocumentId: tass, url: { $contains: '/e2e/' } });
    expect(stored.map((row) => [row.url.replace('https://tass.test/e2e/', ''), row.matchedTerms])).toEqual([
      ['1', ['Шанхайская организация сотрудничества']],
      ['3', ['SCO']],
      ['5', ['ШОС']],
    ]);
  });
});

describe('who may poll', () => {
  test('anonymous callers and admins without the feed permission are refused', async () => {
    const feed = await feedServing(rss([]));
    expect((await pressroom.http.post(`/syndication/feeds/${feed}/poll`).send({})).status).toBe(401);
    const author = await loginAdmin(pressroom, { roleCode: 'strapi-author' });
    expect((await poll(feed, author)).status).toBe(403);
  });

  test('an unknown feed is a 404', async () => {
    const response = await poll('no-such-feed');
    expect(response.status).toBe(404);
  });
});

const serverDatabase = (process.env.DATABASE_CLIENT ?? 'sqlite') !== 'sqlite';
(serverDatabase ? describe : describe.skip)('two instances', () => {
  test('poll a feed one at a time: one polls, the other is told the feed is busy', async () => {
    let requests = 0;
    server.route('/shared', (_request, response) => {
      requests += 1;
      setTimeout(
        () =>
          response
            .writeHead(200, { 'content-type': 'application/rss+xml' })
            .end(rss([{ title: 'ШОС', link: 'https://kazinform.test/shared' }])),
        800
      );
    });
    const feed = await createFeed('/shared');
    const second = await startSecondInstance();
    try {
      // The same admin login works on both: they share the database and the secrets.
      const answers = await Promise.all([poll(feed), second.http.post(`/syndication/feeds/${feed}/poll`).set(bearer(jwt)).send({})]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const busy = answers.find((answer) => answer.status === 409)!;
      expect(busy.body.error.message).toMatch(/being polled right now/);
      expect(requests).toBe(1);
      expect(await mentionsOf({ url: 'https://kazinform.test/shared' })).toHaveLength(1);
    } finally {
      await second.stop();
    }
  });
});
