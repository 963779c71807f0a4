/**
 * What a website sees: every content type in every locale through REST and GraphQL, with the
 * seeded relations, components and images, read anonymously.
 */
import { LOCALES } from '../src/locales';
import { path } from './helpers/http';
import { startPressroom, type Pressroom } from './helpers/pressroom';

let pressroom: Pressroom;
beforeAll(async () => {
  pressroom = await startPressroom({ seed: true });
});
afterAll(() => pressroom?.stop());

const LOCALE_CODES = LOCALES.map(({ code }) => code);
const sorted = (values: string[]) => [...values].sort();

const EXPECTED_SLUGS = {
  announcements: [
    'sco-foreign-ministers-council-2017',
    'sco-journalists-friends-day-2017',
    'sco-security-council-secretaries-meeting-2017',
  ],
  'media-partners': ['kazinform', 'tass', 'xinhua'],
  contracts: ['sco-kazinform-2017', 'sco-tass-2016', 'sco-xinhua-2016'],
  'photo-exhibitions': ['astana-photo-exhibition-2017'],
};
const TITLE_FIELD = { announcements: 'title', 'media-partners': 'name', contracts: 'title', 'photo-exhibitions': 'title' };

const get = async (url: string) => {
  const response = await pressroom.http.get(url);
  expect(response.status).toBe(200);
  return response.body;
};

const findBySlug = async (type: string, slug: string, locale: string, populate: unknown = '*') => {
  const body = await get(path(`/api/${type}`, { locale, filters: { slug: { $eq: slug } }, populate }));
  expect(body.data).toHaveLength(1);
  return body.data[0];
};

describe('locales', () => {
  test('ru (default), zh and en are listed publicly', async () => {
    const locales = await get('/api/i18n/locales');
    expect(sorted(locales.map((locale: any) => locale.code))).toEqual(['en', 'ru', 'zh']);
    expect(locales.find((locale: any) => locale.isDefault).code).toBe('ru');
  });
});

describe('REST: every type in every locale', () => {
  test.each(Object.keys(EXPECTED_SLUGS).flatMap((type) => LOCALE_CODES.map((locale) => [type, locale])))(
    '%s in %s',
    async (type, locale) => {
      const body = await get(path(`/api/${type}`, { locale, pagination: { pageSize: 100 } }));
      expect(sorted(body.data.map((document: any) => document.slug))).toEqual(EXPECTED_SLUGS[type]);
      expect(body.meta.pagination.total).toBe(EXPECTED_SLUGS[type].length);
      for (const document of body.data) {
        expect(document.locale).toBe(locale);
        expect(document.publishedAt).not.toBeNull();
        expect(document[TITLE_FIELD[type]]).toEqual(expect.any(String));
      }
    }
  );

  test('translations differ per locale and a document keeps its documentId across locales', async () => {
    const versions = await Promise.all(
      LOCALE_CODES.map((locale) => findBySlug('announcements', 'sco-journalists-friends-day-2017', locale))
    );
    expect(new Set(versions.map((version) => version.documentId)).size).toBe(1);
    expect(new Set(versions.map((version) => version.title)).size).toBe(3);
    expect(versions.find((version) => version.locale === 'ru').title).toMatch(/День журналистов-друзей ШОС/);
    expect(versions.find((version) => version.locale === 'zh').title).toMatch(/上合组织记者之友日/);
    expect(versions.find((version) => version.locale === 'en').title).toMatch(/Day of SCO Journalist Friends/);
  });

  test('a single document is read by documentId in the locale asked for', async () => {
    const { documentId } = await findBySlug('media-partners', 'xinhua', 'ru');
    for (const [locale, name] of [
      ['ru', 'Информационное агентство Синьхуа'],
      ['zh', '新华通讯社'],
      ['en', 'Xinhua News Agency'],
    ]) {
      const body = await get(path(`/api/media-partners/${documentId}`, { locale }));
      expect(body.data).toMatchObject({ documentId, locale, name, country: 'CN', kind: 'news-agency' });
    }
  });
});

