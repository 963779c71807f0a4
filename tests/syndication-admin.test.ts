/**
 * The syndication plugin's admin routes, which the admin panel calls, through HTTP with real
 * admin logins: who may do what (stats.read, mentions.manage, feeds.manage), stats equal to the
 * content API's, the mentions behind a number (same total as the stats), adding and deleting
 * mentions with the counts following exactly, and feeds with their health.
 */
import { loginAdmin } from './helpers/auth';
import { rss, serve, startFeedServer, type FeedServer } from './helpers/feed-server';
import { bearer } from './helpers/http';
import { startPressroom, type Pressroom } from './helpers/pressroom';
import { rawMentionCount } from './helpers/syndication';

const FEED = 'plugin::syndication.feed';
const NO_PLUGIN_ROLE = 'syndication-test-nothing';

let pressroom: Pressroom;
let feedServer: FeedServer;
let agencies: Record<string, string>;
const tokens: Record<'superAdmin' | 'editor' | 'author' | 'nobody', string> = {} as any;

beforeAll(async () => {
  pressroom = await startPressroom({ seed: true });
  feedServer = await startFeedServer();
  const partners = await pressroom.strapi.db
    .query('api::media-partner.media-partner')
    .findMany({ where: { locale: 'ru', publishedAt: { $notNull: true } }, select: ['documentId', 'slug'] });
  agencies = Object.fromEntries(partners.map((partner) => [partner.slug, partner.documentId]));

  await pressroom.strapi.service('admin::role').create({
    name: 'No syndication',
    code: NO_PLUGIN_ROLE,
    description: 'A role holding none of the syndication plugin’s actions',
  });
  tokens.superAdmin = await loginAdmin(pressroom);
  tokens.editor = await loginAdmin(pressroom, { roleCode: 'strapi-editor' });
  tokens.author = await loginAdmin(pressroom, { roleCode: 'strapi-author' });
  tokens.nobody = await loginAdmin(pressroom, { roleCode: NO_PLUGIN_ROLE });
});
afterAll(async () => {
  await feedServer?.close();
  await pressroom?.stop();
});

type Who = keyof typeof tokens | 'anonymous';

/** A request to an admin route as someone (the super admin unless told). */
const call = (
  method: 'get' | 'post' | 'put' | 'delete',
  path: string,
  { as = 'superAdmin', query = {}, body }: { as?: Who; query?: object; body?: object } = {}
) => {
  const request = pressroom.http[method](path).query(query);
  if (as !== 'anonymous') request.set(bearer(tokens[as]));
  return body === undefined ? request : request.send(body);
};

const ok = async (response: Promise<any> | any) => {
  const answer = await response;
  expect({ status: answer.status, error: answer.body?.error }).toEqual({ status: 200, error: undefined });
  return answer.body;
};

const contentApiStats = async (query: object) => ok(pressroom.http.get('/api/syndication/stats').query(query));
const adminStats = async (query: object, as: Who = 'superAdmin') => ok(call('get', '/syndication/stats', { as, query }));
const mentionList = async (query: object, as: Who = 'superAdmin') => ok(call('get', '/syndication/mentions', { as, query }));
const total = async (query: object) => (await contentApiStats(query)).data.total;

let sequence = 0;
const handMade = (overrides: Record<string, unknown> = {}) => ({
  agency: 'tass',
  url: `https://tass.ru/mezhdunarodnaya-panorama/${20_000_000 + ++sequence}`,
  title: `Генсек ШОС выступил на форуме ${sequence}`,
  date: '2019-04-16T09:30:00+03:00',
  language: 'ru',
  ...overrides,
});

