/**
 * Backups with Strapi's own data transfer: `strapi export --no-encrypt` from one database and
 * `strapi import --force` into a fresh one give the same syndication figures for every agency and
 * period, the same mentions and feeds, the content in all three locales and its pictures. Into the
 * same kind of database, and from SQLite into PostgreSQL. Media on buckets (s3rver): the import
 * uploads the pictures through the destination's provider; on the local disk it would replace
 * public/uploads of the app it runs in (Strapi keeps a backup of that folder until it is done).
 */
import fs from 'fs';
import os from 'os';
import nodePath from 'path';
import { LOCALE_CODES } from '../src/locales';
import { ADMIN_PASSWORD, loginAdmin } from './helpers/auth';
import { createTestBucket, type TestBucket } from './helpers/bucket';
import { bearer, path } from './helpers/http';
import { runStrapi, startSecondInstance } from './helpers/instances';
import { fileUrls } from './helpers/pictures';
import { startPressroom, type Pressroom } from './helpers/pressroom';

const databases = require('../scripts/lib/databases.js');

const FEED = 'plugin::syndication.feed';
const TYPES = ['announcements', 'media-partners', 'contracts', 'photo-exhibitions'];
const AGENCIES = ['xinhua', 'tass', 'kazinform'];
const DESTINATION_ADMIN = 'restore@pressroom.test';
/** Seeding, exporting and importing each boot Strapi: room for a busy machine. */
const SLOW = 600_000;

type Http = Pressroom['http'];

let source: Pressroom;
let sourceBucket: TestBucket;
let sourceAdmin: string;
let workDir: string;
let archive: string;

