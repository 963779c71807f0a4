/**
 * Translators change only what is theirs: through the Content Manager routes the panel uses, with
 * real translator logins, on the four content types. The fields every locale shares stay as the
 * document has them, and the other locales stay byte-for-byte as they were, draft and published.
 */
import { ANNOUNCEMENT, CONTRACT, MEDIA_PARTNER, PHOTO_EXHIBITION } from '../src/content-types';
import { loginAdmin } from './helpers/auth';
import { contentManagerAs } from './helpers/content-manager';
import { startPressroom, type Pressroom } from './helpers/pressroom';

let pressroom: Pressroom;
let editor: string;
let author: string;
let translatorZh: string;
const files: Record<string, number> = {};

const makeFile = async (name: string, mime: string, ext: string) => {
  const file = await pressroom.strapi.db.query('plugin::upload.file').create({
    data: { name, hash: `${name}-${Date.now()}`, ext, mime, size: 1, url: `/uploads/${name}${ext}`, provider: 'local' },
  });
  return file.id as number;
};

beforeAll(async () => {
  pressroom = await startPressroom();
  editor = await loginAdmin(pressroom, { roleCode: 'strapi-editor' });
  author = await loginAdmin(pressroom, { roleCode: 'strapi-author' });
  translatorZh = await loginAdmin(pressroom, { roleCode: 'translator-zh' });
  files.imageA = await makeFile('image-a', 'image/png', '.png');
  files.imageB = await makeFile('image-b', 'image/png', '.png');
  files.pdfA = await makeFile('agreement-a', 'application/pdf', '.pdf');
  files.pdfB = await makeFile('agreement-b', 'application/pdf', '.pdf');
});
afterAll(() => pressroom?.stop());

const as = (token: string) => contentManagerAs(pressroom.http, token);

const ok = (response: { status: number; body: any }, status = 200) =>
  expect({ status: response.status, error: response.body.error }).toEqual({ status, error: undefined });

/** Per type: the source (ru) with its shared values, other shared values to try, and a zh translation. */
interface Fixture {
  ru: () => Record<string, unknown>;
  otherShared: () => Record<string, unknown>;
  zh: (slug: string) => Record<string, unknown>;
  zhEdit: Record<string, unknown>;
  /** A localized component field to read back after the zh edit (a path into the zh version). */
  componentCheck?: { field: string; key: string; value: string };
}

const fixtures: Record<string, Fixture> = {
  [ANNOUNCEMENT]: {
    ru: () => ({ title: 'Встреча', summary: 'Кратко', category: 'event', eventDate: '2026-06-15', cover: files.imageA }),
    otherShared: () => ({ category: 'statement', eventDate: '2030-01-01', cover: files.imageB }),
    zh: (slug) => ({ title: '会议', slug, summary: '简要', location: '北京' }),
    zhEdit: { summary: '简要（修订）' },
  },
  [MEDIA_PARTNER]: {
    ru: () => ({
      name: 'Агентство',
      country: 'RU',
      kind: 'news-agency',
      website: 'https://agency.example.ru',
      logo: files.imageA,
      partnerSince: '2010-05-01',
      leaders: [{ name: 'Андрей Иванов', position: 'Директор' }],
    }),
    otherShared: () => ({
      country: 'CN',
      kind: 'broadcaster',
      website: 'https://other.example.cn',
      logo: files.imageB,
      partnerSince: '2000-01-01',
    }),
    zh: (slug) => ({ name: '通讯社', slug, leaders: [{ name: '安德烈·伊万诺夫', position: '社长' }] }),
    zhEdit: { description: '简介', leaders: [{ name: '安德烈', position: '总编辑' }] },
    componentCheck: { field: 'leaders', key: 'position', value: '总编辑' },
  },
  [CONTRACT]: {
    ru: () => ({
      title: 'Соглашение',
      number: 'SCO-1',
      signedOn: '2020-01-01',
      contractStatus: 'active',
      validFrom: '2020-01-01',
      validUntil: '2025-01-01',
      document: files.pdfA,
      signatories: [{ name: 'Иванов', position: 'Генеральный секретарь', organization: 'Секретариат ШОС' }],
    }),
    otherShared: () => ({
      number: 'OTHER-9',
      signedOn: '2021-02-02',
      contractStatus: 'terminated',
      validFrom: '2021-01-01',
      validUntil: '2029-01-01',
      document: files.pdfB,
    }),
    zh: (slug) => ({ title: '协议', slug, signatories: [{ name: '伊万诺夫', position: '秘书长', organization: '上合组织秘书处' }] }),
    zhEdit: { signedIn: '北京', signatories: [{ name: '伊万诺夫', position: '上合组织秘书长', organization: '上合组织秘书处' }] },
    componentCheck: { field: 'signatories', key: 'position', value: '上合组织秘书长' },
  },
  [PHOTO_EXHIBITION]: {
    ru: () => ({ title: 'Выставка', opensOn: '2026-01-10', closesOn: '2026-02-10', photos: [{ image: files.imageA, caption: 'Подпись' }] }),
    otherShared: () => ({ opensOn: '2020-01-01', closesOn: '2020-02-02' }),
    zh: (slug) => ({ title: '图片展', slug, photos: [{ image: files.imageA, caption: '说明' }] }),
    zhEdit: { city: '北京', photos: [{ image: files.imageA, caption: '说明（修订）', author: '摄影师' }] },
    componentCheck: { field: 'photos', key: 'caption', value: '说明（修订）' },
  },
};