describe('who may do what', () => {
  // Requests that would succeed or fail on their own merits (400, 404) once past the policies,
  // so that nothing is changed whoever is allowed.
  test.each([
    ['get', '/syndication/stats', undefined, { superAdmin: 200, editor: 200, author: 200, nobody: 403, anonymous: 401 }],
    ['get', '/syndication/mentions', undefined, { superAdmin: 200, editor: 200, author: 200, nobody: 403, anonymous: 401 }],
    ['post', '/syndication/mentions', { data: {} }, { superAdmin: 400, editor: 400, author: 403, nobody: 403, anonymous: 401 }],
    [
      'delete',
      '/syndication/mentions/no-such-mention',
      undefined,
      { superAdmin: 404, editor: 404, author: 403, nobody: 403, anonymous: 401 },
    ],
    ['get', '/syndication/feeds', undefined, { superAdmin: 200, editor: 200, author: 200, nobody: 403, anonymous: 401 }],
    ['get', '/syndication/agencies', undefined, { superAdmin: 200, editor: 200, author: 200, nobody: 403, anonymous: 401 }],
    [
      'put',
      '/syndication/feeds/no-such-feed',
      { data: { enabled: false } },
      { superAdmin: 404, editor: 403, author: 403, nobody: 403, anonymous: 401 },
    ],
    ['post', '/syndication/feeds/no-such-feed/poll', {}, { superAdmin: 404, editor: 403, author: 403, nobody: 403, anonymous: 401 }],
  ] as const)('%s %s', async (method, path, body, expected) => {
    const answers: Record<string, number> = {};
    for (const who of Object.keys(expected) as Who[]) answers[who] = (await call(method, path, { as: who, body })).status;
    expect(answers).toEqual(expected);
  });

  test('the three actions are registered, and Editor and Author hold what Pressroom gives them', async () => {
    const registered = pressroom.strapi
      .service('admin::permission')
      .actionProvider.values()
      .map((action: any) => action.actionId);
    expect(registered).toEqual(
      expect.arrayContaining(['plugin::syndication.stats.read', 'plugin::syndication.mentions.manage', 'plugin::syndication.feeds.manage'])
    );
    const held = async (code: string) => {
      const role = await pressroom.strapi.db.query('admin::role').findOne({ where: { code } });
      const permissions = await pressroom.strapi.db
        .query('admin::permission')
        .findMany({ where: { role: role.id, action: { $startsWith: 'plugin::syndication.' } } });
      return permissions.map((permission: any) => permission.action).sort();
    };
    expect(await held('strapi-editor')).toEqual(['plugin::syndication.mentions.manage', 'plugin::syndication.stats.read']);
    expect(await held('strapi-author')).toEqual(['plugin::syndication.stats.read']);
    expect(await held(NO_PLUGIN_ROLE)).toEqual([]);
  });
});

describe('GET /syndication/stats', () => {
  test.each([
    [{ from: '2016-03-11', to: '2017-03-23' }],
    [{ from: '2016-06-01', to: '2016-08-31', interval: 'week', agency: ['xinhua', 'tass'], language: 'ru', locale: 'en' }],
    [{ interval: 'year', agency: 'tass', locale: 'zh' }],
    [{}],
  ])('answers what the content API answers for %o', async (query) => {
    const admin = await adminStats(query, 'author');
    expect(admin).toEqual(await contentApiStats(query));
  });

  test('an agency is named by documentId as well as by slug', async () => {
    const bySlug = await adminStats({ agency: 'xinhua', from: '2016-05-01', to: '2016-05-31' });
    const byId = await adminStats({ agency: agencies.xinhua, from: '2016-05-01', to: '2016-05-31' });
    expect(byId).toEqual(bySlug);
  });

  test('compare=previous adds the totals of the period of the same length just before', async () => {
    const query = { from: '2016-09-01', to: '2016-12-31', agency: ['xinhua', 'tass'] };
    const body = await adminStats({ ...query, compare: 'previous' });
    const { previous, ...current } = body.data;
    expect(current).toEqual((await contentApiStats(query)).data);
    // 122 days back: 2016-05-02 to 2016-08-31.
    expect(body.meta).toEqual({
      from: '2016-09-01',
      to: '2016-12-31',
      interval: 'month',
      previous: { from: '2016-05-02', to: '2016-08-31' },
    });
    const before = await contentApiStats({ ...query, from: '2016-05-02', to: '2016-08-31' });
    expect(previous).toEqual({ total: before.data.total, byAgency: before.data.byAgency, byLanguage: before.data.byLanguage });
    expect(previous.total).toBeGreaterThan(0);
  });

  test('an open range is compared with the days before its first mention', async () => {
    const body = await adminStats({ agency: 'xinhua', compare: 'previous' });
    expect(body.meta.to).toBe('2017-03-22');
    expect(body.meta.previous.to < body.meta.from).toBe(true);
    expect(body.data.previous.total).toBe(0);
  });

  test('each agency says its first and last mention within the period, equal to the mention rows', async () => {
    const query = { from: '2016-06-01', to: '2016-08-31' };
    const body = await adminStats(query);
    for (const entry of body.data.byAgency) {
      const days = await pressroom.strapi.db.query('plugin::syndication.mention').findMany({
        where: { agencyDocumentId: entry.agency.documentId, day: { $gte: query.from, $lte: query.to } },
        select: ['day'],
        orderBy: { day: 'asc' },
      });
      const text = (day: unknown) => new Date(day as string).toISOString().slice(0, 10);
      expect([entry.firstDay, entry.lastDay]).toEqual(days.length ? [text(days[0].day), text(days[days.length - 1].day)] : [null, null]);
    }
    const kazinform = await adminStats({ ...query, agency: 'kazinform' });
    expect(kazinform.data.byAgency).toEqual([expect.objectContaining({ count: 0, firstDay: null, lastDay: null })]);
  });

  test.each([
    [{ from: '11.03.2016' }, 'from'],
    [{ interval: 'fortnight' }, 'interval'],
    [{ agency: 'reuters' }, 'agency'],
    [{ locale: 'fr' }, 'locale'],
    [{ compare: 'last-year' }, 'compare'],
  ])('%o is answered 400 naming %s', async (query, parameter) => {
    const response = await call('get', '/syndication/stats', { query });
    expect(response.status).toBe(400);
    expect(response.body.error.details.parameter).toBe(parameter);
  });
});