beforeAll(async () => {
  sourceBucket = await createTestBucket();
  source = await startPressroom({ seed: true, env: sourceBucket.env });
  sourceAdmin = await loginAdmin(source);
  // A feed with a poll behind it (the poller writes its health fields below the Document
  // Service, as here): they travel too.
  const feed = await source.strapi.documents(FEED).create({
    data: { name: 'Xinhua: world (zh)', url: 'https://www.xinhuanet.com/world/news_world.xml', language: 'zh', enabled: true } as any,
  });
  await source.strapi.db.query(FEED).update({
    where: { documentId: feed.documentId },
    data: { lastStatus: 'ok', itemsSeen: 40, mentionsFound: 3, lastPolledAt: new Date('2017-03-23T08:00:00Z') },
  });
  workDir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'pressroom-backup-'));
  const exported = await runStrapi(['export', '--no-encrypt', '--no-compress', '-f', nodePath.join(workDir, 'backup')]);
  expect({ code: exported.code, output: exported.code === 0 ? '' : exported.output }).toEqual({ code: 0, output: '' });
  archive = nodePath.join(workDir, 'backup.tar');
}, SLOW);
afterAll(async () => {
  await source?.stop();
  await sourceBucket?.remove();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

/** Every figure the stats API gives, per agency, language and period, at each interval. */
async function allStats(http: Http) {
  const figures: Record<string, unknown> = {};
  for (const interval of ['day', 'month', 'year']) {
    for (const agency of [null, ...AGENCIES]) {
      const query: Record<string, string> = { interval, from: '2016-01-01', to: '2017-12-31', locale: 'en' };
      if (agency) query.agency = agency;
      const response = await http.get('/api/syndication/stats').query(query);
      expect(response.status).toBe(200);
      figures[`${interval} ${agency ?? 'all'}`] = response.body;
    }
  }
  return figures;
}

/** Every mention as the admin panel lists it, page by page. */
async function allMentions(http: Http, token: string) {
  const mentions: unknown[] = [];
  for (let page = 1; ; page++) {
    const response = await http.get('/syndication/mentions').query({ page, pageSize: 100 }).set(bearer(token));
    expect(response.status).toBe(200);
    mentions.push(...response.body.data);
    if (page >= response.body.meta.pagination.pageCount) return mentions;
  }
}

/** The published content of each type in each locale, pictures as bucket keys (the bucket differs). */
async function allContent(http: Http, keyOf: (url: string) => string | null) {
  const content: Record<string, unknown> = {};
  for (const type of TYPES) {
    for (const locale of LOCALE_CODES) {
      const response = await http.get(path(`/api/${type}`, { locale, populate: '*', sort: 'documentId', pagination: { pageSize: 100 } }));
      expect(response.status).toBe(200);
      content[`${type} ${locale}`] = JSON.parse(
        JSON.stringify(response.body.data, (key, value) => {
          if (key === 'id' || key === 'createdAt' || key === 'updatedAt' || key === 'publishedAt') return undefined;
          if (key === 'url' && typeof value === 'string') return keyOf(value) ?? value;
          return value;
        })
      );
    }
  }
  return content;
}

const sourceClient = databases.clientName();
const destinations: [string, string][] = [[`${sourceClient} into a fresh ${sourceClient} database`, sourceClient]];
if (sourceClient === 'sqlite') destinations.push(['sqlite into a fresh PostgreSQL database', 'postgres']);

describe.each(destinations)('export, then import: %s', (_name, destinationClient) => {
  const databaseName = databases.uniqueDatabaseName();
  let bucket: TestBucket;
  let destination: Awaited<ReturnType<typeof startSecondInstance>>;
  let destinationAdmin: string;

  beforeAll(async () => {
    bucket = await createTestBucket();
    const env = {
      ...bucket.env,
      ...(await databases.createDatabase(databaseName, destinationClient)),
      // Admin users are not part of a transfer: the restored panel gets its own first admin.
      ADMIN_EMAIL: DESTINATION_ADMIN,
      ADMIN_PASSWORD,
    };
    const imported = await runStrapi(['import', '-f', archive, '--force'], env);
    expect({ code: imported.code, output: imported.code === 0 ? '' : imported.output }).toEqual({ code: 0, output: '' });
    destination = await startSecondInstance(env);
    const login = await destination.http.post('/admin/login').send({ email: DESTINATION_ADMIN, password: ADMIN_PASSWORD });
    expect({ status: login.status, output: login.status === 200 ? '' : destination.output().slice(-4000) }).toEqual({
      status: 200,
      output: '',
    });
    destinationAdmin = login.body.data.token ?? login.body.data.accessToken;
  }, SLOW);
  afterAll(async () => {
    await destination?.stop();
    await databases.dropDatabase(databaseName, destinationClient);
    await bucket?.remove();
  });

  test('the same figures for every agency, language and period', async () => {
    const before = await allStats(source.http);
    expect((before['year all'] as any).data.total).toBe(1994);
    expect(await allStats(destination.http)).toEqual(before);
  });

  test('the same mentions, with their agencies and feeds', async () => {
    const before = await allMentions(source.http, sourceAdmin);
    expect(before).toHaveLength(1994);
    expect(await allMentions(destination.http, destinationAdmin)).toEqual(before);
    const feeds = (http: Http, token: string) => http.get('/syndication/feeds').set(bearer(token));
    const [sourceFeeds, destinationFeeds] = [await feeds(source.http, sourceAdmin), await feeds(destination.http, destinationAdmin)];
    expect(destinationFeeds.status).toBe(200);
    expect(destinationFeeds.body).toEqual(sourceFeeds.body);
    expect(JSON.stringify(destinationFeeds.body)).toContain('Xinhua: world (zh)');
  });

  test('the content in all three locales, its pictures in the new bucket and served', async () => {
    const before = await allContent(source.http, sourceBucket.keyOf);
    expect(Object.values(before).every((items) => (items as unknown[]).length > 0)).toBe(true);
    expect(await allContent(destination.http, bucket.keyOf)).toEqual(before);

    const restored = await destination.http.get(path('/api/announcements', { locale: 'zh', populate: { cover: true } }));
    const cover = restored.body.data.find((announcement: any) => announcement.cover)?.cover;
    expect(cover).toBeDefined();
    for (const url of fileUrls(cover)) {
      expect(bucket.keyOf(url)).not.toBeNull();
      expect({ url, status: (await fetch(url)).status }).toEqual({ url, status: 200 });
    }
  });
});
