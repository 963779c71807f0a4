/**
 * What the read cache promises, as a website and as press staff see it: every kind of write is
 * seen by the very next read on every reader, answers are separated by who may see them, drafts
 * and logged-in users are never cached. Run on one instance (in-process cache) and on two
 * instances sharing the database and Redis.
 */
import { createHash } from 'crypto';
import request from 'supertest';
import { ANNOUNCEMENT, CONTRACT, MEDIA_PARTNER } from '../../src/content-types';
import { createApiToken, loginAdmin } from './auth';
import { contentManagerAs, cm } from './content-manager';
import { bearer, path } from './http';
import type { Pressroom } from './pressroom';
import { primed } from './read-cache';

type Http = ReturnType<typeof request>;

export interface ReadCacheSetup {
  /** The in-process instance: writes go through it. */
  pressroom: () => Pressroom;
  /** Every instance a website may reach: each is primed before a write and read after it. */
  readers: () => { name: string; http: Http }[];
}

export function readCacheScenarios({ pressroom, readers }: ReadCacheSetup) {
  let fullAccess: string;
  let adminJwt: string;
  const http = () => pressroom().http;

  beforeAll(async () => {
    fullAccess = await createApiToken(pressroom(), 'full-access');
    adminJwt = await loginAdmin(pressroom());
  });

  /** Primes `url` on every reader, runs the write, then expects every reader's next answer to pass `check`. */
  async function writeThenRead(url: string, write: () => Promise<unknown>, check: (body: any, status: number) => void, headers = {}) {
    for (const reader of readers()) await primed(reader.http, url, headers);
    await write();
    for (const reader of readers()) {
      const response = await reader.http.get(url).set(headers);
      try {
        check(response.body, response.status);
      } catch (error) {
        throw new Error(`${reader.name} after the write: ${(error as Error).message}`, { cause: error });
      }
    }
  }

  const listUrl = (type: string, locale: string, extra: Record<string, unknown> = {}) =>
    path(`/api/${type}`, { locale, pagination: { pageSize: 100 }, ...extra });
  const names = (body: any, field = 'title') => (body.data ?? []).map((document: any) => document[field]);
  const documentIdOf = async (type: string, slug: string, locale = 'ru') =>
    (await http().get(path(`/api/${type}`, { locale, filters: { slug: { $eq: slug } } }))).body.data[0].documentId as string;
  const expectOk = (response: { status: number; body: unknown }, status = 200) => {
    if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${JSON.stringify(response.body)}`);
    return response;
  };

  describe('every write is seen by the next read', () => {
    test('create (REST)', async () => {
      await writeThenRead(
        listUrl('media-partners', 'en'),
        async () =>
          expectOk(
            await http()
              .post('/api/media-partners?locale=en')
              .set(bearer(fullAccess))
              .send({ data: { name: 'Cache Agency', slug: 'cache-agency', country: 'KZ', kind: 'news-agency' } }),
            201
          ),
        (body) => expect(names(body, 'name')).toContain('Cache Agency')
      );
    });

    test('update in one locale (REST), list and single', async () => {
      const documentId = await documentIdOf('announcements', 'sco-journalists-friends-day-2017', 'zh');
      const single = `/api/announcements/${documentId}?locale=zh`;
      for (const reader of readers()) await primed(reader.http, single);
      await writeThenRead(
        listUrl('announcements', 'zh'),
        async () =>
          expectOk(
            await http()
              .put(`/api/announcements/${documentId}?locale=zh`)
              .set(bearer(fullAccess))
              .send({ data: { title: '缓存更新' } })
          ),
        (body) => expect(names(body)).toContain('缓存更新')
      );
      for (const reader of readers()) expect((await reader.http.get(single)).body.data.title).toBe('缓存更新');
    });

    test('publish, unpublish and discard a draft (Content Manager)', async () => {
      const manager = contentManagerAs(http(), adminJwt);
      const created = expectOk(
        await manager.create(CONTRACT, 'en', {
          title: 'Cache contract',
          slug: 'cache-contract',
          number: 'C-1',
          signedOn: '2017-06-09',
          contractStatus: 'active',
        }),
        201
      );
      const documentId = created.body.data.documentId;
      const titles = (body: any) => names(body);

      await writeThenRead(
        listUrl('contracts', 'en'),
        async () => expectOk(await manager.publish(CONTRACT, documentId, 'en'), 200),
        (body) => expect(titles(body)).toContain('Cache contract')
      );
      await writeThenRead(
        listUrl('contracts', 'en'),
        async () =>
          expectOk(
            await http()
              .post(`${cm(CONTRACT, documentId, '/actions/unpublish')}?locale=en`)
              .set(bearer(adminJwt))
              .send({}),
            200
          ),
        (body) => expect(titles(body)).not.toContain('Cache contract')
      );
      // A draft edited and discarded: the public answer is the published version throughout.
      expectOk(await manager.publish(CONTRACT, documentId, 'en'), 200);
      expectOk(await manager.update(CONTRACT, documentId, 'en', { title: 'Cache contract (draft)' }), 200);
      await writeThenRead(
        listUrl('contracts', 'en'),
        async () =>
          expectOk(
            await http()
              .post(`${cm(CONTRACT, documentId, '/actions/discard')}?locale=en`)
              .set(bearer(adminJwt))
              .send({}),
            200
          ),
        (body) => expect(titles(body)).toContain('Cache contract')
      );
      for (const reader of readers()) {
        expect((await reader.http.get(listUrl('contracts', 'en'))).headers['x-read-cache']).toBe('hit');
      }
    });

    test('delete one locale (REST)', async () => {
      const documentId = await documentIdOf('photo-exhibitions', 'astana-photo-exhibition-2017', 'en');
      for (const reader of readers()) await primed(reader.http, `/api/photo-exhibitions/${documentId}?locale=en`);
      await writeThenRead(
        listUrl('photo-exhibitions', 'en'),
        async () => expectOk(await http().delete(`/api/photo-exhibitions/${documentId}?locale=en`).set(bearer(fullAccess)), 204),
        (body) => expect(body.data).toHaveLength(0)
      );
      for (const reader of readers()) {
        expect((await reader.http.get(`/api/photo-exhibitions/${documentId}?locale=en`)).status).toBe(404);
        expect((await reader.http.get(`/api/photo-exhibitions/${documentId}?locale=ru`)).status).toBe(200);
      }
    });

    test('a related document renamed: lists that populate it change', async () => {
      const documentId = await documentIdOf('media-partners', 'tass', 'ru');
      await writeThenRead(
        listUrl('announcements', 'ru', { populate: { mediaPartners: { fields: ['name'] } } }),
        async () =>
          expectOk(
            await http()
              .put(`/api/media-partners/${documentId}?locale=ru`)
              .set(bearer(fullAccess))
              .send({ data: { name: 'ТАСС (кэш)' } })
          ),
        (body) =>
          expect(body.data.flatMap((announcement: any) => announcement.mediaPartners.map((partner: any) => partner.name))).toContain(
            'ТАСС (кэш)'
          )
      );
    });

    test('media: a file renamed in the media library', async () => {
      // The file's own fields; its alternative text and caption come from each version (src/image-texts).
      const url = listUrl('announcements', 'ru', { populate: { cover: { fields: ['name'] } } });
      const announcement = (await http().get(url)).body.data.find((item: any) => item.cover);
      const file = await pressroom()
        .strapi.db.query('plugin::upload.file')
        .findOne({ where: { documentId: announcement.cover.documentId } });
      await writeThenRead(
        url,
        async () =>
          expectOk(
            await http()
              .post(`/upload?id=${file.id}`)
              .set(bearer(adminJwt))
              .field(
                'fileInfo',
                JSON.stringify({ name: 'renamed-by-the-cache-test.jpg', alternativeText: file.alternativeText, caption: file.caption })
              ),
            200
          ),
        (body) => expect(body.data.map((item: any) => item.cover?.name)).toContain('renamed-by-the-cache-test.jpg')
      );
    });

    test('locales: a new locale is listed', async () => {
      await writeThenRead(
        '/api/i18n/locales',
        async () =>
          expectOk(
            await http().post('/i18n/locales').set(bearer(adminJwt)).send({ code: 'fr', name: 'French (fr)', isDefault: false }),
            200
          ),
        (body) => expect(body.map((locale: any) => locale.code)).toContain('fr')
      );
    });

    test('public permissions: contracts taken from the public role are refused at once, then given back', async () => {
      const roles = (await http().get('/users-permissions/roles').set(bearer(adminJwt))).body.roles;
      const publicRole = roles.find((role: any) => role.type === 'public');
      const setContractRead = async (enabled: boolean) => {
        const { role } = (await http().get(`/users-permissions/roles/${publicRole.id}`).set(bearer(adminJwt))).body;
        const controllers = role.permissions['api::contract'].controllers.contract;
        controllers.find.enabled = enabled;
        controllers.findOne.enabled = enabled;
        expectOk(
          await http().put(`/users-permissions/roles/${publicRole.id}`).set(bearer(adminJwt)).send({
            name: role.name,
            description: role.description,
            permissions: role.permissions,
          })
        );
      };
      await writeThenRead(
        listUrl('contracts', 'ru'),
        () => setContractRead(false),
        (_body, status) => expect(status).toBe(403)
      );
      await setContractRead(true);
      for (const reader of readers()) expect((await reader.http.get(listUrl('contracts', 'ru'))).status).toBe(200);
    });

    test("an API token's permissions: a contract read taken away is refused at once", async () => {
      const token = await createApiToken(pressroom(), 'custom', [`${CONTRACT}.find`, `${ANNOUNCEMENT}.find`]);
      const { id } = await pressroom()
        .strapi.db.query('admin::api-token')
        .findOne({ where: { accessKey: pressroom().strapi.service('admin::api-token').hash(token) } });
      await writeThenRead(
        listUrl('contracts', 'ru'),
        async () =>
          expectOk(
            await http()
              .put(`/admin/api-tokens/${id}`)
              .set(bearer(adminJwt))
              .send({ permissions: [`${ANNOUNCEMENT}.find`] })
          ),
        (_body, status) => expect(status).toBe(403),
        bearer(token)
      );
    });

    test('syndication ingest: the stats count a new mention', async () => {
      const ingestToken = await createApiToken(pressroom(), 'custom', ['plugin::syndication.mention.ingest']);
      const before = (await http().get('/api/syndication/stats')).body.data.total;
      await writeThenRead(
        '/api/syndication/stats',
        async () =>
          expectOk(
            await http()
              .post('/api/syndication/mentions')
              .set(bearer(ingestToken))
              .send({
                data: [
                  {
                    agency: 'xinhua',
                    url: `https://www.xinhuanet.com/world/cache-${Date.now()}.htm`,
                    title: '上合组织 缓存',
                    date: '2017-01-15T08:30:00Z',
                    language: 'zh',
                  },
                ],
              })
          ),
        (body) => expect(body.data.total).toBe(before + 1)
      );
    });

    test('GraphQL: a mutation is seen by the next query over GET and POST', async () => {
      const documentId = await documentIdOf('media-partners', 'kazinform', 'en');
      const query = '{ mediaPartners(locale: "en", pagination: { limit: 100 }) { name } }';
      const getUrl = path('/graphql', { query });
      const preflight = { 'apollo-require-preflight': 'true' };
      await writeThenRead(
        getUrl,
        async () =>
          expectOk(
            await http()
              .post('/graphql')
              .set(bearer(fullAccess))
              .send({
                query: `mutation { updateMediaPartner(documentId: "${documentId}", locale: "en", data: { name: "Kazinform (cache)" }) { name } }`,
              })
          ),
        (body) => expect(body.data.mediaPartners.map((partner: any) => partner.name)).toContain('Kazinform (cache)'),
        preflight
      );
      const post = await http().post('/graphql').send({ query });
      expect(post.body.data.mediaPartners.map((partner: any) => partner.name)).toContain('Kazinform (cache)');
    });

    test('the Document Service outside any request (a scheduled publication)', async () => {
      const documentId = await documentIdOf('announcements', 'sco-foreign-ministers-council-2017', 'en');
      await writeThenRead(
        listUrl('announcements', 'en'),
        () =>
          pressroom()
            .strapi.documents(ANNOUNCEMENT)
            .update({ documentId, locale: 'en', data: { title: 'Scheduled by the cache test' }, status: 'published' } as any),
        (body) => expect(names(body)).toContain('Scheduled by the cache test')
      );
    });
  });

  describe('HTTP caching', () => {
    test('REST: ETag, Cache-Control, Vary and surrogate keys; 304 for If-None-Match on every instance', async () => {
      const url = listUrl('media-partners', 'ru', { populate: { contracts: { fields: ['title'] } } });
      const first = await http().get(url);
      expect(first.status).toBe(200);
      expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+/);
      expect(first.headers['cache-control']).toMatch(/stale-while-revalidate=\d+/);
      expect(first.headers.vary).toMatch(/Authorization/);
      expect(first.headers.vary).toMatch(/Accept-Encoding/);
      const keys = first.headers['surrogate-key'].split(' ');
      expect(keys).toEqual(expect.arrayContaining(['pressroom', 'media-partner']));
      for (const partner of first.body.data) {
        expect(keys).toContain(`doc-${partner.documentId}`);
        for (const contract of partner.contracts) expect(keys).toContain(`doc-${contract.documentId}`);
      }
      expect(first.headers['cache-tag'].split(',')).toEqual(keys);

      for (const reader of readers()) {
        const again = await reader.http.get(url).set('If-None-Match', first.headers.etag);
        expect(again.status).toBe(304);
        expect(again.text ?? '').toBe('');
        expect(again.headers.etag).toBe(first.headers.etag);
        expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
        expect(again.headers.vary).toBe(first.headers.vary);
        // A revalidating cache keeps the keys it stored with the 200 (RFC 9111 4.3.4).
        expect(again.headers['surrogate-key']).toBeUndefined();
        expect((await reader.http.get(url).set('If-None-Match', '"something-else"')).status).toBe(200);
      }
    });

    test('GraphQL over GET: ETag and 304; automatic persisted queries by their hash', async () => {
      const query = '{ announcements(locale: "ru") { documentId title } }';
      const sha256Hash = createHash('sha256').update(query).digest('hex');
      const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
      const preflight = { 'apollo-require-preflight': 'true' };

      const byHash = (reader: Http) => reader.get(path('/graphql', { extensions })).set(preflight);
      const unknown = await byHash(http());
      expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(unknown.headers['x-read-cache']).not.toBe('hit');
      // The client sends the query once with its hash; from then on the hash alone is enough.
      const registered = await http().get(path('/graphql', { query, extensions })).set(preflight);
      expect(registered.body.data.announcements.length).toBeGreaterThan(0);
      for (const reader of readers()) {
        const persisted = await primed(reader.http, path('/graphql', { extensions }), preflight);
        expect(persisted.body).toEqual(registered.body);
        expect(persisted.headers['cache-control']).toMatch(/^public/);
        expect(persisted.headers['surrogate-key'].split(' ')).toEqual(expect.arrayContaining(['pressroom', 'graphql']));
        const notModified = await byHash(reader.http).set('If-None-Match', persisted.headers.etag);
        expect(notModified.status).toBe(304);
      }
    });
    test('GraphQL over POST: each query its own answer, the second read from the cache', async () => {
      const partners = {
        query: 'query Partners($locale: I18NLocaleCode) { mediaPartners(locale: $locale) { name } }',
        variables: { locale: 'ru' },
      };
      const contracts = { query: '{ contracts(locale: "ru") { slug } }' };
      for (const [index, reader] of readers().entries()) {
        const first = await reader.http.post('/graphql').send(partners);
        const other = await reader.http.post('/graphql').send(contracts);
        expect(first.body.data.mediaPartners.length).toBeGreaterThan(0);
        expect(other.body.data.contracts.length).toBeGreaterThan(0);
        const again = await reader.http.post('/graphql').send({ variables: { locale: 'ru' }, query: partners.query });
        expect(again.headers['x-read-cache']).toBe('hit');
        expect(again.body).toEqual(first.body);
        // Other variables, another answer (the first reader computes it; the others may share it).
        const otherLocale = await reader.http.post('/graphql').send({ ...partners, variables: { locale: 'zh' } });
        if (index === 0) expect(otherLocale.headers['x-read-cache']).not.toBe('hit');
        expect(otherLocale.body.data.mediaPartners).not.toEqual(first.body.data.mediaPartners);
      }
    });
  });

  describe('who may see what', () => {
    test('a token that may not read contracts never gets a cached contract answer', async () => {
      const url = listUrl('contracts', 'ru');
      const announcementsOnly = await createApiToken(pressroom(), 'custom', [`${ANNOUNCEMENT}.find`]);
      for (const reader of readers()) {
        const contractsToo = await createApiToken(pressroom(), 'custom', [`${CONTRACT}.find`]);
        await primed(reader.http, url);
        await primed(reader.http, url, bearer(fullAccess));
        const refused = await reader.http.get(url).set(bearer(announcementsOnly));
        expect(refused.status).toBe(403);
        expect(refused.headers['x-read-cache']).toBeUndefined();
        // A token's answers are its own: the first read of another token goes to the database.
        const own = await reader.http.get(url).set(bearer(contractsToo));
        expect(own.status).toBe(200);
        expect(own.headers['x-read-cache']).not.toBe('hit');
        expect(own.headers['cache-control']).toBe('private, no-store');
      }
    });

    test('drafts are never cached, nor answers for a logged-in user', async () => {
      const drafts = listUrl('announcements', 'ru', { status: 'draft' });
      for (const reader of readers()) {
        for (let read = 0; read < 3; read += 1) {
          const response = await reader.http.get(drafts).set(bearer(fullAccess));
          expect(response.status).toBe(200);
          expect(response.headers['x-read-cache']).toBeUndefined();
          expect(response.headers['cache-control']).toBe('private, no-store');
        }
        // GraphQL drafts: refused to the public, never cached for a token either.
        const draftQuery = await reader.http
          .post('/graphql')
          .set(bearer(fullAccess))
          .send({ query: '{ announcements(locale: "ru", status: DRAFT) { title } }' });
        expect(draftQuery.headers['x-read-cache']).toBeUndefined();
      }

      // A users-permissions user (a member of a website) with read access of their own.
      const { strapi } = pressroom();
      const authenticated = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
      await strapi.db
        .query('plugin::users-permissions.permission')
        .create({ data: { action: `${MEDIA_PARTNER}.find`, role: authenticated.id } });
      await strapi.plugin('users-permissions').service('user').add({
        username: 'reader',
        email: 'reader@pressroom.test',
        password: 'Reader-Passw0rd',
        provider: 'local',
        confirmed: true,
        role: authenticated.id,
      });
      const login = await http().post('/api/auth/local').send({ identifier: 'reader@pressroom.test', password: 'Reader-Passw0rd' });
      expect(login.status).toBe(200);
      for (const reader of readers()) {
        for (let read = 0; read < 3; read += 1) {
          const response = await reader.http.get(listUrl('media-partners', 'ru')).set(bearer(login.body.jwt));
          expect(response.status).toBe(200);
          expect(response.headers['x-read-cache']).toBeUndefined();
          expect(response.headers['cache-control']).toBe('private, no-store');
        }
      }
    });
  });
}
