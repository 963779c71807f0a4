/**
 * Alternative texts and captions per locale: websites get the text of the version they are served
 * (REST and GraphQL, with and without fallback), translators write their own locale's, a missing
 * one makes that locale not current, and too long a text is refused naming the field and its limit.
 */
import { ANNOUNCEMENT, MEDIA_PARTNER, PHOTO_EXHIBITION } from '../src/content-types';
import { createApiToken, loginAdmin } from './helpers/auth';
import { contentManagerAs } from './helpers/content-manager';
import { bearer, path } from './helpers/http';
import { appModule, startPressroom, type Pressroom } from './helpers/pressroom';

const { DEMO_IMAGES } = appModule('seed/images');
const LOCALES = ['ru', 'zh', 'en'] as const;
const FRIENDS_DAY = 'sco-journalists-friends-day-2017';

let pressroom: Pressroom;
let editor: string;
let translatorZh: string;
let token: string;
let image: number;

beforeAll(async () => {
  pressroom = await startPressroom({ seed: true });
  editor = await loginAdmin(pressroom, { roleCode: 'strapi-editor' });
  translatorZh = await loginAdmin(pressroom, { roleCode: 'translator-zh' });
  token = await createApiToken(pressroom, 'full-access');
  const file = await pressroom.strapi.db.query('plugin::upload.file').findOne({ where: { name: DEMO_IMAGES.ishim.fileName } });
  image = file.id;
});
afterAll(() => pressroom?.stop());

const as = (jwt: string) => contentManagerAs(pressroom.http, jwt);
const ok = (response: { status: number; body: any }, status = 200) =>
  expect({ status: response.status, error: response.body.error }).toEqual({ status, error: undefined });
const graphql = (query: string, variables: Record<string, unknown> = {}) => pressroom.http.post('/graphql').send({ query, variables });
const documentIdOf = async (uid: string, slug: string) =>
  (await pressroom.strapi.db.query(uid as any).findOne({ where: { slug, locale: 'ru' } })).documentId as string;

