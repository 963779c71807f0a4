/**
 * GET /api/syndication/stats and its GraphQL twin, on the demo mentions of the press release:
 * the figures equal raw SQL counts of the rows, for every filter; parameters are checked; and
 * `mentionCount` on media partners costs one query however many partners are listed.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { createApiToken } from './helpers/auth';
import { bearer } from './helpers/http';
import { runScript } from './helpers/instances';
import { startPressroom, type Pressroom } from './helpers/pressroom';
import { rawMentionCount } from './helpers/syndication';

let pressroom: Pressroom;
let ids: Record<string, string>;

beforeAll(async () => {
  pressroom = await startPressroom({ seed: true });
  const partners = await pressroom.strapi.db
    .query('api::media-partner.media-partner')
    .findMany({ where: { locale: 'ru', publishedAt: { $notNull: true } }, select: ['documentId', 'slug'] });
  ids = Object.fromEntries(partners.map((partner) => [partner.slug, partner.documentId]));
});
afterAll(() => pressroom?.stop());

const stats = async (query: Record<string, string | string[]> = {}) => {
  const response = await pressroom.http.get('/api/syndication/stats').query(query);
  expect(response.status).toBe(200);
  return response.body;
};

const mentionsTable = () => pressroom.strapi.db.metadata.get('plugin::syndication.mention').tableName;

/** Raw count of mention rows between two UTC days (inclusive), optionally for agencies/languages. */
async function rawCount({ from, to, agencies, languages }: { from?: string; to?: string; agencies?: string[]; languages?: string[] }) {
  const query = pressroom.strapi.db.connection(mentionsTable()).count({ count: '*' });
  if (from) query.where('day', '>=', from);
  if (to) query.where('day', '<=', to);
  if (agencies)
    query.whereIn(
      'agency_document_id',
      agencies.map((slug) => ids[slug])
    );
  if (languages) query.whereIn('language', languages);
  const [{ count }] = await query;
  return Number(count);
}

describe('the demo figures of the press release', () => {
  test('about two thousand materials via Xinhua and TASS between the two dates', async () => {
    const body = await stats({ from: '2016-03-11', to: '2017-03-23' });
    expect(body.data.total).toBe(1994);
    expect(body.data.byAgency.map(({ agency, count }: any) => [agency.slug, count])).toEqual([
      ['xinhua', 1046],
      ['tass', 948],
    ]);
    expect(body.meta).toEqual({ from: '2016-03-11', to: '2017-03-23', interval: 'month' });
    expect(body.data.series.map((point: any) => point.period)).toEqual([
      '2016-03',
      '2016-04',
      '2016-05',
      '2016-06',
      '2016-07',
      '2016-08',
      '2016-09',
      '2016-10',
      '2016-11',
      '2016-12',
      '2017-01',
      '2017-02',
      '2017-03',
    ]);
  });

  test('every figure equals a raw count of the rows', async () => {
    const body = await stats();
    expect(body.data.total).toBe(await rawMentionCount(pressroom));
    for (const { agency, count } of body.data.byAgency) expect(count).toBe(await rawCount({ agencies: [agency.slug] }));
    for (const { language, count } of body.data.byLanguage) expect(count).toBe(await rawCount({ languages: [language] }));
    for (const point of body.data.series) {
      const [year, month] = point.period.split('-').map(Number);
      const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      expect(point.count).toBe(await rawCount({ from: `${point.period}-01`, to: last }));
      expect(point.byAgency.xinhua + point.byAgency.tass).toBe(point.count);
    }
    expect(body.meta).toEqual({ from: '2016-03-11', to: '2017-03-22', interval: 'month' });
  });

  test('agency names follow the locale asked for, and the default locale otherwise', async () => {
    const names = async (locale?: string) =>
      Object.fromEntries((await stats(locale ? { locale } : {})).data.byAgency.map(({ agency }: any) => [agency.slug, agency.name]));
    expect(await names('zh')).toEqual({ xinhua: '新华通讯社', tass: '俄罗斯塔斯社' });
    expect(await names('en')).toEqual({ xinhua: 'Xinhua News Agency', tass: 'TASS Russian News Agency' });
    expect(await names()).toEqual({ xinhua: 'Информационное агентство Синьхуа', tass: 'Информационное агентство России ТАСС' });
  });
});