describe('REST: the press release, related in every locale', () => {
  test.each(LOCALE_CODES)('the Journalists Friends Day announcement in %s', async (locale) => {
    const announcement = await findBySlug('announcements', 'sco-journalists-friends-day-2017', locale, {
      mediaPartners: { fields: ['slug', 'locale'] },
      contracts: { fields: ['slug', 'locale'] },
      photoExhibitions: { fields: ['slug', 'locale'] },
      cover: true,
    });
    expect(announcement).toMatchObject({ category: 'event', eventDate: '2017-03-23' });
    expect(sorted(announcement.mediaPartners.map((partner: any) => partner.slug))).toEqual(['kazinform', 'tass', 'xinhua']);
    expect(announcement.contracts.map((contract: any) => contract.slug)).toEqual(['sco-kazinform-2017']);
    expect(announcement.photoExhibitions.map((exhibition: any) => exhibition.slug)).toEqual(['astana-photo-exhibition-2017']);
    for (const related of [...announcement.mediaPartners, ...announcement.contracts, ...announcement.photoExhibitions]) {
      expect(related.locale).toBe(locale);
    }
    expect(announcement.body.length).toBeGreaterThanOrEqual(7);
    expect(announcement.cover.mime).toBe('image/jpeg');
  });

  test.each(LOCALE_CODES)('contracts are linked to their partners in %s', async (locale) => {
    const expected = {
      'sco-xinhua-2016': ['xinhua', '2016-03-11'],
      'sco-tass-2016': ['tass', '2016-03-11'],
      'sco-kazinform-2017': ['kazinform', '2017-03-23'],
    };
    for (const [slug, [partner, signedOn]] of Object.entries(expected)) {
      const contract = await findBySlug('contracts', slug, locale, { partner: true, signatories: true });
      expect(contract.partner.slug).toBe(partner);
      expect(contract.partner.locale).toBe(locale);
      expect(contract.signedOn).toBe(signedOn);
      expect(contract.signatories.length).toBe(2);
    }
    const kazinform = await findBySlug('media-partners', 'kazinform', locale, { contracts: true, leaders: true });
    expect(kazinform.contracts.map((contract: any) => contract.slug)).toEqual(['sco-kazinform-2017']);
    expect(kazinform.leaders).toHaveLength(1);
  });

  test('agency heads from the release are the leaders and signatories, named in each language', async () => {
    const names = async (locale: string) => {
      const xinhua = await findBySlug('media-partners', 'xinhua', locale, { leaders: true });
      const tass = await findBySlug('contracts', 'sco-tass-2016', locale, { signatories: true });
      return [xinhua.leaders[0].name, tass.signatories.map((person: any) => person.name)];
    };
    expect(await names('ru')).toEqual(['Цай Минчжао', ['С. В. Михайлов', 'Рашид Алимов']]);
    expect(await names('zh')).toEqual(['蔡名照', ['谢·瓦·米哈伊洛夫', '拉希德·阿利莫夫']]);
    expect(await names('en')).toEqual(['Cai Mingzhao', ['S. V. Mikhailov', 'Rashid Alimov']]);
  });

  test('the two upcoming events are announced without invented dates', async () => {
    const body = await get(path('/api/announcements', { locale: 'ru', filters: { category: 'upcoming-event' } }));
    expect(sorted(body.data.map((announcement: any) => announcement.slug))).toEqual([
      'sco-foreign-ministers-council-2017',
      'sco-security-council-secretaries-meeting-2017',
    ]);
    for (const announcement of body.data) expect(announcement.eventDate).toBeNull();
  });

  test.each(LOCALE_CODES)('the photo exhibition has captioned photos in %s', async (locale) => {
    const exhibition = await findBySlug('photo-exhibitions', 'astana-photo-exhibition-2017', locale, {
      photos: { populate: ['image'] },
      announcements: { fields: ['slug'] },
    });
    expect(exhibition.opensOn).toBe('2017-03-23');
    expect(exhibition.photos).toHaveLength(4);
    for (const photo of exhibition.photos) {
      expect(photo.caption).toEqual(expect.any(String));
      expect(photo.image.mime).toBe('image/jpeg');
    }
    expect(exhibition.announcements.map((announcement: any) => announcement.slug)).toEqual(['sco-journalists-friends-day-2017']);
  });
});