const sharedFieldsOf = (uid: string): string[] =>
  pressroom.strapi
    .plugin('i18n')
    .service('content-types')
    .getNonLocalizedAttributes(pressroom.strapi.getModel(uid as any));

/** A version's shared values, media as file ids, as the database holds them for the draft. */
async function sharedValues(uid: string, documentId: string, locale: string) {
  const fields = sharedFieldsOf(uid);
  const model = pressroom.strapi.getModel(uid as any);
  const media = fields.filter((field) => (model.attributes as any)[field].type === 'media');
  const version = await pressroom.strapi.db
    .query(uid as any)
    .findOne({ where: { documentId, locale, publishedAt: null }, populate: media });
  return Object.fromEntries(fields.map((field) => [field, media.includes(field) ? (version[field]?.id ?? null) : version[field]]));
}

/** Every stored row of the document's versions in the given locales: the entry, its media links and its components. */
async function rowsOf(uid: string, documentId: string, locales: string[]) {
  const knex = pressroom.strapi.db.connection;
  const table = pressroom.strapi.db.metadata.get(uid).tableName;
  const entries = await knex(table).where({ document_id: documentId }).whereIn('locale', locales).orderBy('id');
  const ids = entries.map((entry: { id: number }) => entry.id);
  const mediaLinks = await knex('files_related_mph')
    .where({ related_type: uid })
    .whereIn('related_id', ids)
    .orderBy(['related_id', 'field', 'id']);
  const hasComponents = await knex.schema.hasTable(`${table}_cmps`);
  const components = hasComponents ? await knex(`${table}_cmps`).whereIn('entity_id', ids).orderBy(['entity_id', 'id']) : [];
  return { entries, mediaLinks, components };
}