describe('filters', () => {
  test('from and to are inclusive UTC days', async () => {
    const token = await createApiToken(pressroom, 'full-access');
    const edges = ['2018-05-01T00:00:00Z', '2018-05-31T23:59:59Z', '2018-06-01T00:00:00Z', '2018-05-01T02:00:00+05:00'];
    const response = await pressroom.http
      .post('/api/syndication/mentions')
      .set(bearer(token))
      .send({
        data: edges.map((date, index) => ({
          agency: 'kazinform',
          url: `https://inform.kz/edge/${index}`,
          title: 'Edge',
          date,
          language: 'ru',
        })),
      });
    expect(response.body.data.created).toBe(4);
    // 2018-05-01T02:00+05:00 is 2018-04-30 in UTC.
    expect((await stats({ from: '2018-05-01', to: '2018-05-31', agency: 'kazinform' })).data.total).toBe(2);
    expect((await stats({ from: '2018-04-30', to: '2018-04-30', agency: 'kazinform' })).data.total).toBe(1);
    expect((await stats({ from: '2018-06-01', agency: 'kazinform' })).data.total).toBe(1);
    expect((await stats({ to: '2018-04-30', agency: 'kazinform' })).data.total).toBe(1);
  });

  test('agency is repeatable; language filters; both match raw counts', async () => {
    const both = await stats({ agency: ['xinhua', 'tass'], from: '2016-06-01', to: '2016-08-31' });
    expect(both.data.total).toBe(await rawCount({ agencies: ['xinhua', 'tass'], from: '2016-06-01', to: '2016-08-31' }));
    const one = await stats({ agency: 'tass', language: 'en' });
    expect(one.data.total).toBe(await rawCount({ agencies: ['tass'], languages: ['en'] }));
    expect(one.data.byAgency.map(({ agency }: any) => agency.slug)).toEqual(['tass']);
    expect(one.data.byLanguage).toEqual([{ language: 'en', count: one.data.total }]);
  });

  test('an agency asked for without mentions is listed with zero', async () => {
    const body = await stats({ agency: 'kazinform', from: '2016-03-11', to: '2016-03-31' });
    expect(body.data.total).toBe(0);
    expect(body.data.byAgency).toEqual([
      { agency: { documentId: ids.kazinform, slug: 'kazinform', name: expect.any(String) }, count: 0, firstDay: null, lastDay: null },
    ]);
    expect(body.data.series).toEqual([{ period: '2016-03', count: 0, byAgency: { kazinform: 0 } }]);
  });

  test.each([
    ['day', '2016-03-11', '2016-03-17', ['2016-03-11', '2016-03-12', '2016-03-13', '2016-03-14', '2016-03-15', '2016-03-16', '2016-03-17']],
    ['week', '2016-12-26', '2017-01-15', ['2016-W52', '2017-W01', '2017-W02']],
    ['month', '2016-12-15', '2017-02-01', ['2016-12', '2017-01', '2017-02']],
    ['year', '2016-01-01', '2017-12-31', ['2016', '2017']],
  ])('interval %s buckets by UTC calendar', async (interval, from, to, periods) => {
    const body = await stats({ interval, from, to });
    expect(body.data.series.map((point: any) => point.period)).toEqual(periods);
    expect(body.data.series.reduce((sum: number, point: any) => sum + point.count, 0)).toBe(body.data.total);
    expect(body.data.total).toBe(await rawCount({ from, to }));
  });
});

describe('invalid parameters are answered 400 naming the parameter', () => {
  test.each([
    [{ from: '11.03.2016' }, 'from', /from must be an ISO 8601 date/],
    [{ to: 'yesterday' }, 'to', /to must be an ISO 8601 date/],
    [{ from: '2017-03-23', to: '2016-03-11' }, 'from', /from \(2017-03-23\) is after to \(2016-03-11\)/],
    [{ interval: 'fortnight' }, 'interval', /interval must be one of day, week, month, year/],
    [{ agency: 'reuters' }, 'agency', /agency: unknown agency "reuters"/],
    [{ language: 'klingon' }, 'language', /language must be an ISO 639-1 code/],
    [{ locale: 'fr' }, 'locale', /locale "fr" does not exist/],
    [{ interval: 'day', from: '2010-01-01', to: '2016-01-01' }, 'interval', /more than 1000 points/],
  ])('%o', async (query, parameter, message) => {
    const response = await pressroom.http.get('/api/syndication/stats').query(query);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect(response.body.error.details.parameter).toBe(parameter);
  });
});

