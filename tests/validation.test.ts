/**
 * Bad input is answered 400 with the field named, through REST, GraphQL and the admin panel's
 * own API alike, and nothing is written.
 */
import { CONTRACT, MEDIA_PARTNER, PHOTO_EXHIBITION } from '../src/content-types';
import { createApiToken, loginAdmin } from './helpers/auth';
import { bearer } from './helpers/http';
import { startPressroom, type Pressroom } from './helpers/pressroom';

let pressroom: Pressroom;
let token: string;
let adminJwt: string;

beforeAll(async () => {
  pressroom = await startPressroom();
  token = await createApiToken(pressroom, 'full-access');
  adminJwt = await loginAdmin(pressroom);
});
afterAll(() => pressroom?.stop());

const rows = (uid: string) => pressroom.strapi.db.query(uid as any).count();

const validPartner = {
  name: 'Test Agency',
  slug: 'test-agency',
  country: 'KZ',
  kind: 'news-agency',
  website: 'https://www.example.kz',
};

/** The field paths named by a Strapi error body, REST or admin. */
const namedPaths = (error: any) => (error?.details?.errors ?? []).map((detail: any) => detail.path.join('.'));

/** Sends a write that must fail, and checks the 400, the named field and that nothing changed. */
async function expectRejected(uid: string, send: () => Promise<{ status: number; body: any }>, field: string, messagePattern?: RegExp) {
  const before = await rows(uid);
  const response = await send();
  expect(response.status).toBe(400);
  expect(response.body.error.name).toBe('ValidationError');
  expect(namedPaths(response.body.error)).toContain(field);
  if (messagePattern) expect(response.body.error.message).toMatch(messagePattern);
  expect(await rows(uid)).toBe(before);
  return response.body.error;
}

describe('REST', () => {
  const post = (type: string, data: Record<string, unknown>) =>
    pressroom.http.post(`/api/${type}?locale=ru`).set(bearer(token)).send({ data });

  test('a valid media partner is created and published', async () => {
    const response = await post('media-partners', validPartner);
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ ...validPartner, locale: 'ru' });
    expect(response.body.data.publishedAt).not.toBeNull();
  });

  test('a missing required field is named', async () => {
    const { name: _name, ...withoutName } = validPartner;
    await expectRejected(MEDIA_PARTNER, () => post('media-partners', { ...withoutName, slug: 'no-name' }), 'name');
  });

  test('a too long value names the field and the limit', async () => {
    const error = await expectRejected(
      MEDIA_PARTNER,
      () => post('media-partners', { ...validPartner, slug: 'long-name', name: 'x'.repeat(201) }),
      'name'
    );
    expect(error.message).toMatch(/200/);
  });

  test.each([['XX'], ['china'], ['cn'], ['RUS']])('country %s is not an ISO 3166-1 alpha-2 code', async (country) => {
    await expectRejected(
      MEDIA_PARTNER,
      () => post('media-partners', { ...validPartner, slug: `bad-country-${country.toLowerCase()}`, country }),
      'country',
      /country must be an ISO 3166-1 alpha-2 country code/
    );
  });

  test.each([['not a url'], ['ftp://files.example.org'], ['https://'], ['www.example.org']])(
    'website %s is not a web address',
    async (website) => {
      await expectRejected(
        MEDIA_PARTNER,
        () => post('media-partners', { ...validPartner, slug: 'bad-website', website }),
        'website',
        /website must be a full http:\/\/ or https:\/\/ address/
      );
    }
  );

  test('an unknown enumeration value is named', async () => {
    await expectRejected(MEDIA_PARTNER, () => post('media-partners', { ...validPartner, slug: 'bad-kind', kind: 'blog' }), 'kind');
  });

  test('a contract cannot end before it starts, on create', async () => {
    await expectRejected(
      CONTRACT,
      () =>
        post('contracts', {
          title: 'Backwards contract',
          slug: 'backwards-contract',
          signedOn: '2016-03-11',
          validFrom: '2016-03-11',
          validUntil: '2016-03-10',
        }),
      'validUntil',
      /validUntil \(2016-03-10\) must not be before validFrom \(2016-03-11\)/
    );
  });

  test('a contract cannot end before it starts, when only one date is updated', async () => {
    const created = await post('contracts', {
      title: 'Dated contract',
      slug: 'dated-contract',
      signedOn: '2016-03-11',
      validFrom: '2016-03-11',
      validUntil: '2019-03-11',
    });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;

    await expectRejected(
      CONTRACT,
      () =>
        pressroom.http
          .put(`/api/contracts/${documentId}?locale=ru`)
          .set(bearer(token))
          .send({ data: { validUntil: '2015-01-01' } }),
      'validUntil'
    );
    const stored = await pressroom.http.get(`/api/contracts/${documentId}?locale=ru`);
    expect(stored.body.data.validUntil).toBe('2019-03-11');
  });

  test('a contract without its signing date is refused', async () => {
    await expectRejected(CONTRACT, () => post('contracts', { title: 'Unsigned', slug: 'unsigned' }), 'signedOn');
  });

  test('an exhibition cannot close before it opens', async () => {
    await expectRejected(
      PHOTO_EXHIBITION,
      () =>
        post('photo-exhibitions', {
          title: 'Backwards exhibition',
          slug: 'backwards-exhibition',
          opensOn: '2017-03-23',
          closesOn: '2017-03-01',
        }),
      'closesOn'
    );
  });
});