describe('GET /syndication/agencies', () => {
  test('every agency, named in the locale asked for, with the day its partnership began', async () => {
    const body = await ok(call('get', '/syndication/agencies', { as: 'author', query: { locale: 'en' } }));
    expect(body.meta).toEqual({ contentType: 'api::media-partner.media-partner' });
    expect(body.data.map((agency: any) => [agency.slug, agency.since])).toEqual(
      expect.arrayContaining([
        ['xinhua', '2016-03-11'],
        ['tass', '2016-03-11'],
        ['kazinform', '2017-03-23'],
      ])
    );
    expect(body.data.find((agency: any) => agency.slug === 'xinhua')).toEqual({
      documentId: agencies.xinhua,
      slug: 'xinhua',
      name: expect.stringMatching(/Xinhua/),
      since: '2016-03-11',
    });
    expect((await call('get', '/syndication/agencies', { query: { locale: 'fr' } })).body.error.details.parameter).toBe('locale');
  });
});

describe('GET /syndication/mentions', () => {
  test('the total for an agency and a period equals the stats count, and every mention listed is of it', async () => {
    for (const query of [
      { agency: 'xinhua', from: '2016-06-01', to: '2016-08-31' },
      { agency: agencies.tass, from: '2016-03-11', to: '2016-03-31', language: 'en' },
      { agency: ['xinhua', 'tass'], from: '2017-01-01' },
      {},
    ]) {
      const body = await mentionList({ ...query, pageSize: 100 });
      expect(body.meta.pagination.total).toBe(await total(query));
      expect(body.meta.pagination.total).toBeGreaterThan(0);
      expect(body.data.length).toBe(Math.min(100, body.meta.pagination.total));
    }
    const xinhua = await mentionList({ agency: 'xinhua', from: '2016-06-01', to: '2016-08-31', pageSize: 100 });
    for (const mention of xinhua.data) {
      expect(mention.agency.slug).toBe('xinhua');
      expect(mention.publishedAt >= '2016-06-01' && mention.publishedAt < '2016-09-01').toBe(true);
    }
  });

  test('each mention: what it is, where, when, in which language, from which source; newest first', async () => {
    const body = await mentionList({ agency: 'tass', language: 'zh', locale: 'en' });
    expect(body.data[0]).toEqual({
      documentId: expect.any(String),
      title: expect.any(String),
      url: expect.stringMatching(/^https:\/\/tass\.ru\/pressroom-demo\//),
      agency: { documentId: agencies.tass, slug: 'tass', name: 'TASS Russian News Agency' },
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      dateEstimated: false,
      language: 'zh',
      source: 'demo',
      feed: null,
    });
    const dates = body.data.map((mention: any) => mention.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    const [latest] = await pressroom.strapi.db
      .connection(pressroom.strapi.db.metadata.get('plugin::syndication.mention').tableName)
      .where({ agency_document_id: agencies.tass, language: 'zh' })
      .orderBy([
        { column: 'date', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(1)
      .select('document_id');
    expect(body.data[0].documentId).toBe(latest.document_id);
  });

  test('pages: every mention of the filter exactly once, in order', async () => {
    const query = { agency: 'xinhua', from: '2016-10-01', to: '2016-10-31' };
    const expected = await total(query);
    const first = await mentionList({ ...query, pageSize: 7 });
    expect(first.meta.pagination).toEqual({ page: 1, pageSize: 7, pageCount: Math.ceil(expected / 7), total: expected });
    const seen: any[] = [...first.data];
    for (let page = 2; page <= first.meta.pagination.pageCount; page += 1) {
      const next = await mentionList({ ...query, pageSize: 7, page });
      expect(next.meta.pagination.page).toBe(page);
      seen.push(...next.data);
    }
    expect(seen).toHaveLength(expected);
    expect(new Set(seen.map((mention) => mention.documentId)).size).toBe(expected);
    const dates = seen.map((mention) => mention.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    const beyond = await mentionList({ ...query, pageSize: 7, page: first.meta.pagination.pageCount + 1 });
    expect(beyond.data).toEqual([]);
    expect(beyond.meta.pagination.total).toBe(expected);
  });

  describe('search', () => {
    /** Ground truth: every title and address, searched in JavaScript. */
    async function expectedMatches(text: string, filter: (row: any) => boolean = () => true) {
      const rows = await pressroom.strapi.db
        .connection(pressroom.strapi.db.metadata.get('plugin::syndication.mention').tableName)
        .select('title', 'url', 'agency_document_id', 'language');
      const needle = text.toLowerCase();
      return rows.filter((row: any) => filter(row) && (row.title.toLowerCase().includes(needle) || row.url.toLowerCase().includes(needle)))
        .length;
    }

    test.each(['шос', 'ШОС', 'ГенеральнЫЙ секретарь', 'secretary-general', '上合组织秘书长', 'SCO-0042', 'tass.ru/pressroom-demo/2016-05'])(
      '%s: titles whatever the case, and addresses',
      async (q) => {
        const body = await mentionList({ q, pageSize: 100 });
        const expected = await expectedMatches(q);
        expect(expected).toBeGreaterThan(0);
        expect(body.meta.pagination.total).toBe(expected);
        for (const mention of body.data) expect(`${mention.title} ${mention.url}`.toLowerCase()).toContain(q.toLowerCase());
      }
    );

    test('search and filters together', async () => {
      const body = await mentionList({ q: 'шос', agency: 'tass', language: 'ru' });
      expect(body.meta.pagination.total).toBe(
        await expectedMatches('шос', (row) => row.agency_document_id === agencies.tass && row.language === 'ru')
      );
      expect(body.meta.pagination.total).toBeLessThan(await total({ agency: 'tass', language: 'ru' }));
    });

    test('wildcards are searched for literally', async () => {
      for (const q of ['%', '_', '*', '?', '[ШОС]']) expect((await mentionList({ q })).meta.pagination.total).toBe(0);
    });
  });

  test.each([
    ['pageSize', { pageSize: '101' }],
    ['page', { page: '0' }],
    ['from', { from: '2017-01-01', to: '2016-01-01' }],
    ['agency', { agency: 'reuters' }],
    ['language', { language: 'klingon' }],
    ['q', { q: 'x'.repeat(201) }],
    ['locale', { locale: 'fr' }],
  ])('an invalid %s is answered 400 naming it', async (parameter, query) => {
    const response = await call('get', '/syndication/mentions', { query });
    expect(response.status).toBe(400);
    expect(response.body.error.details.parameter).toBe(parameter);
  });
});

describe('adding a mention by hand and deleting one', () => {
  const day = { agency: 'tass', from: '2019-04-16', to: '2019-04-16' };

  test('add: 201 with the mention, counted at once, found in the list', async () => {
    const before = await total(day);
    const response = await call('post', '/syndication/mentions', { as: 'editor', body: { data: handMade() } });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({
      documentId: expect.any(String),
      title: `Генсек ШОС выступил на форуме ${sequence}`,
      agency: { documentId: agencies.tass, slug: 'tass' },
      publishedAt: '2019-04-16T06:30:00.000Z',
      language: 'ru',
      source: 'manual',
      feed: null,
    });
    expect(await total(day)).toBe(before + 1);
    const listed = await mentionList({ ...day, q: `форуме ${sequence}` });
    expect(listed.data.map((mention: any) => mention.documentId)).toEqual([response.body.data.documentId]);
  });

  test('the same address with tracking parameters is a duplicate: 409 naming the stored mention', async () => {
    const original = handMade();
    const created = await call('post', '/syndication/mentions', { body: { data: original } });
    expect(created.status).toBe(201);
    const before = await total(day);

    const again = await call('post', '/syndication/mentions', {
      as: 'editor',
      body: {
        data: {
          ...original,
          url: `${original.url.replace('https://', 'http://www.')}/?utm_source=telegram&utm_medium=social#top`,
          title: 'Другой заголовок',
        },
      },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already counted/);
    expect(again.body.error.details).toMatchObject({
      parameter: 'url',
      mention: { documentId: created.body.data.documentId, source: 'manual' },
    });
    expect(await total(day)).toBe(before);
  });

  test('the same material added twice at once is stored once: one 201, one 409', async () => {
    const before = await total(day);
    const data = handMade();
    const answers = await Promise.all([
      call('post', '/syndication/mentions', { body: { data } }),
      call('post', '/syndication/mentions', { as: 'editor', body: { data: { ...data, url: `${data.url}?utm_campaign=twice` } } }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(await total(day)).toBe(before + 1);
  });

  test('a demo mention added again by hand is a duplicate too', async () => {
    const [demo] = (await mentionList({ agency: 'xinhua', pageSize: 1 })).data;
    const response = await call('post', '/syndication/mentions', {
      body: {
        data: {
          agency: 'xinhua',
          url: `${demo.url}?spm=C94212.P4YnMod9m2uD`,
          title: demo.title,
          date: demo.publishedAt,
          language: demo.language,
        },
      },
    });
    expect(response.status).toBe(409);
    expect(response.body.error.details.mention.documentId).toBe(demo.documentId);
  });

  test.each([
    ['an empty title', 'title', { data: handMade({ title: '' }) }, /title is required/],
    ['an address without a scheme', 'url', { data: handMade({ url: 'tass.ru/123' }) }, /url must be an http:\/\/ or https:\/\/ address/],
    ['an unknown agency', 'agency', { data: handMade({ agency: 'reuters' }) }, /agency "reuters" is unknown/],
    ['a date that is not ISO 8601', 'date', { data: handMade({ date: '16.04.2019' }) }, /date must be an ISO 8601 date/],
    ['a date in the future', 'date', { data: handMade({ date: '2999-01-01' }) }, /is in the future/],
    ['a language that is no ISO 639-1 code', 'language', { data: handMade({ language: 'russian' }) }, /language must be an ISO 639-1 code/],
    ['a list instead of one mention', 'data', { data: [handMade()] }, /data must be one mention/],
    ['no data', 'data', {}, /data is missing/],
  ])('%s is answered 400 naming %s; nothing is stored', async (_case, parameter, body, message) => {
    const before = await rawMentionCount(pressroom);
    const response = await call('post', '/syndication/mentions', { body });
    expect(response.status).toBe(400);
    expect(response.body.error.details.parameter).toBe(parameter);
    expect(response.body.error.message).toMatch(message);
    expect(await rawMentionCount(pressroom)).toBe(before);
  });

  test('delete: the counts go down by one in the stats and the list; a second delete is a 404', async () => {
    const period = { agency: 'xinhua', from: '2016-07-01', to: '2016-07-31' };
    const [victim] = (await mentionList({ ...period, pageSize: 1 })).data;
    const victimDay = { agency: 'xinhua', from: victim.publishedAt.slice(0, 10), to: victim.publishedAt.slice(0, 10) };
    const before = { month: await total(period), day: await total(victimDay), all: await total({}) };

    const deleted = await call('delete', `/syndication/mentions/${victim.documentId}`, { as: 'editor' });
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toEqual(victim);

    expect(await total(period)).toBe(before.month - 1);
    expect(await total(victimDay)).toBe(before.day - 1);
    expect(await total({})).toBe(before.all - 1);
    expect((await adminStats(period)).data.total).toBe(before.month - 1);
    expect((await mentionList(period)).meta.pagination.total).toBe(before.month - 1);

    const again = await call('delete', `/syndication/mentions/${victim.documentId}`, { as: 'editor' });
    expect(again.status).toBe(404);
    expect(again.body.error.message).toMatch(/already deleted/);
    expect(await total(period)).toBe(before.month - 1);
  });

  test('a mention added by hand can be deleted, and its rollup rows go with it', async () => {
    const lonely = { agency: 'kazinform', from: '2012-02-01', to: '2012-02-29' };
    const created = await call('post', '/syndication/mentions', {
      body: { data: handMade({ agency: 'kazinform', date: '2012-02-29T12:00:00Z' }) },
    });
    expect(created.status).toBe(201);
    expect(await total(lonely)).toBe(1);
    expect((await call('delete', `/syndication/mentions/${created.body.data.documentId}`)).status).toBe(200);
    expect(await total(lonely)).toBe(0);
    const rollups = (uid: string, where: object) =>
      pressroom.strapi.db.query(uid as any).count({ where: { agencyDocumentId: agencies.kazinform, ...where } });
    expect(await rollups('plugin::syndication.day-rollup', { day: '2012-02-29' })).toBe(0);
    expect(await rollups('plugin::syndication.month-rollup', { month: '2012-02' })).toBe(0);
  });

  test('deleting the same mention at once: one delete wins, the counts go down by exactly one', async () => {
    const period = { agency: 'tass', from: '2016-11-01', to: '2016-11-30' };
    const victims = (await mentionList({ ...period, pageSize: 2 })).data;
    const before = await total(period);

    const answers = await Promise.all([1, 2, 3].map(() => call('delete', `/syndication/mentions/${victims[0].documentId}`)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 404, 404]);
    expect(await total(period)).toBe(before - 1);

    const removals = await Promise.all(
      Array.from({ length: 5 }, () => pressroom.strapi.plugin('syndication').service('mentionStore').remove(victims[1].documentId))
    );
    expect(removals.filter(Boolean)).toHaveLength(1);
    expect(await total(period)).toBe(before - 2);

    const { drift } = await pressroom.strapi.plugin('syndication').service('rollups').reconcile({ repair: false });
    expect(drift).toEqual([]);
  });
});

describe('feeds', () => {
  let feedNumber = 0;
  async function createFeed(path: string, agency: string | null = 'kazinform') {
    const feed = await pressroom.strapi.documents(FEED as any).create({
      data: {
        name: `Admin feed ${++feedNumber}`,
        url: feedServer.url(path),
        language: 'auto',
        enabled: true,
        agency: agency ? agencies[agency] : null,
      },
    } as any);
    return feed.documentId as string;
  }

  test('the list shows each feed with its health, in plain words; mentions name their feed', async () => {
    feedServer.route(
      '/admin/good',
      serve(
        rss([
          { title: 'Саммит ШОС открылся в Астане', link: 'https://kazinform.test/admin/1', pubDate: 'Thu, 08 Jun 2017 09:00:00 GMT' },
          { title: 'Погода в Астане', link: 'https://kazinform.test/admin/2', pubDate: 'Thu, 08 Jun 2017 10:00:00 GMT' },
        ])
      )
    );
    feedServer.route('/admin/broken', (_request, response) => void response.writeHead(500).end());
    const good = await createFeed('/admin/good');
    const broken = await createFeed('/admin/broken');
    const unpolled = await createFeed('/admin/never', null);
    expect((await ok(call('post', `/syndication/feeds/${good}/poll`, { body: {} }))).data.status).toBe('ok');
    expect((await ok(call('post', `/syndication/feeds/${broken}/poll`, { body: {} }))).data.status).toBe('error');

    const feeds = (await ok(call('get', '/syndication/feeds', { as: 'author', query: { locale: 'en' } }))).data;
    const byId = Object.fromEntries(feeds.map((feed: any) => [feed.documentId, feed]));
    expect(byId[good]).toEqual({
      documentId: good,
      name: expect.stringMatching(/^Admin feed/),
      url: feedServer.url('/admin/good'),
      language: 'auto',
      enabled: true,
      agency: { documentId: agencies.kazinform, slug: 'kazinform', name: expect.any(String) },
      lastPolledAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      lastStatus: 'ok',
      lastError: null,
      lastErrorCode: null,
      lastErrorParams: null,
      itemsSeen: 2,
      mentionsFound: 1,
      itemsSkipped: 0,
      itemsSkippedReasons: {},
      datesEstimated: 0,
      encoding: 'utf-8',
      encodingSource: 'declaration',
    });
    expect(byId[broken]).toMatchObject({
      lastStatus: 'error',
      lastError: expect.stringMatching(/answered 500 Internal Server Error/),
      itemsSeen: 0,
    });
    expect(byId[broken]).toMatchObject({ lastErrorCode: 'http.status', lastErrorParams: { status: 500 } });
    expect(byId[unpolled]).toMatchObject({
      agency: null,
      lastPolledAt: null,
      lastStatus: null,
      lastError: null,
      itemsSeen: 0,
      mentionsFound: 0,
    });
    const names = feeds.map((feed: any) => feed.name);
    expect(names).toEqual([...names].sort());

    const found = await mentionList({ q: 'kazinform.test/admin/' });
    expect(found.data).toHaveLength(1);
    expect(found.data[0]).toMatchObject({ source: 'feed', feed: { documentId: good, name: byId[good].name } });
  });

  test('enable and disable: stored, shown, and a disabled feed is left out of polling', async () => {
    const feed = await createFeed('/admin/switch');
    feedServer.route('/admin/switch', serve(rss([])));
    const off = await ok(call('put', `/syndication/feeds/${feed}`, { body: { data: { enabled: false } } }));
    expect(off.data).toMatchObject({ documentId: feed, enabled: false });
    const listed = (await ok(call('get', '/syndication/feeds'))).data.find((entry: any) => entry.documentId === feed);
    expect(listed.enabled).toBe(false);
    const results = await pressroom.strapi.plugin('syndication').service('feeds').pollAll();
    expect(results[feed]).toBeUndefined();

    const on = await ok(call('put', `/syndication/feeds/${feed}`, { body: { data: { enabled: true } } }));
    expect(on.data.enabled).toBe(true);
    expect((await pressroom.strapi.db.query(FEED as any).findOne({ where: { documentId: feed } })).enabled).toBe(true);
  });

  test.each([
    [{ data: { enabled: 'no' } }, 'enabled'],
    [{ enabled: false }, 'enabled'],
    [{}, 'enabled'],
    [{ data: { enabled: true, url: 'https://evil.test/' } }, 'url'],
  ])('PUT %o is answered 400 naming %s', async (body, parameter) => {
    const feed = await createFeed('/admin/unchanged');
    const response = await call('put', `/syndication/feeds/${feed}`, { body });
    expect(response.status).toBe(400);
    expect(response.body.error.details.parameter).toBe(parameter);
    expect((await pressroom.strapi.db.query(FEED as any).findOne({ where: { documentId: feed } })).url).toBe(
      feedServer.url('/admin/unchanged')
    );
  });

  test('an unknown feed is a 404', async () => {
    const response = await call('put', '/syndication/feeds/no-such-feed', { body: { data: { enabled: true } } });
    expect(response.status).toBe(404);
  });
});