describe('GraphQL', () => {
  const graphql = (query: string, variables: Record<string, unknown> = {}) => pressroom.http.post('/graphql').send({ query, variables });

  test('syndicationStats answers what REST answers', async () => {
    const query = { from: '2016-03-11', to: '2016-12-31', interval: 'month', agency: ['xinhua', 'tass'], language: ['zh', 'ru'] };
    const rest = await stats({ ...query, locale: 'en' });
    const response = await graphql(
      `
        query Stats($from: String, $to: String, $agency: [String!], $language: [String!]) {
          syndicationStats(from: $from, to: $to, interval: month, agency: $agency, language: $language, locale: "en") {
            total
            byAgency {
              agency {
                documentId
                slug
                name
              }
              count
              firstDay
              lastDay
            }
            byLanguage {
              language
              count
            }
            series {
              period
              count
              byAgency
            }
            meta {
              from
              to
              interval
            }
          }
        }
      `,
      query
    );
    expect(response.status).toBe(200);
    const { meta, ...data } = response.body.data.syndicationStats;
    expect(data).toEqual(rest.data);
    expect(meta).toEqual(rest.meta);
  });

  test('mentions and rollups are not exposed row by row', async () => {
    const response = await graphql(`
      {
        __schema {
          queryType {
            fields {
              name
            }
          }
        }
      }
    `);
    const names = response.body.data.__schema.queryType.fields.map((field: any) => field.name);
    expect(names).toContain('syndicationStats');
    expect(names.filter((name: string) => /mention|rollup/i.test(name))).toEqual([]);
  });

  test('invalid arguments are answered 400 naming the parameter', async () => {
    const response = await graphql(`
      {
        syndicationStats(from: "2017-03-23", to: "2016-03-11") {
          total
        }
      }
    `);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors[0].message).toMatch(/from \(2017-03-23\) is after to/);
  });

  test('mentionCount on media partners: right counts, the same queries however many partners', async () => {
    const query = `{ mediaPartners(locale: "en", pagination: { pageSize: 100 }) { slug mentionCount(from: "2016-03-11", to: "2017-03-23") } }`;

    const measure = async () => {
      const statements: string[] = [];
      // The embargo scheduler's rescan (two queries on embargo_actions every second) is not the request's.
      const listener = (query: { sql: string }) => {
        if (!query.sql.includes('embargo_actions')) statements.push(query.sql);
      };
      pressroom.strapi.db.connection.on('query', listener);
      try {
        const response = await graphql(query);
        expect(response.body.errors).toBeUndefined();
        return { partners: response.body.data.mediaPartners, statements };
      } finally {
        pressroom.strapi.db.connection.off('query', listener);
      }
    };
    const rollupQueries = (statements: string[]) => statements.filter((sql) => /syndication_(day|month)_rollups/.test(sql)).length;

    const few = await measure();
    expect(Object.fromEntries(few.partners.map((partner: any) => [partner.slug, partner.mentionCount]))).toEqual({
      xinhua: 1046,
      tass: 948,
      kazinform: 0,
    });
    // One stats query: the partial months at the ends of the range from the day rollups, the
    // whole months from the month rollups.
    expect(rollupQueries(few.statements)).toBe(3);

    for (let index = 0; index < 10; index += 1) {
      await pressroom.strapi.documents('api::media-partner.media-partner').create({
        locale: 'en',
        status: 'published',
        data: { name: `Agency ${index}`, slug: `agency-${index}`, country: 'KZ', kind: 'online' },
      } as any);
    }
    const many = await measure();
    expect(many.partners).toHaveLength(13);
    expect(rollupQueries(many.statements)).toBe(3);
    expect(many.statements.length).toBe(few.statements.length);
  });
});

