/**
 * The translator workflow through the real admin API: locale-scoped roles, translation status
 * (missing, outdated, current) with its transitions, and locale fallback for websites.
 */
import { ANNOUNCEMENT, CONTRACT, MEDIA_PARTNER, PHOTO_EXHIBITION } from '../src/content-types';
import { loginAdmin } from './helpers/auth';
import { contentManagerAs } from './helpers/content-manager';
import { bearer, path } from './helpers/http';
import { startPressroom, type Pressroom } from './helpers/pressroom';

let pressroom: Pressroom;
let editor: string;
const translator: Record<string, string> = {};

beforeAll(async () => {
  pressroom = await startPressroom({ seed: true });
  editor = await loginAdmin(pressroom, { roleCode: 'strapi-editor' });
  for (const locale of ['ru', 'zh', 'en']) translator[locale] = await loginAdmin(pressroom, { roleCode: `translator-${locale}` });
});
afterAll(() => pressroom?.stop());

const as = (token: string) => ({
  ...contentManagerAs(pressroom.http, token),
  status: (uid: string, documentId: string) => pressroom.http.get(`/translation-status/documents/${uid}/${documentId}`).set(bearer(token)),
  review: (uid: string, documentId: string, locale: string) =>
    pressroom.http.post(`/translation-status/documents/${uid}/${documentId}/${locale}/review`).set(bearer(token)).send({}),
});

const documentIdOf = async (uid: string, slug: string) =>
  (await pressroom.strapi.db.query(uid as any).findOne({ where: { slug } })).documentId as string;