describe('REST', () => {
  test.each(LOCALES)('%s: the cover, the logos and the photos carry that locale’s texts', async (locale) => {
    const response = await pressroom.http.get(
      path('/api/announcements', {
        locale,
        filters: { slug: { $eq: FRIENDS_DAY } },
        populate: {
          cover: true,
          mediaPartners: { populate: ['logo'] },
          photoExhibitions: { populate: { photos: { populate: ['image'] } } },
        },
      })
    );
    expect(response.status).toBe(200);
    const [announcement] = response.body.data;
    expect(announcement.cover).toMatchObject(DEMO_IMAGES.secretariat.text[locale]);
    expect(announcement.cover.url).toMatch(/^\/uploads\//);
    const logos = Object.fromEntries(announcement.mediaPartners.map((partner: any) => [partner.slug, partner.logo.alternativeText]));
    expect(logos).toEqual({
      xinhua: DEMO_IMAGES.xinhuaLogo.text[locale].alternativeText,
      tass: DEMO_IMAGES.tassLogo.text[locale].alternativeText,
      kazinform: DEMO_IMAGES.kazinformLogo.text[locale].alternativeText,
    });
    const [photo] = announcement.photoExhibitions[0].photos;
    expect(photo.image.alternativeText).toBe(DEMO_IMAGES.baiterek.text[locale].alternativeText);
    expect(photo.image.caption).toBe(photo.caption);
    expect(photo.alternativeText).toBe(DEMO_IMAGES.baiterek.text[locale].alternativeText);
  });

  test('findOne, and the component itself on request', async () => {
    const documentId = await documentIdOf(MEDIA_PARTNER, 'tass');
    const response = await pressroom.http.get(path(`/api/media-partners/${documentId}`, { locale: 'zh', populate: ['logo', 'logoText'] }));
    expect(response.status).toBe(200);
    expect(response.body.data.logo.alternativeText).toBe('塔斯社标志（演示用）');
    expect(response.body.data.logoText).toMatchObject({ alternativeText: '塔斯社标志（演示用）', caption: null });
  });

  test('the file fields a request selects are the ones it gets', async () => {
    const response = await pressroom.http.get(
      path('/api/announcements', {
        locale: 'en',
        filters: { slug: { $eq: FRIENDS_DAY } },
        populate: { cover: { fields: ['url', 'alternativeText'] } },
      })
    );
    expect(Object.keys(response.body.data[0].cover).sort()).toEqual(['alternativeText', 'documentId', 'id', 'url']);
    expect(response.body.data[0].cover.alternativeText).toBe(DEMO_IMAGES.secretariat.text.en.alternativeText);
  });
});

describe('fallback and a version without texts', () => {
  let documentId: string;
  beforeAll(async () => {
    const created = await pressroom.http
      .post('/api/announcements?locale=ru&populate=cover')
      .set(bearer(token))
      .send({
        data: {
          title: 'Набережная',
          slug: 'embankment',
          category: 'news',
          cover: image,
          coverText: { alternativeText: 'Набережная Ишима', caption: 'Астана, вечер' },
        },
      });
    ok(created, 201);
    documentId = created.body.data.documentId;
    expect(created.body.data.cover).toMatchObject({ alternativeText: 'Набережная Ишима', caption: 'Астана, вечер' });
  });

  test('REST fallback=true: the ru version, with its ru texts', async () => {
    for (const url of [
      path('/api/announcements', { locale: 'en', fallback: true, filters: { slug: { $eq: 'embankment' } }, populate: ['cover'] }),
      path(`/api/announcements/${documentId}`, { locale: 'zh', fallback: true, populate: ['cover'] }),
    ]) {
      const response = await pressroom.http.get(url);
      expect(response.status).toBe(200);
      const announcement = Array.isArray(response.body.data) ? response.body.data[0] : response.body.data;
      expect(announcement.locale).toBe('ru');
      expect(announcement.cover).toMatchObject({ alternativeText: 'Набережная Ишима', caption: 'Астана, вечер' });
    }
  });

  test('GraphQL fallback: true: the ru texts', async () => {
    const response = await graphql(
      `
        query ($id: ID!) {
          announcement(documentId: $id, locale: "en", fallback: true) {
            locale
            cover {
              alternativeText
              caption
            }
          }
        }
      `,
      { id: documentId }
    );
    expect(response.body).toEqual({
      data: { announcement: { locale: 'ru', cover: { alternativeText: 'Набережная Ишима', caption: 'Астана, вечер' } } },
    });
  });

  test('an en version without its own texts gets none, never the Russian ones', async () => {
    ok(
      await pressroom.http
        .put(`/api/announcements/${documentId}?locale=en`)
        .set(bearer(token))
        .send({ data: { title: 'Embankment', slug: 'embankment' } })
    );
    const rest = await pressroom.http.get(path(`/api/announcements/${documentId}`, { locale: 'en', populate: ['cover'] }));
    expect(rest.body.data.cover).toMatchObject({ id: image, alternativeText: null, caption: null });
    const gql = await graphql(
      `
        query ($id: ID!) {
          announcement(documentId: $id, locale: "en") {
            cover {
              alternativeText
              caption
            }
          }
        }
      `,
      {
        id: documentId,
      }
    );
    expect(gql.body.data.announcement.cover).toEqual({ alternativeText: null, caption: null });
  });
});

describe('GraphQL', () => {
  test('the texts of a list’s covers are read in one query, however many covers', async () => {
    const texts: string[] = [];
    const listener = (query: { sql: string }) => {
      if (/components_media_image_texts/.test(query.sql)) texts.push(query.sql);
    };
    pressroom.strapi.db.connection.on('query', listener);
    try {
      const response = await graphql(`
        {
          announcements(locale: "ru", filters: { slug: { in: ["${FRIENDS_DAY}", "embankment"] } }) {
            cover {
              alternativeText
            }
          }
        }
      `);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.announcements).toHaveLength(2);
      expect(response.body.data.announcements.every((announcement: any) => typeof announcement.cover.alternativeText === 'string')).toBe(
        true
      );
    } finally {
      pressroom.strapi.db.connection.off('query', listener);
    }
    expect(texts).toHaveLength(1);
  });

  test.each(LOCALES)('%s: cover, logos and photos with that locale’s texts, and the components as fields', async (locale) => {
    const response = await graphql(
      `query ($locale: I18NLocaleCode) {
        announcements(locale: $locale, filters: { slug: { eq: "${FRIENDS_DAY}" } }) {
          cover { url alternativeText caption }
          coverText { alternativeText caption }
          mediaPartners(sort: "slug") { slug logo { alternativeText } logoText { alternativeText } }
          photoExhibitions { photos { caption alternativeText image { alternativeText caption } } }
        }
      }`,
      { locale }
    );
    expect(response.body.errors).toBeUndefined();
    const [announcement] = response.body.data.announcements;
    const cover = DEMO_IMAGES.secretariat.text[locale];
    expect(announcement.cover).toMatchObject(cover);
    expect(announcement.coverText).toEqual(cover);
    expect(
      announcement.mediaPartners.map((partner: any) => [partner.slug, partner.logo.alternativeText, partner.logoText.alternativeText])
    ).toEqual([
      ['kazinform', DEMO_IMAGES.kazinformLogo.text[locale].alternativeText, DEMO_IMAGES.kazinformLogo.text[locale].alternativeText],
      ['tass', DEMO_IMAGES.tassLogo.text[locale].alternativeText, DEMO_IMAGES.tassLogo.text[locale].alternativeText],
      ['xinhua', DEMO_IMAGES.xinhuaLogo.text[locale].alternativeText, DEMO_IMAGES.xinhuaLogo.text[locale].alternativeText],
    ]);
    const photos = announcement.photoExhibitions[0].photos;
    expect(photos).toHaveLength(4);
    for (const photo of photos) expect(photo.image).toEqual({ alternativeText: photo.alternativeText, caption: photo.caption });
    expect(photos[0].alternativeText).toBe(DEMO_IMAGES.baiterek.text[locale].alternativeText);
  });
});

