/**
 * Ingesting syndicated mentions through POST /api/syndication/mentions: who may, what is
 * refused and how, and exact counts under replays, URL variants, concurrency and failures.
 */
import { createApiToken, loginAdmin } from './helpers/auth';
import { expectLoggedErrors } from './helpers/expected-errors';
import { bearer } from './helpers/http';
import { startSecondInstance } from './helpers/instances';
import { startPressroom, type Pressroom } from './helpers/pressroom';
import { rawMentionCount, rawCountsByAgency, createRejectingTrigger } from './helpers/syndication';
import { COUNTS_CHANGED } from '../src/plugins/syndication/server/src/events';

let pressroom: Pressroom;
let token: string;

beforeAll(async () => {
  pressroom = await startPressroom({ seed: false });
  await pressroom.seed(); // the three agencies (and the demo mentions, counted as a baseline)
  token = await createApiToken(pressroom, 'custom', ['plugin::syndication.mention.ingest']);
});
afterAll(() => pressroom?.stop());

const ingest = (data: unknown, credentials: string | null = token) => {
  const call = pressroom.http.post('/api/syndication/mentions');
  if (credentials) call.set(bearer(credentials));
  return call.send(data as object);
};

let sequence = 0;
/** A fresh, valid mention of one agency. */
const mention = (overrides: Record<string, unknown> = {}) => ({
  agency: 'xinhua',
  url: `https://www.xinhuanet.com/world/2017-0${1 + (sequence % 9)}/${++sequence}.htm`,
  title: `上合组织秘书长会见记者 ${sequence}`,
  date: '2017-01-15T08:30:00Z',
  language: 'zh',
  ...overrides,
});

/** Stats total from the API, for comparing with raw counts. */
const statsTotal = async () => (await pressroom.http.get('/api/syndication/stats')).body.data.total;

async function expectCountsConsistent() {
  const raw = await rawMentionCount(pressroom);
  expect(await statsTotal()).toBe(raw);
  const byAgency = (await pressroom.http.get('/api/syndication/stats')).body.data.byAgency;
  const rawByAgency = await rawCountsByAgency(pressroom);
  for (const { agency, count } of byAgency) expect(count).toBe(rawByAgency[agency.documentId] ?? 0);
  const { drift } = await pressroom.strapi.plugin('syndication').service('rollups').reconcile({ repair: false });
  expect(drift).toEqual([]);
}

test('mentions, rollups and locks stay out of the Content Manager; feeds are edited there', async () => {
  const jwt = await loginAdmin(pressroom);
  const response = await pressroom.http.get('/content-manager/content-types').set(bearer(jwt));
  expect(response.status).toBe(200);
  const syndication = response.body.data.filter((type: any) => type.uid.startsWith('plugin::syndication.'));
  expect(syndication.map((type: any) => [type.uid, type.isDisplayed]).sort()).toEqual([
    ['plugin::syndication.day-rollup', false],
    ['plugin::syndication.feed', true],
    ['plugin::syndication.lock', false],
    ['plugin::syndication.mention', false],
    ['plugin::syndication.month-rollup', false],
  ]);
});

describe('who may ingest', () => {
  test('anonymous callers are refused', async () => {
    const response = await ingest({ data: [mention()] }, null);
    expect(response.status).toBe(403);
  });

  test('a read-only API token is refused', async () => {
    const response = await ingest({ data: [mention()] }, await createApiToken(pressroom, 'read-only'));
    expect(response.status).toBe(403);
  });

  test('a token holding only other permissions is refused', async () => {
    const other = await createApiToken(pressroom, 'custom', ['api::announcement.announcement.find']);
    expect((await ingest({ data: [mention()] }, other)).status).toBe(403);
  });

  test('a users-permissions user needs a role with the ingest permission', async () => {
    const { strapi, http } = pressroom;
    const roles = strapi.db.query('plugin::users-permissions.role');
    const authenticated = await roles.findOne({ where: { type: 'authenticated' } });
    const user = await strapi.plugin('users-permissions').service('user').add({
      username: 'monitor',
      email: 'monitor@pressroom.test',
      password: 'Monitor-passw0rd',
      provider: 'local',
      confirmed: true,
      role: authenticated.id,
    });
    const login = await http.post('/api/auth/local').send({ identifier: user.email, password: 'Monitor-passw0rd' });
    expect(login.status).toBe(200);
    expect((await ingest({ data: [mention()] }, login.body.jwt)).status).toBe(403);

    await strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'plugin::syndication.mention.ingest', role: authenticated.id } });
    const allowed = await ingest({ data: [mention()] }, login.body.jwt);
    expect(allowed.status).toBe(200);
    expect(allowed.body.data.created).toBe(1);
  });

  test('a full-access token may ingest', async () => {
    const response = await ingest({ data: [mention()] }, await createApiToken(pressroom, 'full-access'));
    expect(response.status).toBe(200);
  });
});