describe('translator roles', () => {
  test('exist for each locale with their codes', async () => {
    const roles = await pressroom.strapi.db.query('admin::role').findMany({ where: { code: { $startsWith: 'translator-' } } });
    expect(roles.map((role) => [role.code, role.name]).sort()).toEqual([
      ['translator-en', 'Translator (en)'],
      ['translator-ru', 'Translator (ru)'],
      ['translator-zh', 'Translator (zh)'],
    ]);
  });

  test('are brought back to the rule at every boot (bootstrap is idempotent)', async () => {
    const { strapi } = pressroom;
    const role = await strapi.db.query('admin::role').findOne({ where: { code: 'translator-zh' } });
    const permissions = () => strapi.db.query('admin::permission').count({ where: { role: role.id } });
    const before = await permissions();
    await strapi.service('admin::role').assignPermissions(role.id, []);
    expect(await permissions()).toBe(0);
    const { ensureTranslatorRoles } = require('../dist/src/roles');
    await ensureTranslatorRoles(strapi);
    await ensureTranslatorRoles(strapi);
    expect(await permissions()).toBe(before);
  });

  test('demo accounts, one per role, are made from the passwords in .env, once', async () => {
    const { strapi } = pressroom;
    const { ensureTranslatorAccounts } = require('../dist/src/seed/translator-accounts');
    const saved = { ...process.env };
    Object.assign(process.env, { TRANSLATOR_ZH_PASSWORD: 'Demo-Passw0rd-zh', TRANSLATOR_EN_PASSWORD: 'Demo-Passw0rd-en' });
    delete process.env.TRANSLATOR_RU_PASSWORD;
    try {
      await ensureTranslatorAccounts(strapi);
      await ensureTranslatorAccounts(strapi);
    } finally {
      process.env = saved;
    }
    const accounts = await strapi.db
      .query('admin::user')
      .findMany({ where: { email: { $endsWith: '@pressroom.local' } }, populate: ['roles'], orderBy: { email: 'asc' } });
    expect(accounts.map((user) => [user.email, user.roles.map((role) => role.code)])).toEqual([
      ['translator-en@pressroom.local', ['translator-en']],
      ['translator-zh@pressroom.local', ['translator-zh']],
    ]);
    const login = await pressroom.http.post('/admin/login').send({ email: 'translator-zh@pressroom.local', password: 'Demo-Passw0rd-zh' });
    expect(login.status).toBe(200);
  });

  describe.each([ANNOUNCEMENT, MEDIA_PARTNER, CONTRACT, PHOTO_EXHIBITION])('the zh translator on %s', (uid) => {
    const samples: Record<string, object> = {
      [ANNOUNCEMENT]: { title: '新公告', slug: 'translator-test', category: 'news' },
      [MEDIA_PARTNER]: { name: '新通讯社', slug: 'translator-test', country: 'CN', kind: 'news-agency' },
      [CONTRACT]: { title: '新协议', slug: 'translator-test', signedOn: '2020-01-01' },
      [PHOTO_EXHIBITION]: { title: '新图片展', slug: 'translator-test' },
    };
    let documentId: string;

    beforeAll(async () => {
      const created = await as(editor).create(uid, 'ru', { ...samples[uid], slug: `translator-test-${uid.split('.')[1]}` });
      expect({ status: created.status, error: created.body.error }).toEqual({ status: 201, error: undefined });
      documentId = created.body.data.documentId;
    });

    test('reads every locale', async () => {
      for (const locale of ['ru', 'zh', 'en']) expect((await as(translator.zh).list(uid, locale)).status).toBe(200);
      expect((await as(translator.zh).read(uid, documentId, 'ru')).status).toBe(200);
    });

    test('creates and updates the zh version', async () => {
      const created = await as(translator.zh).update(uid, documentId, 'zh', samples[uid]);
      expect(created.status).toBe(200);
      expect(created.body.data.locale).toBe('zh');
      const updated = await as(translator.zh).update(uid, documentId, 'zh', { ...samples[uid], slug: 'translator-test-2' });
      expect(updated.status).toBe(200);
    });

    test('may not create ru or en versions, nor new documents in them', async () => {
      expect((await as(translator.zh).update(uid, documentId, 'en', samples[uid])).status).toBe(403);
      expect((await as(translator.zh).create(uid, 'en', { ...samples[uid], slug: 'zh-made-en' })).status).toBe(403);
      expect((await as(translator.zh).create(uid, 'ru', { ...samples[uid], slug: 'zh-made-ru' })).status).toBe(403);
      const versions = await pressroom.strapi.db.query(uid as any).findMany({ where: { documentId }, select: ['locale'] });
      expect([...new Set(versions.map((version) => version.locale))].sort()).toEqual(['ru', 'zh']);
    });

    test('may not update ru', async () => {
      expect((await as(translator.zh).update(uid, documentId, 'ru', samples[uid])).status).toBe(403);
    });

    test('may not delete or publish, even in zh', async () => {
      expect((await as(translator.zh).remove(uid, documentId, 'zh')).status).toBe(403);
      expect((await as(translator.zh).publish(uid, documentId, 'zh')).status).toBe(403);
      expect((await as(translator.zh).publish(uid, documentId, 'ru')).status).toBe(403);
    });

    test('a new document, even in zh, is for editors and authors (its shared fields are theirs)', async () => {
      const created = await as(translator.zh).create(uid, 'zh', { ...samples[uid], slug: `zh-original-${uid.split('.')[1]}` });
      expect(created.status).toBe(403);
      expect(created.body.error.message).toMatch(/New documents are created by editors and authors/);
    });
  });

  test('the en translator may not touch the zh version of a seeded announcement, and vice versa', async () => {
    const documentId = await documentIdOf(ANNOUNCEMENT, 'sco-journalists-friends-day-2017');
    expect((await as(translator.en).update(ANNOUNCEMENT, documentId, 'zh', { title: 'x' })).status).toBe(403);
    expect((await as(translator.zh).update(ANNOUNCEMENT, documentId, 'en', { title: 'x' })).status).toBe(403);
    expect((await as(translator.ru).update(ANNOUNCEMENT, documentId, 'ru', { summary: 'Обновлено переводчиком' })).status).toBe(200);
  });

  test('the editor keeps full rights: every locale, publish and delete', async () => {
    const created = await as(editor).create(ANNOUNCEMENT, 'en', { title: 'Editor made', slug: 'editor-made', category: 'news' });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    expect((await as(editor).update(ANNOUNCEMENT, documentId, 'zh', { title: '编辑', slug: 'editor-made' })).status).toBe(200);
    expect((await as(editor).publish(ANNOUNCEMENT, documentId, 'en')).status).toBe(200);
    expect((await as(editor).remove(ANNOUNCEMENT, documentId, 'zh')).status).toBe(200);
  });
});