describe.each([ANNOUNCEMENT, MEDIA_PARTNER, CONTRACT, PHOTO_EXHIBITION])('the zh translator on %s', (uid) => {
  const fixture = fixtures[uid];
  const name = uid.split('.')[1];
  let documentId: string;

  beforeAll(async () => {
    const created = await as(editor).create(uid, 'ru', { ...fixture.ru(), slug: `shared-${name}` });
    ok(created, 201);
    documentId = created.body.data.documentId;
    ok(await as(editor).publish(uid, documentId, 'ru'));
    ok(await as(editor).update(uid, documentId, 'en', { ...fixture.zh(`shared-${name}`), ...fixture.zhEdit }));
    ok(await as(editor).publish(uid, documentId, 'en'));
  });

  test('may not create a new document: 403, saying that editors and authors do', async () => {
    const before = await pressroom.strapi.db.query(uid as any).count();
    const response = await as(translatorZh).create(uid, 'zh', { ...fixture.ru(), ...fixture.zh(`zh-new-${name}`) });
    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/New documents are created by editors and authors/);
    expect(response.body.error.message).toContain('"zh"');
    const cloned = await as(translatorZh).clone(uid, documentId, 'ru', fixture.zh(`zh-clone-${name}`));
    expect(cloned.status).toBe(403);
    expect(await pressroom.strapi.db.query(uid as any).count()).toBe(before);
  });

  test('adds the zh version of an existing document, with the document’s shared values whatever the request says', async () => {
    const before = await rowsOf(uid, documentId, ['ru', 'en']);
    const response = await as(translatorZh).update(uid, documentId, 'zh', { ...fixture.zh(`shared-${name}`), ...fixture.otherShared() });
    ok(response);
    expect(response.body.data.locale).toBe('zh');
    expect(await sharedValues(uid, documentId, 'zh')).toEqual(await sharedValues(uid, documentId, 'ru'));
    expect(await rowsOf(uid, documentId, ['ru', 'en'])).toEqual(before);
  });

  test('saving zh changes its localized fields, components included, and none of the shared ones', async () => {
    // An unpublished change of the source's shared fields: its draft and published versions differ.
    const pending = Object.fromEntries(
      sharedFieldsOf(uid)
        .filter((field) => field in fixture.otherShared())
        .slice(0, 1)
        .map((field) => [field, fixture.otherShared()[field]])
    );
    ok(await as(editor).update(uid, documentId, 'ru', pending));
    const before = await rowsOf(uid, documentId, ['ru', 'en']);
    const sharedBefore = await sharedValues(uid, documentId, 'zh');
    expect(sharedBefore).toEqual(await sharedValues(uid, documentId, 'ru'));

    const response = await as(translatorZh).update(uid, documentId, 'zh', {
      ...fixture.zh(`shared-${name}`),
      ...fixture.zhEdit,
      ...fixture.otherShared(),
    });
    ok(response);

    const zh = await pressroom.strapi.documents(uid as any).findOne({ documentId, locale: 'zh', populate: '*' } as any);
    for (const [field, value] of Object.entries(fixture.zhEdit)) {
      if (!Array.isArray(value)) expect(zh?.[field]).toBe(value);
    }
    if (fixture.componentCheck) {
      const { field, key, value } = fixture.componentCheck;
      expect(zh?.[field].map((entry: Record<string, unknown>) => entry[key])).toEqual([value]);
    }
    expect(await sharedValues(uid, documentId, 'zh')).toEqual(sharedBefore);
    expect(await rowsOf(uid, documentId, ['ru', 'en'])).toEqual(before);
  });

  test('the Document Service behind the panel refuses a shared change with 403 naming the field', async () => {
    const { strapi } = pressroom;
    const user = await strapi.db.query('admin::user').findOne({ where: { roles: { code: 'translator-zh' } }, populate: ['roles'] });
    const userAbility = await strapi.service('admin::permission').engine.generateUserAbility(user);
    const adminRequest = { state: { user, userAbility, route: { info: { type: 'admin' } } } };
    const same = await sharedValues(uid, documentId, 'zh');
    const field = Object.keys(fixture.otherShared()).find((name) => fixture.otherShared()[name] !== same[name]) as string;
    const before = await rowsOf(uid, documentId, ['ru', 'en', 'zh']);
    const attempt = strapi.requestContext.run(adminRequest as any, () =>
      strapi.documents(uid as any).update({ documentId, locale: 'zh', data: { [field]: fixture.otherShared()[field] } } as any)
    );
    await expect(attempt).rejects.toMatchObject({ name: 'PolicyError', details: { fields: [field] } });
    await expect(attempt).rejects.toThrow(new RegExp(`^${field}: shared by every language`));
    expect(await rowsOf(uid, documentId, ['ru', 'en', 'zh'])).toEqual(before);

    // The same value, written as the panel would send it back, is no change.
    await strapi.requestContext.run(adminRequest as any, () =>
      strapi.documents(uid as any).update({ documentId, locale: 'zh', data: { [field]: same[field], ...fixture.zhEdit } } as any)
    );
  });

  test('the editor still changes the shared fields, and every locale follows', async () => {
    ok(await as(editor).update(uid, documentId, 'ru', fixture.otherShared()));
    const ru = await sharedValues(uid, documentId, 'ru');
    expect(await sharedValues(uid, documentId, 'zh')).toEqual(ru);
    expect(await sharedValues(uid, documentId, 'en')).toEqual(ru);
  });
});