describe('images', () => {
  test('uploaded photos have their responsive formats, and every format is served', async () => {
    const announcement = await findBySlug('announcements', 'sco-journalists-friends-day-2017', 'en', { cover: true });
    const { cover } = announcement;
    expect(cover.width).toBe(1600);
    expect(Object.keys(cover.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);
    expect(cover.formats.large.width).toBe(1000);
    expect(cover.formats.medium.width).toBe(750);
    expect(cover.formats.small.width).toBe(500);

    for (const url of [cover.url, ...Object.values(cover.formats).map((format: any) => format.url)]) {
      const response = await pressroom.http.get(url);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('image/jpeg');
    }
  });

  test('logos have the formats their size allows', async () => {
    const partner = await findBySlug('media-partners', 'tass', 'zh', { logo: true });
    expect(partner.logo.width).toBe(800);
    expect(Object.keys(partner.logo.formats).sort()).toEqual(['medium', 'small', 'thumbnail']);
  });
});

describe('GraphQL: every type in every locale', () => {
  const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await pressroom.http.post('/graphql').send({ query, variables });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    return response.body.data;
  };

  test.each(LOCALE_CODES)('lists and relations in %s', async (locale) => {
    const data = await graphql(
      `
        query Pressroom($locale: I18NLocaleCode) {
          announcements(locale: $locale, sort: "slug") {
            slug
            locale
            title
            category
            mediaPartners(sort: "slug") {
              slug
              locale
            }
            contracts {
              slug
            }
            photoExhibitions {
              slug
            }
            cover {
              url
              formats
            }
          }
          mediaPartners(locale: $locale, sort: "slug") {
            slug
            locale
            name
            country
            leaders {
              name
              position
            }
            contracts {
              slug
            }
          }
          contracts(locale: $locale, sort: "slug") {
            slug
            locale
            title
            signedOn
            contractStatus
            partner {
              slug
              locale
            }
          }
          photoExhibitions(locale: $locale) {
            slug
            locale
            title
            photos {
              caption
              image {
                url
              }
            }
          }
        }
      `,
      { locale }
    );
    expect(data.announcements.map((announcement: any) => announcement.slug)).toEqual(EXPECTED_SLUGS.announcements);
    expect(data.mediaPartners.map((partner: any) => partner.slug)).toEqual(EXPECTED_SLUGS['media-partners']);
    expect(data.contracts.map((contract: any) => contract.slug)).toEqual(EXPECTED_SLUGS.contracts);
    expect(data.photoExhibitions.map((exhibition: any) => exhibition.slug)).toEqual(EXPECTED_SLUGS['photo-exhibitions']);

    const friendsDay = data.announcements.find((announcement: any) => announcement.slug === 'sco-journalists-friends-day-2017');
    expect(friendsDay.mediaPartners).toEqual([
      { slug: 'kazinform', locale },
      { slug: 'tass', locale },
      { slug: 'xinhua', locale },
    ]);
    expect(friendsDay.contracts).toEqual([{ slug: 'sco-kazinform-2017' }]);
    expect(Object.keys(friendsDay.cover.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);

    const every = [...data.announcements, ...data.mediaPartners, ...data.contracts, ...data.photoExhibitions];
    for (const document of every) expect(document.locale).toBe(locale);
    expect(data.contracts.find((contract: any) => contract.slug === 'sco-xinhua-2016').partner).toEqual({
      slug: 'xinhua',
      locale,
    });
    expect(data.photoExhibitions[0].photos).toHaveLength(4);
  });

  test("an announcement's event date is a GraphQL Date: the day, without a time", async () => {
    const data = await graphql(`
      {
        __type(name: "Announcement") {
          fields {
            name
            type {
              name
            }
          }
        }
        announcements(locale: "en", filters: { slug: { eq: "sco-journalists-friends-day-2017" } }) {
          eventDate
        }
      }
    `);
    expect(data.__type.fields.find((field: any) => field.name === 'eventDate').type.name).toBe('Date');
    expect(data.announcements).toEqual([{ eventDate: '2017-03-23' }]);
  });

  test('a single document by documentId, and the locale list', async () => {
    const { documentId } = await findBySlug('contracts', 'sco-kazinform-2017', 'ru');
    const data = await graphql(
      `
        query One($documentId: ID!) {
          contract(documentId: $documentId, locale: "zh") {
            documentId
            locale
            title
            signedOn
          }
          i18NLocales {
            code
          }
        }
      `,
      { documentId }
    );
    expect(data.contract).toEqual({
      documentId,
      locale: 'zh',
      title: '上合组织秘书处与哈通社合作协议',
      signedOn: '2017-03-23',
    });
    expect(sorted(data.i18NLocales.map((locale: any) => locale.code))).toEqual(['en', 'ru', 'zh']);
  });
});