describe('translation status', () => {
  let documentId: string;
  const statuses = async (token = editor) => {
    const response = await as(token).status(ANNOUNCEMENT, documentId);
    expect(response.status).toBe(200);
    return Object.fromEntries(response.body.data.locales.map((entry: any) => [entry.locale, entry.status]));
  };

  test('a new ru document: ru current, zh and en missing', async () => {
    const created = await as(editor).create(ANNOUNCEMENT, 'ru', {
      title: 'Заседание Совета глав правительств',
      slug: 'status-test',
      summary: 'Первая версия',
      category: 'event',
    });
    documentId = created.body.data.documentId;
    expect(await statuses()).toEqual({ ru: 'current', zh: 'missing', en: 'missing' });
    const response = await as(editor).status(ANNOUNCEMENT, documentId);
    expect(response.body.data.sourceLocale).toBe('ru');
  });

  test('a new translation is current', async () => {
    expect(
      (
        await as(translator.zh).update(ANNOUNCEMENT, documentId, 'zh', {
          title: '政府首脑理事会会议',
          slug: 'status-test',
          summary: '第一版',
        })
      ).status
    ).toBe(200);
    expect(
      (
        await as(translator.en).update(ANNOUNCEMENT, documentId, 'en', {
          title: 'Council of Heads of Government',
          slug: 'status-test',
          summary: 'First version',
        })
      ).status
    ).toBe(200);
    expect(await statuses()).toEqual({ ru: 'current', zh: 'current', en: 'current' });
  });

  test('editing a non-localized field of the source, re-saving it unchanged or publishing it outdates nothing', async () => {
    expect((await as(editor).update(ANNOUNCEMENT, documentId, 'ru', { eventDate: '2017-06-01', category: 'news' })).status).toBe(200);
    expect(
      (await as(editor).update(ANNOUNCEMENT, documentId, 'ru', { title: 'Заседание Совета глав правительств', summary: 'Первая версия' }))
        .status
    ).toBe(200);
    expect((await as(editor).publish(ANNOUNCEMENT, documentId, 'ru')).status).toBe(200);
    expect(await statuses()).toEqual({ ru: 'current', zh: 'current', en: 'current' });
  });

  test('changing a localized field of the source outdates every translation', async () => {
    expect((await as(editor).update(ANNOUNCEMENT, documentId, 'ru', { summary: 'Вторая версия' })).status).toBe(200);
    expect(await statuses()).toEqual({ ru: 'current', zh: 'outdated', en: 'outdated' });
  });

  test('updating a translation makes it current again', async () => {
    expect((await as(translator.zh).update(ANNOUNCEMENT, documentId, 'zh', { summary: '第二版' })).status).toBe(200);
    expect(await statuses()).toEqual({ ru: 'current', zh: 'current', en: 'outdated' });
  });

  test('editing a translation does not outdate the source or the other translations', async () => {
    expect((await as(translator.zh).update(ANNOUNCEMENT, documentId, 'zh', { summary: '第二版（修订）' })).status).toBe(200);
    expect(await statuses()).toEqual({ ru: 'current', zh: 'current', en: 'outdated' });
  });

  test('a translator marks their own locale reviewed without changing text, and only their own', async () => {
    const refused = await as(translator.zh).review(ANNOUNCEMENT, documentId, 'en');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/only the locales you may edit/);
    const reviewed = await as(translator.en).review(ANNOUNCEMENT, documentId, 'en');
    expect(reviewed.status).toBe(200);
    expect(Object.fromEntries(reviewed.body.data.locales.map((entry: any) => [entry.locale, entry.status]))).toEqual({
      ru: 'current',
      zh: 'current',
      en: 'current',
    });
    const en = await pressroom.strapi.db.query(ANNOUNCEMENT).findOne({ where: { documentId, locale: 'en', publishedAt: null } });
    expect(en.summary).toBe('First version');
  });

  test('side panel data says which locales the viewer may review', async () => {
    const response = await as(translator.zh).status(ANNOUNCEMENT, documentId);
    expect(response.body.data.locales.map((entry: any) => [entry.locale, entry.canReview])).toEqual([
      ['ru', false],
      ['zh', true],
      ['en', false],
    ]);
  });

  test('deleting a locale makes it missing', async () => {
    expect((await as(editor).remove(ANNOUNCEMENT, documentId, 'en')).status).toBe(200);
    expect(await statuses()).toEqual({ ru: 'current', zh: 'current', en: 'missing' });
  });

  test('a document created in zh follows zh', async () => {
    const created = await as(editor).create(ANNOUNCEMENT, 'zh', { title: '中文原稿', slug: 'zh-source', category: 'news' });
    const zhDocument = created.body.data.documentId;
    expect((await as(editor).update(ANNOUNCEMENT, zhDocument, 'ru', { title: 'Перевод', slug: 'zh-source' })).status).toBe(200);
    expect((await as(translator.zh).update(ANNOUNCEMENT, zhDocument, 'zh', { title: '中文原稿（修改）' })).status).toBe(200);
    const response = await as(editor).status(ANNOUNCEMENT, zhDocument);
    expect(response.body.data.sourceLocale).toBe('zh');
    expect(Object.fromEntries(response.body.data.locales.map((entry: any) => [entry.locale, entry.status]))).toEqual({
      ru: 'outdated',
      zh: 'current',
      en: 'missing',
    });
  });

  test('writes through REST are followed too', async () => {
    const { createApiToken } = await import('./helpers/auth');
    const token = await createApiToken(pressroom, 'full-access');
    const response = await pressroom.http
      .put(`/api/announcements/${documentId}?locale=ru`)
      .set(bearer(token))
      .send({ data: { summary: 'Третья версия' } });
    expect(response.status).toBe(200);
    expect(await statuses()).toEqual({ ru: 'current', zh: 'outdated', en: 'missing' });
  });

  describe('summary and work lists', () => {
    test('the summary counts every content type × locale × status, equal to the lists', async () => {
      const response = await pressroom.http.get('/translation-status/summary').set(bearer(translator.zh));
      expect(response.status).toBe(200);
      const { locales, contentTypes } = response.body.data;
      expect(locales).toEqual(['ru', 'zh', 'en']);
      expect(contentTypes.map((type: any) => type.uid)).toEqual([ANNOUNCEMENT, CONTRACT, MEDIA_PARTNER, PHOTO_EXHIBITION]);
      for (const type of contentTypes) {
        for (const locale of locales) {
          const counts = type.counts[locale];
          expect(counts.missing + counts.outdated + counts.current).toBe(type.documents);
          for (const status of ['missing', 'outdated', 'current']) {
            const list = await pressroom.http
              .get(path('/translation-status/documents', { contentType: type.uid, locale, status, pageSize: 100 }))
              .set(bearer(editor));
            expect(list.body.meta.pagination.total).toBe(counts[status]);
          }
        }
      }
      const announcements = contentTypes.find((type: any) => type.uid === ANNOUNCEMENT);
      // This test's document, and the seeded one whose ru summary the ru translator edited above.
      expect(announcements.counts.zh.outdated).toBe(2);
      expect(announcements.counts.en.missing).toBeGreaterThanOrEqual(2);
    });

    test('a translator gets their own locale by default, with titles and dates', async () => {
      const response = await pressroom.http
        .get(path('/translation-status/documents', { contentType: ANNOUNCEMENT, status: 'outdated' }))
        .set(bearer(translator.zh));
      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(2);
      expect(response.body.data.map((item: any) => [item.locale, item.status])).toEqual([
        ['zh', 'outdated'],
        ['zh', 'outdated'],
      ]);
      const item = response.body.data.find((entry: any) => entry.documentId === documentId);
      expect(item).toEqual({
        documentId,
        title: '政府首脑理事会会议',
        locale: 'zh',
        status: 'outdated',
        sourceLocale: 'ru',
        sourceUpdatedAt: expect.any(String),
        translationUpdatedAt: expect.any(String),
      });
      expect(new Date(item.sourceUpdatedAt) > new Date(item.translationUpdatedAt)).toBe(true);
    });

    test('lists paginate; a missing version shows the source title', async () => {
      const first = await pressroom.http
        .get(path('/translation-status/documents', { contentType: ANNOUNCEMENT, locale: 'en', status: 'missing', page: 1, pageSize: 1 }))
        .set(bearer(editor));
      expect(first.body.data).toHaveLength(1);
      expect(first.body.data[0].translationUpdatedAt).toBeNull();
      expect(first.body.data[0].title).toEqual(expect.any(String));
      expect(first.body.meta.pagination).toMatchObject({ page: 1, pageSize: 1, pageCount: first.body.meta.pagination.total });
    });

    test.each([
      [{ contentType: 'api::nothing.nothing', locale: 'zh' }, 'contentType'],
      [{ contentType: ANNOUNCEMENT, locale: 'fr' }, 'locale'],
      [{ contentType: ANNOUNCEMENT, locale: 'zh', status: 'stale' }, 'status'],
      [{ contentType: ANNOUNCEMENT, locale: 'zh', page: '0' }, 'page'],
    ])('%o is a 400 naming %s', async (query, parameter) => {
      const response = await pressroom.http.get(path('/translation-status/documents', query)).set(bearer(editor));
      expect(response.status).toBe(400);
      expect(response.body.error.details.parameter).toBe(parameter);
    });

    test('an admin without the plugin permission gets 403; anonymous 401', async () => {
      const author = await loginAdmin(pressroom, { roleCode: 'strapi-author' });
      expect((await pressroom.http.get('/translation-status/summary').set(bearer(author))).status).toBe(403);
      expect((await pressroom.http.get('/translation-status/summary')).status).toBe(401);
    });
  });
});