describe('CSV import (npm run mentions:import)', () => {
  const csvFile = (name: string, content: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-csv-')), name);
    fs.writeFileSync(file, content);
    return file;
  };

  const CSV = [
    '\uFEFFagency,url,title,date,language,guid,excerpt',
    'kazinform,https://www.inform.kz/ru/sco-1,"Саммит ШОС в Астане, день первый",2017-06-08T09:00:00Z,ru,,',
    'kazinform,https://inform.kz/ru/sco-1/?utm_source=rss,"Дубликат по адресу",2017-06-08,ru,,',
    'kazinform,https://www.inform.kz/en/sco-2,SCO summit opens,2017-06-08,en,kz-2,"An excerpt, with a comma"',
    'reuters,https://reuters.com/sco,Unknown agency,2017-06-08,en,,',
    'kazinform,https://www.inform.kz/zh/sco-3,"上合组织峰会",08/06/2017,zh,,',
    '',
    'tass,https://tass.ru/sco-4,"A title with ""quotes""",2017-06-09,en,,',
  ].join('\r\n');

  test('imports valid rows, reports rejected lines, and adds nothing the second time', async () => {
    const file = csvFile('mentions.csv', CSV);
    const service = pressroom.strapi.plugin('syndication').service('csvImport');
    const progress: number[] = [];
    const first = await service.importCsv(fs.createReadStream(file), { onProgress: ({ bytes }: any) => progress.push(bytes) });
    expect(first).toEqual({
      rows: 6,
      created: 3,
      duplicates: 1,
      rejected: [
        { line: 5, error: 'agency "reuters" is unknown: use an agency\'s slug or documentId' },
        { line: 6, error: 'date must be an ISO 8601 date or date-time (got "08/06/2017")' },
      ],
    });
    expect(progress[progress.length - 1]).toBe(fs.statSync(file).size);

    const second = await service.importCsv(fs.createReadStream(file));
    expect(second.created).toBe(0);
    expect(second.duplicates).toBe(4);

    const stored = await pressroom.strapi.db.connection(mentionsTable()).where({ guid: 'kz-2' }).first();
    expect(stored.excerpt).toBe('An excerpt, with a comma');
    expect(stored.source).toBe('import');
  });

  test('a file without the required columns is refused before anything is stored', async () => {
    const before = await rawMentionCount(pressroom);
    const file = csvFile('wrong.csv', 'agency,link,title\nxinhua,https://x.cn,Title\n');
    await expect(pressroom.strapi.plugin('syndication').service('csvImport').importCsv(fs.createReadStream(file))).rejects.toThrow(
      /Line 1: the header row lacks url, date, language/
    );
    expect(await rawMentionCount(pressroom)).toBe(before);
  });

  test('the command streams a large file with a progress bar and a summary', async () => {
    const header = 'agency,url,title,date,language';
    const rows = Array.from({ length: 2500 }, (_, index) =>
      [index % 2 ? 'xinhua' : 'tass', `https://example-cli.test/${index}`, `CLI ${index}`, '2019-01-02', index % 2 ? 'zh' : 'ru'].join(',')
    );
    rows[1234] = 'tass,not-a-url,Broken,2019-01-02,ru';
    const file = csvFile('large.csv', [header, ...rows].join('\n'));

    const first = await runScript('mentions-import', [file]);
    expect(first.code).toBe(0);
    expect(first.output).toMatch(/Importing \|/);
    expect(first.output).toMatch(/2500 rows: 2499 created, 0 duplicates, 1 rejected\./);
    expect(first.output).toMatch(/1236: url must be an http:\/\/ or https:\/\/ address \(got "not-a-url"\)/);

    const again = await runScript('mentions-import', [file]);
    expect(again.output).toMatch(/2500 rows: 0 created, 2499 duplicates, 1 rejected\./);
  });

  test('the reconcile command reports no drift', async () => {
    const result = await runScript('mentions-reconcile', ['--check']);
    expect(result.output).toMatch(/No drift: the rollups equal a count of the mention rows/);
    expect(result.code).toBe(0);
  });
});