describe('malformed requests are refused whole, with the problem named', () => {
  const cases: [string, () => any, RegExp][] = [
    [
      'a body that is not JSON',
      () => {
        expectLoggedErrors(/in JSON at position/); // Strapi's body parser logs the parse error with its stack
        return pressroom.http
          .post('/api/syndication/mentions')
          .set(bearer(token))
          .set('Content-Type', 'application/json')
          .send('{"data": [ {');
      },
      /JSON/i,
    ],
    ['a JSON array instead of an object', () => ingest([mention()]), /The body must be a JSON object/],
    ['a body without data', () => ingest({ mentions: [mention()] }), /data is missing/],
    ['data that is not an array', () => ingest({ data: mention() }), /data must be an array of mentions/],
    ['empty data', () => ingest({ data: [] }), /data is empty/],
    [
      'more than 1000 mentions',
      () => ingest({ data: Array.from({ length: 1001 }, () => mention()) }),
      /data holds 1001 mentions; at most 1000 are accepted per request/,
    ],
  ];

  test.each(cases)('%s', async (_name, send, message) => {
    const before = await rawMentionCount(pressroom);
    const response = await send();
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect(await rawMentionCount(pressroom)).toBe(before);
  });
});

describe('each invalid item is reported by index and stored nowhere', () => {
  const invalid: [string, Record<string, unknown>, string][] = [
    ['unknown agency', { agency: 'reuters' }, 'agency "reuters" is unknown: use an agency\'s slug or documentId'],
    ['missing agency', { agency: undefined }, "agency is required: the agency's slug or documentId"],
    ['bad URL', { url: 'not a url' }, 'url must be an http:// or https:// address (got "not a url")'],
    [
      'non-web URL',
      { url: 'ftp://files.xinhuanet.com/a' },
      'url must be an http:// or https:// address (got "ftp://files.xinhuanet.com/a")',
    ],
    ['missing URL', { url: '' }, 'url is required'],
    ['too long URL', { url: `https://xinhuanet.com/${'a'.repeat(2100)}` }, 'url is longer than 2048 characters'],
    ['bad date', { date: '14.03.2016' }, 'date must be an ISO 8601 date or date-time (got "14.03.2016")'],
    ['impossible date', { date: '2017-02-30' }, 'date must be an ISO 8601 date or date-time (got "2017-02-30")'],
    ['missing date', { date: undefined }, 'date is required: ISO 8601, such as 2016-03-14 or 2016-03-14T09:30:00Z'],
    ['future date', { date: '2999-01-01' }, 'date 2999-01-01 is in the future'],
    ['missing title', { title: '   ' }, 'title is required'],
    ['too long title', { title: 'x'.repeat(1001) }, 'title is longer than 1000 characters'],
    ['unsupported language', { language: 'xx' }, 'language must be an ISO 639-1 code such as ru, zh or en (got "xx")'],
    ['missing language', { language: undefined }, 'language is required: ru, zh, en or another ISO 639-1 code'],
    ['non-string GUID', { guid: 42 }, 'guid must be a string'],
  ];

  test.each(invalid)('%s', async (_name, overrides, error) => {
    const before = await rawMentionCount(pressroom);
    const good = [mention(), mention()];
    const response = await ingest({ data: [good[0], mention(overrides), good[1]] });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ created: 2, duplicates: 0, rejected: [{ index: 1, error }] });
    expect(await rawMentionCount(pressroom)).toBe(before + 2);
  });

  test('a batch of only invalid items stores nothing', async () => {
    const before = await rawMentionCount(pressroom);
    const response = await ingest({ data: [mention({ language: 'klingon' }), 'not an object'] });
    expect(response.body.data.created).toBe(0);
    expect(response.body.data.rejected.map((entry: any) => entry.index)).toEqual([0, 1]);
    expect(response.body.data.rejected[1].error).toMatch(/each item must be an object/);
    expect(await rawMentionCount(pressroom)).toBe(before);
  });

  test('an agency may be named by documentId, and language tags are reduced to ISO 639-1', async () => {
    const tass = await pressroom.strapi.db.query('api::media-partner.media-partner').findOne({ where: { slug: 'tass' } });
    const response = await ingest({ data: [mention({ agency: tass.documentId, language: 'ru-RU' })] });
    expect(response.body.data).toEqual({ created: 1, duplicates: 0, rejected: [] });
  });
});