describe('translation records stay out of the public GraphQL schema', () => {
  const schemaNames = async (token?: string) => {
    const request = pressroom.http.post('/graphql');
    if (token) request.set(bearer(token));
    const response = await request.send({
      query: '{ __schema { types { name } queryType { fields { name } } mutationType { fields { name } } } }',
    });
    expect(response.status).toBe(200);
    const { types, queryType, mutationType } = response.body.data.__schema;
    return [...types, ...queryType.fields, ...(mutationType?.fields ?? [])].map((entry: { name: string }) => entry.name);
  };

  test.each([
    ['anonymous (the public role)', async () => undefined],
    ['a full-access API token', async () => (await import('./helpers/auth')).createApiToken(pressroom, 'full-access')],
  ])('no type, query or mutation for them, asked by %s', async (_caller, token) => {
    const names = await schemaNames(await token());
    expect(names).toContain('Announcement');
    expect(names.filter((name) => /translationStatus/i.test(name))).toEqual([]);
  });
});

describe('locale fallback for websites', () => {
  // Three published announcements: ru only; ru + en; ru + an en draft that was never published.
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const documents = pressroom.strapi.documents(ANNOUNCEMENT);
    const ruOnly = await documents.create({
      locale: 'ru',
      status: 'published',
      data: { title: 'Только по-русски', slug: 'fb-ru-only', category: 'statement' },
    } as any);
    const both = await documents.create({
      locale: 'ru',
      status: 'published',
      data: { title: 'На двух языках', slug: 'fb-both', category: 'statement' },
    } as any);
    await documents.update({
      documentId: both.documentId,
      locale: 'en',
      status: 'published',
      data: { title: 'In two languages', slug: 'fb-both' },
    } as any);
    const draftEn = await documents.create({
      locale: 'ru',
      status: 'published',
      data: { title: 'Черновик перевода', slug: 'fb-draft-en', category: 'statement' },
    } as any);
    await documents.update({
      documentId: draftEn.documentId,
      locale: 'en',
      data: { title: 'UNPUBLISHED ENGLISH DRAFT', slug: 'fb-draft-en' },
    } as any);
    const draftOnly = await documents.create({
      locale: 'en',
      data: { title: 'Never published', slug: 'fb-draft-only', category: 'statement' },
    } as any);
    Object.assign(ids, { ruOnly: ruOnly.documentId, both: both.documentId, draftEn: draftEn.documentId, draftOnly: draftOnly.documentId });
  });

  const statements = (query: Record<string, unknown>) =>
    pressroom.http.get(path('/api/announcements', { filters: { category: 'statement' }, sort: 'slug', ...query }));

  test('without fallback, Strapi’s behaviour: only documents that have the locale', async () => {
    const response = await statements({ locale: 'en' });
    expect(response.body.data.map((item: any) => item.slug)).toEqual(['fb-both']);
  });

  test('with fallback, missing en versions come in ru, each saying so, each document once', async () => {
    const response = await statements({ locale: 'en', fallback: 'true' });
    expect(response.status).toBe(200);
    expect(response.body.data.map((item: any) => [item.slug, item.locale, item.title])).toEqual([
      ['fb-both', 'en', 'In two languages'],
      ['fb-draft-en', 'ru', 'Черновик перевода'],
      ['fb-ru-only', 'ru', 'Только по-русски'],
    ]);
    expect(response.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 3 });
  });

  test('pagination counts documents once', async () => {
    const page = await statements({ locale: 'en', fallback: 'true', pagination: { page: 2, pageSize: 2 } });
    expect(page.body.data.map((item: any) => item.slug)).toEqual(['fb-ru-only']);
    expect(page.body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
  });

  test('filters and sorting apply to the returned version', async () => {
    const english = await statements({
      locale: 'en',
      fallback: 'true',
      filters: { category: 'statement', title: { $startsWith: 'In two' } },
    });
    expect(english.body.data.map((item: any) => item.slug)).toEqual(['fb-both']);
    const russian = await statements({
      locale: 'en',
      fallback: 'true',
      filters: { category: 'statement', title: { $startsWith: 'На двух' } },
    });
    expect(russian.body.data).toEqual([]); // the returned version of fb-both is English
    const sorted = await statements({ locale: 'en', fallback: 'true', sort: 'title:desc' });
    expect(sorted.body.data.map((item: any) => item.title)).toEqual(['Черновик перевода', 'Только по-русски', 'In two languages']);
  });

  test('drafts never leak: not the unpublished en draft, not a never-published document', async () => {
    const response = await statements({ locale: 'en', fallback: 'true', pagination: { pageSize: 100 } });
    const titles = response.body.data.map((item: any) => item.title);
    expect(titles).not.toContain('UNPUBLISHED ENGLISH DRAFT');
    expect(titles).not.toContain('Never published');
    expect((await pressroom.http.get(`/api/announcements/${ids.draftOnly}?locale=en&fallback=true`)).status).toBe(404);
    expect((await statements({ locale: 'en', fallback: 'true', status: 'draft' })).status).toBeGreaterThanOrEqual(400);
  });

  test('single-document routes fall back too', async () => {
    const fellBack = await pressroom.http.get(`/api/announcements/${ids.ruOnly}?locale=zh&fallback=true`);
    expect(fellBack.status).toBe(200);
    expect(fellBack.body.data).toMatchObject({ documentId: ids.ruOnly, locale: 'ru', title: 'Только по-русски' });
    const own = await pressroom.http.get(`/api/announcements/${ids.both}?locale=en&fallback=true`);
    expect(own.body.data.locale).toBe('en');
    expect((await pressroom.http.get(`/api/announcements/${ids.ruOnly}?locale=zh`)).status).toBe(404);
  });

  test('relations and media are populated on fallback versions', async () => {
    const friendsDay = await documentIdOf(ANNOUNCEMENT, 'sco-journalists-friends-day-2017');
    await pressroom.strapi.documents(ANNOUNCEMENT).delete({ documentId: friendsDay, locale: 'en' } as any);
    const response = await pressroom.http.get(
      path(`/api/announcements/${friendsDay}`, {
        locale: 'en',
        fallback: 'true',
        populate: { mediaPartners: { fields: ['slug', 'locale'] }, cover: true },
      })
    );
    expect(response.body.data.locale).toBe('ru');
    expect(response.body.data.mediaPartners.map((partner: any) => [partner.slug, partner.locale]).sort()).toEqual([
      ['kazinform', 'ru'],
      ['tass', 'ru'],
      ['xinhua', 'ru'],
    ]);
    expect(response.body.data.cover.formats.thumbnail).toBeDefined();
  });

  test('a bad fallback value is a 400 naming it', async () => {
    const response = await statements({ locale: 'en', fallback: 'maybe' });
    expect(response.status).toBe(400);
    expect(response.body.error.details.parameter).toBe('fallback');
  });

  describe('GraphQL', () => {
    const graphql = (query: string, variables: Record<string, unknown> = {}) => pressroom.http.post('/graphql').send({ query, variables });

    test('fallback on the list query', async () => {
      const response = await graphql(`
        {
          announcements(locale: "en", fallback: true, filters: { category: { eq: "statement" } }, sort: "slug") {
            slug
            locale
            title
          }
        }
      `);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.announcements).toEqual([
        { slug: 'fb-both', locale: 'en', title: 'In two languages' },
        { slug: 'fb-draft-en', locale: 'ru', title: 'Черновик перевода' },
        { slug: 'fb-ru-only', locale: 'ru', title: 'Только по-русски' },
      ]);
    });

    test('pagination and relations on fallback versions', async () => {
      const response = await graphql(`
        {
          announcements(
            locale: "en"
            fallback: true
            filters: { category: { eq: "statement" } }
            sort: "slug"
            pagination: { page: 2, pageSize: 2 }
          ) {
            slug
            locale
          }
        }
      `);
      expect(response.body.data.announcements).toEqual([{ slug: 'fb-ru-only', locale: 'ru' }]);
    });

    test('fallback on the single query; without it, Strapi’s behaviour', async () => {
      const response = await graphql(
        `
          query One($id: ID!) {
            fallback: announcement(documentId: $id, locale: "zh", fallback: true) {
              locale
              title
            }
            plain: announcement(documentId: $id, locale: "zh") {
              locale
            }
          }
        `,
        { id: ids.ruOnly }
      );
      expect(response.body.data).toEqual({ fallback: { locale: 'ru', title: 'Только по-русски' }, plain: null });
    });

    test('drafts never leak through fallback', async () => {
      const response = await graphql(`
        {
          announcements(locale: "en", fallback: true, pagination: { pageSize: 100 }) {
            title
          }
        }
      `);
      const titles = response.body.data.announcements.map((item: any) => item.title);
      expect(titles).not.toContain('UNPUBLISHED ENGLISH DRAFT');
      expect(titles).not.toContain('Never published');
      const drafts = await graphql(`
        {
          announcements(locale: "en", fallback: true, status: DRAFT) {
            title
          }
        }
      `);
      expect(drafts.body.errors[0].message).toMatch(/Drafts are not public|published content only/);
    });
  });
});