describe('GraphQL', () => {
  const mutate = (query: string, variables: Record<string, unknown>) =>
    pressroom.http.post('/graphql').set(bearer(token)).send({ query, variables });

  const CREATE_PARTNER = `mutation Create($data: MediaPartnerInput!) {
    createMediaPartner(data: $data, locale: "en") { documentId name country }
  }`;

  async function expectGraphqlRejected(uid: string, query: string, variables: Record<string, unknown>, field: string) {
    const before = await rows(uid);
    const response = await mutate(query, variables);
    expect(response.status).toBe(400);
    const [error] = response.body.errors;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(namedPaths(error.extensions.error)).toContain(field);
    expect(await rows(uid)).toBe(before);
    return error;
  }

  test('a valid media partner is created', async () => {
    const response = await mutate(CREATE_PARTNER, {
      data: { ...validPartner, slug: 'graphql-agency', kind: 'news_agency' },
    });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.createMediaPartner).toMatchObject({ name: 'Test Agency', country: 'KZ' });
  });

  test('a bad country is answered 400 and named', async () => {
    const error = await expectGraphqlRejected(
      MEDIA_PARTNER,
      CREATE_PARTNER,
      { data: { ...validPartner, slug: 'graphql-bad-country', kind: 'news_agency', country: 'XX' } },
      'country'
    );
    expect(error.message).toMatch(/ISO 3166-1 alpha-2/);
  });

  test('a bad website is answered 400 and named', async () => {
    await expectGraphqlRejected(
      MEDIA_PARTNER,
      CREATE_PARTNER,
      { data: { ...validPartner, slug: 'graphql-bad-website', kind: 'news_agency', website: 'javascript:alert(1)' } },
      'website'
    );
  });

  test('a missing required field is answered 400 and named', async () => {
    await expectGraphqlRejected(
      MEDIA_PARTNER,
      CREATE_PARTNER,
      { data: { slug: 'graphql-nameless', country: 'KZ', kind: 'news_agency' } },
      'name'
    );
  });

  test('contract dates out of order are answered 400 and named', async () => {
    await expectGraphqlRejected(
      CONTRACT,
      `mutation Create($data: ContractInput!) { createContract(data: $data) { documentId } }`,
      {
        data: {
          title: 'GraphQL backwards',
          slug: 'graphql-backwards',
          signedOn: '2017-03-23',
          validFrom: '2017-03-23',
          validUntil: '2017-01-01',
        },
      },
      'validUntil'
    );
  });

  test('a malformed query is answered 400 by GraphQL itself', async () => {
    const response = await mutate('mutation { createMediaPartner(data: { country: 42 }) { name } }', {});
    expect(response.status).toBe(400);
  });
});

describe('admin panel (Content Manager API)', () => {
  const contentManager = (uid: string) => `/content-manager/collection-types/${uid}?plugins[i18n][locale]=ru`;
  const create = (uid: string, data: Record<string, unknown>) => pressroom.http.post(contentManager(uid)).set(bearer(adminJwt)).send(data);

  test('a valid draft is saved', async () => {
    const response = await create(MEDIA_PARTNER, { ...validPartner, slug: 'admin-agency' });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ name: 'Test Agency', publishedAt: null });
  });

  test('a bad country is refused with the field named', async () => {
    await expectRejected(MEDIA_PARTNER, () => create(MEDIA_PARTNER, { ...validPartner, slug: 'admin-x', country: 'XX' }), 'country');
  });

  test('a bad website is refused with the field named', async () => {
    await expectRejected(MEDIA_PARTNER, () => create(MEDIA_PARTNER, { ...validPartner, slug: 'admin-y', website: 'example' }), 'website');
  });

  test('contract dates out of order are refused with the field named', async () => {
    await expectRejected(
      CONTRACT,
      () =>
        create(CONTRACT, {
          title: 'Admin backwards',
          slug: 'admin-backwards',
          signedOn: '2017-03-23',
          validFrom: '2017-03-23',
          validUntil: '2016-03-23',
        }),
      'validUntil'
    );
  });

  test('publishing a draft without its required fields is refused with the field named', async () => {
    const draft = await create(CONTRACT, { slug: 'admin-untitled', signedOn: '2017-03-23' });
    expect(draft.status).toBe(201);
    const response = await pressroom.http
      .post(`/content-manager/collection-types/${CONTRACT}/${draft.body.data.documentId}/actions/publish?plugins[i18n][locale]=ru`)
      .set(bearer(adminJwt))
      .send({});
    expect(response.status).toBe(400);
    expect(namedPaths(response.body.error)).toContain('title');
    const published = await pressroom.strapi.db
      .query(CONTRACT)
      .count({ where: { documentId: draft.body.data.documentId, publishedAt: { $notNull: true } } });
    expect(published).toBe(0);
  });
});