test('Strapi i18n’s copy of shared fields to the other locales is skipped for a translator’s save, kept for an editor’s', async () => {
  const { strapi } = pressroom;
  const created = await as(editor).create(ANNOUNCEMENT, 'ru', { title: 'Копия', slug: 'sync-copy', category: 'news' });
  const { documentId } = created.body.data;
  ok(await as(translatorZh).update(ANNOUNCEMENT, documentId, 'zh', { title: '副本', slug: 'sync-copy' }));
  const zh = await strapi.db.query(ANNOUNCEMENT).findOne({ where: { documentId, locale: 'zh', publishedAt: null } });
  const adminRequest = async (roleCode: string) => {
    const user = await strapi.db.query('admin::user').findOne({ where: { roles: { code: roleCode } }, populate: ['roles'] });
    return {
      state: {
        user,
        userAbility: await strapi.service('admin::permission').engine.generateUserAbility(user),
        route: { info: { type: 'admin' } },
      },
    };
  };
  const copyFromZh = async (roleCode: string) =>
    strapi.requestContext.run((await adminRequest(roleCode)) as any, () =>
      strapi
        .plugin('i18n')
        .service('localizations')
        .syncNonLocalizedAttributes({ ...zh, category: 'statement' }, strapi.getModel(ANNOUNCEMENT))
    );
  const before = await rowsOf(ANNOUNCEMENT, documentId, ['ru']);
  await copyFromZh('translator-zh');
  expect(await rowsOf(ANNOUNCEMENT, documentId, ['ru'])).toEqual(before);
  await copyFromZh('strapi-editor');
  expect((await sharedValues(ANNOUNCEMENT, documentId, 'ru')).category).toBe('statement');
});

test('authors keep creating documents and changing their shared fields', async () => {
  const created = await as(author).create(ANNOUNCEMENT, 'ru', { title: 'Авторская', slug: 'author-made', category: 'news' });
  ok(created, 201);
  const { documentId } = created.body.data;
  ok(await as(author).update(ANNOUNCEMENT, documentId, 'ru', { category: 'statement', cover: files.imageB }));
  expect(await sharedValues(ANNOUNCEMENT, documentId, 'ru')).toMatchObject({ category: 'statement', cover: files.imageB });
  ok(await as(author).update(ANNOUNCEMENT, documentId, 'zh', { title: '作者', slug: 'author-made', category: 'event' }));
  expect(await sharedValues(ANNOUNCEMENT, documentId, 'ru')).toMatchObject({ category: 'event' });
});

test('a translator’s fields: the localized ones to create and update, every field to read', async () => {
  const role = await pressroom.strapi.db.query('admin::role').findOne({ where: { code: 'translator-zh' } });
  const permissions = await pressroom.strapi.db.query('admin::permission').findMany({ where: { role: role.id, subject: ANNOUNCEMENT } });
  const fieldsOf = (action: string) => permissions.find((permission) => permission.action.endsWith(action)).properties.fields.sort();
  const writable = [
    'body',
    'contracts',
    // The cover's alternative text and caption are the translator's, the cover itself is not.
    'coverText.alternativeText',
    'coverText.caption',
    'location',
    'mediaPartners',
    'photoExhibitions',
    'slug',
    'summary',
    'title',
  ];
  expect(fieldsOf('.create')).toEqual(writable);
  expect(fieldsOf('.update')).toEqual(writable);
  expect(fieldsOf('.read')).toEqual([...writable, 'category', 'cover', 'eventDate'].sort());
});