describe('the same material counts once', () => {
  test('a replayed batch changes nothing', async () => {
    const batch = Array.from({ length: 50 }, () => mention());
    const first = await ingest({ data: batch });
    expect(first.body.data).toEqual({ created: 50, duplicates: 0, rejected: [] });
    const total = await rawMentionCount(pressroom);
    const replay = await ingest({ data: batch });
    expect(replay.body.data).toEqual({ created: 0, duplicates: 50, rejected: [] });
    expect(await rawMentionCount(pressroom)).toBe(total);
    await expectCountsConsistent();
  });

  test('overlapping batches add only the new materials', async () => {
    const materials = Array.from({ length: 30 }, () => mention({ agency: 'tass', language: 'ru' }));
    expect((await ingest({ data: materials.slice(0, 20) })).body.data.created).toBe(20);
    expect((await ingest({ data: materials.slice(10, 30) })).body.data).toEqual({ created: 10, duplicates: 10, rejected: [] });
    await expectCountsConsistent();
  });

  test('variants of one address (scheme, www, case, port, slash, fragment, tracking, order) are one material', async () => {
    const variants = [
      'https://www.tass.ru/politika/4123456?page=2&lang=ru',
      'http://tass.ru/politika/4123456?lang=ru&page=2',
      'HTTPS://TASS.RU/politika/4123456/?page=2&lang=ru#comments',
      'https://tass.ru:443/politika/4123456?page=2&utm_source=telegram&utm_medium=social&lang=ru',
      'http://www.tass.ru:80/politika/4123456?lang=ru&fbclid=IwAR0abc&page=2&gclid=xyz&yclid=1&from=rss&ref=main',
    ];
    const response = await ingest({ data: variants.map((url) => mention({ agency: 'tass', url })) });
    expect(response.body.data).toEqual({ created: 1, duplicates: 4, rejected: [] });

    const distinct = await ingest({
      data: [
        mention({ agency: 'tass', url: 'https://tass.ru/politika/4123456?page=3&lang=ru' }),
        mention({ agency: 'tass', url: 'https://tass.ru/Politika/4123456?page=2&lang=ru' }),
        mention({ agency: 'xinhua', url: 'https://tass.ru/politika/4123456?page=2&lang=ru' }),
      ],
    });
    expect(distinct.body.data.created).toBe(3); // another page, another path, another agency
  });

  test('the same GUID from one agency is one material, whatever the address', async () => {
    const first = await ingest({ data: [mention({ guid: 'xinhua-2017-0042', url: 'https://xinhuanet.com/a/42' })] });
    expect(first.body.data.created).toBe(1);
    const moved = await ingest({
      data: [
        mention({ guid: 'xinhua-2017-0042', url: 'https://english.news.cn/a/42' }),
        mention({ guid: 'xinhua-2017-0042', url: 'https://xinhuanet.com/mobile/42' }),
      ],
    });
    expect(moved.body.data).toEqual({ created: 0, duplicates: 2, rejected: [] });
    const otherAgency = await ingest({ data: [mention({ agency: 'tass', guid: 'xinhua-2017-0042', url: 'https://tass.ru/a/42' })] });
    expect(otherAgency.body.data.created).toBe(1);
    await expectCountsConsistent();
  });
});