describe('translators, translation status and validation', () => {
  let documentId: string;
  const statusOf = async (locale: string) => {
    const response = await pressroom.http.get(`/translation-status/documents/${ANNOUNCEMENT}/${documentId}`).set(bearer(editor));
    expect(response.status).toBe(200);
    return response.body.data.locales.find((entry: any) => entry.locale === locale);
  };

  beforeAll(async () => {
    const created = await as(editor).create(ANNOUNCEMENT, 'ru', {
      title: 'Пресс-конференция',
      category: 'event',
      cover: image,
      coverText: { alternativeText: 'Зал пресс-конференций', caption: null },
    });
    ok(created, 201);
    documentId = created.body.data.documentId;
  });

  test('a zh version without alternative text is not current, and says why', async () => {
    ok(await as(translatorZh).update(ANNOUNCEMENT, documentId, 'zh', { title: '新闻发布会' }));
    expect(await statusOf('ru')).toMatchObject({ status: 'current', missingAltTexts: [] });
    expect(await statusOf('zh')).toMatchObject({ status: 'outdated', missingAltTexts: ['coverText.alternativeText'] });
  });

  test('the zh translator writes the zh alternative text; the translation is current', async () => {
    ok(
      await as(translatorZh).update(ANNOUNCEMENT, documentId, 'zh', { title: '新闻发布会', coverText: { alternativeText: '新闻发布厅' } })
    );
    expect(await statusOf('zh')).toMatchObject({ status: 'current', missingAltTexts: [] });
    // Not published yet: the preview's view, with a token.
    const zh = await pressroom.http
      .get(path(`/api/announcements/${documentId}`, { locale: 'zh', status: 'draft', populate: ['cover'] }))
      .set(bearer(token));
    expect(zh.body.data.cover.alternativeText).toBe('新闻发布厅');
  });

  test('the zh translator may not change the ru alternative text', async () => {
    const response = await as(translatorZh).update(ANNOUNCEMENT, documentId, 'ru', { coverText: { alternativeText: '改写' } });
    expect(response.status).toBe(403);
    const ru = await as(editor).read(ANNOUNCEMENT, documentId, 'ru');
    expect(ru.body.data.coverText.alternativeText).toBe('Зал пресс-конференций');
  });

  test('a changed ru alternative text outdates the zh translation', async () => {
    ok(await as(editor).update(ANNOUNCEMENT, documentId, 'ru', { coverText: { alternativeText: 'Большой зал пресс-конференций' } }));
    expect((await statusOf('zh')).status).toBe('outdated');
  });

  test('an exhibition photo without its alternative text makes that locale not current', async () => {
    const created = await as(editor).create(PHOTO_EXHIBITION, 'ru', {
      title: 'Выставка',
      photos: [
        { image, alternativeText: 'Ишим', caption: 'Ишим' },
        { image, caption: 'Без описания' },
      ],
    });
    ok(created, 201);
    const response = await pressroom.http
      .get(`/translation-status/documents/${PHOTO_EXHIBITION}/${created.body.data.documentId}`)
      .set(bearer(editor));
    expect(response.body.data.locales[0]).toMatchObject({
      locale: 'ru',
      status: 'outdated',
      missingAltTexts: ['photos.1.alternativeText'],
    });
  });

  test.each([
    ['REST', 'coverText.alternativeText'],
    ['the admin panel', 'coverText.alternativeText'],
    ['REST', 'photos.0.alternativeText'],
  ])('through %s, %s longer than 200 characters is refused naming it and the limit', async (through, field) => {
    const tooLong = '字'.repeat(201);
    const data =
      field === 'coverText.alternativeText'
        ? { title: 'Too long', category: 'news', cover: image, coverText: { alternativeText: tooLong } }
        : { title: 'Too long', photos: [{ image, alternativeText: tooLong }] };
    const uid = field.startsWith('photos') ? PHOTO_EXHIBITION : ANNOUNCEMENT;
    const before = await pressroom.strapi.db.query(uid).count();
    const response =
      through === 'REST'
        ? await pressroom.http
            .post(`/api/${uid === ANNOUNCEMENT ? 'announcements' : 'photo-exhibitions'}?locale=ru`)
            .set(bearer(token))
            .send({ data })
        : await as(editor).create(uid, 'ru', data);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/200/);
    expect(response.body.error.details.errors.map((error: any) => error.path.join('.'))).toContain(field);
    expect(await pressroom.strapi.db.query(uid).count()).toBe(before);
  });
});