describe('concurrency', () => {
  /** A pool of materials, each posted under several address variants by several clients. */
  const pool = Array.from({ length: 400 }, (_, index) => ({
    agency: ['xinhua', 'tass', 'kazinform'][index % 3],
    path: `/concurrency/${index}`,
    title: `Material ${index}`,
    date: `2017-0${1 + (index % 6)}-1${index % 10}T12:00:00Z`,
    language: ['zh', 'ru', 'en'][index % 3],
  }));
  const hosts = { xinhua: 'xinhuanet.com', tass: 'tass.ru', kazinform: 'inform.kz' };
  const variant = (material: (typeof pool)[number], client: number) => ({
    agency: material.agency,
    url: `${client % 2 ? 'http' : 'https'}://${client % 3 ? 'www.' : ''}${hosts[material.agency]}${material.path}${client % 4 ? '/' : ''}?utm_campaign=c${client}`,
    title: material.title,
    date: material.date,
    language: material.language,
  });

  /** Client c posts three batches of 120 materials, overlapping the other clients' batches. */
  const batchesOf = (client: number) =>
    [0, 1, 2].map((round) =>
      Array.from({ length: 120 }, (_, offset) => pool[(client * 37 + round * 101 + offset * 3) % pool.length]).map((material) =>
        variant(material, client)
      )
    );

  const postedMaterials = (clients: number[]) =>
    new Set(
      clients.flatMap((client) =>
        batchesOf(client)
          .flat()
          .map((item) => `${item.agency}${item.title}`)
      )
    ).size;

  test('8 parallel clients posting overlapping batches: every distinct material counted once', async () => {
    const before = await rawMentionCount(pressroom);
    const clients = [0, 1, 2, 3, 4, 5, 6, 7];
    const responses = await Promise.all(clients.flatMap((client) => batchesOf(client).map((batch) => ingest({ data: batch }))));
    for (const response of responses) expect(response.status).toBe(200);

    const created = responses.reduce((sum, response) => sum + response.body.data.created, 0);
    const distinct = postedMaterials(clients);
    expect(created).toBe(distinct);
    expect(await rawMentionCount(pressroom)).toBe(before + distinct);
    await expectCountsConsistent();
  });

  const serverDatabase = (process.env.DATABASE_CLIENT ?? 'sqlite') !== 'sqlite';
  (serverDatabase ? test : test.skip)('two Strapi instances on one database, 8 clients: counted once', async () => {
    const second = await startSecondInstance();
    try {
      const before = await rawMentionCount(pressroom);
      const clients = [8, 9, 10, 11, 12, 13, 14, 15];
      const responses = await Promise.all(
        clients.flatMap((client) =>
          batchesOf(client).map((batch) =>
            (client % 2 ? second.http : pressroom.http).post('/api/syndication/mentions').set(bearer(token)).send({ data: batch })
          )
        )
      );
      for (const response of responses) expect(response.status).toBe(200);
      const created = responses.reduce((sum, response) => sum + response.body.data.created, 0);
      const already = postedMaterials([0, 1, 2, 3, 4, 5, 6, 7]);
      const all = postedMaterials([...clients, 0, 1, 2, 3, 4, 5, 6, 7]);
      expect(created).toBe(all - already);
      expect(await rawMentionCount(pressroom)).toBe(before + created);
      await expectCountsConsistent();
    } finally {
      await second.stop();
    }
  });
});

describe('a batch that fails half-way leaves nothing behind', () => {
  test.each([
    ['a mention row', 'mentions'],
    ['a day rollup row, after the mentions were inserted', 'dayRollups'],
    ['a month rollup row, after the day rollups were raised', 'monthRollups'],
  ] as const)('the database rejects %s; the replay converges', async (_name, table) => {
    const batch = [
      mention({ agency: 'kazinform', language: 'ru' }),
      mention({ agency: 'kazinform', language: 'ru', title: 'BOOM' }),
      mention({ agency: 'kazinform', language: 'fr' }),
    ];
    const before = await rawMentionCount(pressroom);
    const statsBefore = await statsTotal();
    const dropTrigger = await createRejectingTrigger(pressroom, table);
    try {
      const failed = await ingest({ data: batch });
      expect(failed.status).toBe(500);
      expect(await rawMentionCount(pressroom)).toBe(before);
      expect(await statsTotal()).toBe(statsBefore);
    } finally {
      await dropTrigger();
    }
    const replay = await ingest({ data: batch });
    expect(replay.body.data).toEqual({ created: 3, duplicates: 0, rejected: [] });
    await expectCountsConsistent();
  });
});

describe('rollups stay equal to the rows', () => {
  test('reconcile finds tampered rollups and repairs them', async () => {
    const { strapi } = pressroom;
    for (const uid of ['plugin::syndication.day-rollup', 'plugin::syndication.month-rollup']) {
      const { tableName } = strapi.db.metadata.get(uid as any);
      const [first] = await strapi.db.connection(tableName).select('id').orderBy('id').limit(1);
      await strapi.db.connection(tableName).where('id', first.id).increment('count', 5);
    }
    // A write under the app's back says so, or the read cache keeps answering what it knew.
    await strapi.eventHub.emit(COUNTS_CHANGED);
    // Whole months are read from the month rollups, partial ones from the day rollups.
    expect(await statsTotal()).toBe((await rawMentionCount(pressroom)) + 5);

    const service = strapi.plugin('syndication').service('rollups');
    const check = await service.reconcile({ repair: false });
    expect(check.drift.map((row: any) => [row.level, row.rolledUp - row.counted]).sort()).toEqual([
      ['day', 5],
      ['month', 5],
    ]);
    expect(check.repaired).toBe(false);

    const repair = await service.reconcile();
    expect(repair.repaired).toBe(true);
    await expectCountsConsistent();
  });
});
