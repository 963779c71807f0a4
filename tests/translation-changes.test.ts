/**
 * What changed in the source since a translation was brought up to date, through the real admin
 * routes: GET /translation-status/documents/:contentType/:documentId/changes?locale=, with the
 * demo content, editors editing the source and translators reviewing, on each database.
 */
import { ANNOUNCEMENT, MEDIA_PARTNER } from '../src/content-types';
import { blocksText } from '../src/plugins/translation-status/server/src/domain/source-text';
import { diffText } from '../src/plugins/translation-status/server/src/domain/text-diff';
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
  for (const locale of ['zh', 'en']) translator[locale] = await loginAdmin(pressroom, { roleCode: `translator-${locale}` });
});
afterAll(() => pressroom?.stop());

const changes = (token: string | null, uid: string, documentId: string, query: Record<string, unknown>) => {
  const request = pressroom.http.get(path(`/translation-status/documents/${uid}/${documentId}/changes`, query));
  return token ? request.set(bearer(token)) : request;
};

const documentIdOf = async (uid: string, slug: string) =>
  (await pressroom.strapi.db.query(uid as any).findOne({ where: { slug } })).documentId as string;

describe('a seeded announcement whose ru source an editor edits', () => {
  const SLUG = 'sco-journalists-friends-day-2017';
  let documentId: string;
  let before: { title: string; body: any[] };

  beforeAll(async () => {
    documentId = await documentIdOf(ANNOUNCEMENT, SLUG);
    before = (await contentManagerAs(pressroom.http, editor).read(ANNOUNCEMENT, documentId, 'ru')).body.data;
  });

  test('while zh is current, nothing has changed', async () => {
    const response = await changes(translator.zh, ANNOUNCEMENT, documentId, { locale: 'zh' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: { locale: 'zh', sourceLocale: 'ru', status: 'current', sourceTextKept: true, changes: [] },
    });
  });

  test('the editor changes the title and a paragraph of the body: zh shows both fields then and now, and only those', async () => {
    const body = structuredClone(before.body);
    body[3].children[0].text = `${body[3].children[0].text} Контракт вступает в силу со дня подписания.`;
    const title = 'В Секретариате ШОС торжественно отметили День журналистов-друзей ШОС';
    const saved = await contentManagerAs(pressroom.http, editor).update(ANNOUNCEMENT, documentId, 'ru', { ...before, title, body });
    expect(saved.status).toBe(200);

    const response = await changes(translator.zh, ANNOUNCEMENT, documentId, { locale: 'zh' });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ locale: 'zh', sourceLocale: 'ru', status: 'outdated', sourceTextKept: true });
    expect(response.body.data.changes).toEqual([
      { field: 'title', before: before.title, after: title },
      { field: 'body', before: blocksText(before.body), after: blocksText(body) },
    ]);
    // Plain text: one line per paragraph, and only the fourth differs.
    const [beforeLines, afterLines] = [response.body.data.changes[1].before.split('\n'), response.body.data.changes[1].after.split('\n')];
    expect(afterLines).toHaveLength(before.body.length);
    expect(afterLines.map((line: string, index: number) => line === beforeLines[index])).toEqual(
      before.body.map((_block, index) => index !== 3)
    );
    // What the panel shows for the title: one word added, whole.
    expect(diffText(before.title, title).parts.filter((part) => part.kind !== 'same')).toEqual([{ kind: 'added', text: 'торжественно ' }]);
  });

  test('every translator and the editor may read it for every locale; the source has nothing to show', async () => {
    for (const token of [translator.en, editor]) {
      const response = await changes(token, ANNOUNCEMENT, documentId, { locale: 'zh' });
      expect(response.status).toBe(200);
      expect(response.body.data.changes.map((change: any) => change.field)).toEqual(['title', 'body']);
    }
    expect((await changes(translator.zh, ANNOUNCEMENT, documentId, { locale: 'en' })).body.data.changes).toHaveLength(2);
    expect((await changes(translator.zh, ANNOUNCEMENT, documentId, { locale: 'ru' })).body.data).toMatchObject({
      status: 'current',
      changes: [],
    });
  });

  test('a second edit of the source is compared with what zh saw, not with the previous edit', async () => {
    const title = 'В Секретариате ШОС торжественно отметили День друзей-журналистов';
    expect((await contentManagerAs(pressroom.http, editor).update(ANNOUNCEMENT, documentId, 'ru', { title })).status).toBe(200);
    const response = await changes(translator.zh, ANNOUNCEMENT, documentId, { locale: 'zh' });
    expect(response.body.data.changes[0]).toEqual({ field: 'title', before: before.title, after: title });
  });

  test('zh reviewed: nothing to show for zh; en, not reviewed, still shows the changes', async () => {
    const reviewed = await pressroom.http
      .post(`/translation-status/documents/${ANNOUNCEMENT}/${documentId}/zh/review`)
      .set(bearer(translator.zh))
      .send({});
    expect(reviewed.status).toBe(200);
    expect((await changes(translator.zh, ANNOUNCEMENT, documentId, { locale: 'zh' })).body.data).toMatchObject({
      status: 'current',
      changes: [],
    });
    expect((await changes(translator.en, ANNOUNCEMENT, documentId, { locale: 'en' })).body.data.changes).toHaveLength(2);
  });

  test('the next change of the source is compared with the source as zh reviewed it', async () => {
    const current = (await contentManagerAs(pressroom.http, editor).read(ANNOUNCEMENT, documentId, 'ru')).body.data;
    const location = 'Секретариат ШОС, Пекин, Житань Дунли, 7';
    expect((await contentManagerAs(pressroom.http, editor).update(ANNOUNCEMENT, documentId, 'ru', { location })).status).toBe(200);
    expect((await changes(translator.zh, ANNOUNCEMENT, documentId, { locale: 'zh' })).body.data.changes).toEqual([
      { field: 'location', before: current.location, after: location },
    ]);
  });

  test('the en translator updating their version brings it up to date: nothing to show', async () => {
    const en = (await contentManagerAs(pressroom.http, translator.en).read(ANNOUNCEMENT, documentId, 'en')).body.data;
    const saved = await contentManagerAs(pressroom.http, translator.en).update(ANNOUNCEMENT, documentId, 'en', {
      ...en,
      title: 'SCO Secretariat celebrates the Day of SCO Journalist Friends',
    });
    expect(saved.status).toBe(200);
    expect((await changes(translator.en, ANNOUNCEMENT, documentId, { locale: 'en' })).body.data).toMatchObject({
      status: 'current',
      changes: [],
    });
  });
});

test('a component field of the source shows with its path: leaders[1].position', async () => {
  const documentId = await documentIdOf(MEDIA_PARTNER, 'xinhua');
  const ru = (await contentManagerAs(pressroom.http, editor).read(MEDIA_PARTNER, documentId, 'ru')).body.data;
  const leaders = ru.leaders.map((leader: any, index: number) => (index === 0 ? { ...leader, position: 'Президент агентства' } : leader));
  expect((await contentManagerAs(pressroom.http, editor).update(MEDIA_PARTNER, documentId, 'ru', { ...ru, leaders })).status).toBe(200);
  const response = await changes(translator.zh, MEDIA_PARTNER, documentId, { locale: 'zh' });
  expect(response.body.data.changes).toEqual([
    { field: 'leaders[1].position', before: ru.leaders[0].position, after: 'Президент агентства' },
  ]);
});

test('a Chinese source: its translations see the change, which the panel diffs character by character', async () => {
  const cm = contentManagerAs(pressroom.http, editor);
  const created = await cm.create(ANNOUNCEMENT, 'zh', {
    title: '上合组织秘书处举办记者之友日活动',
    slug: 'zh-source-changes',
    summary: '2017年3月23日，上合组织成员国记者再次齐聚北京上合组织秘书处。',
    category: 'news',
  });
  expect(created.status).toBe(201);
  const documentId = created.body.data.documentId;
  const en = await contentManagerAs(pressroom.http, translator.en).update(ANNOUNCEMENT, documentId, 'en', {
    title: 'SCO Secretariat hosts Journalist Friends Day',
    slug: 'zh-source-changes',
  });
  expect(en.status).toBe(200);
  expect((await changes(translator.en, ANNOUNCEMENT, documentId, { locale: 'ru' })).body.data).toMatchObject({
    sourceLocale: 'zh',
    status: 'missing',
    changes: [],
  });

  const title = '上合组织秘书处举行记者之友日招待会';
  expect((await cm.update(ANNOUNCEMENT, documentId, 'zh', { ...created.body.data, title })).status).toBe(200);
  const response = await changes(translator.en, ANNOUNCEMENT, documentId, { locale: 'en' });
  expect(response.body.data).toMatchObject({ locale: 'en', sourceLocale: 'zh', status: 'outdated' });
  expect(response.body.data.changes).toEqual([{ field: 'title', before: '上合组织秘书处举办记者之友日活动', after: title }]);
  const diff = diffText(response.body.data.changes[0].before, response.body.data.changes[0].after);
  expect(diff.granularity).toBe('characters');
  expect(diff.parts.filter((part) => part.kind !== 'same')).toEqual([
    { kind: 'removed', text: '办' },
    { kind: 'added', text: '行' },
    { kind: 'removed', text: '活动' },
    { kind: 'added', text: '招待会' },
  ]);
});

test('the record keeps the source text it was brought up to date with', async () => {
  const documentId = await documentIdOf(ANNOUNCEMENT, 'sco-journalists-friends-day-2017');
  const record = await pressroom.strapi.db
    .query('plugin::translation-status.record')
    .findOne({ where: { contentType: ANNOUNCEMENT, entryDocumentId: documentId, entryLocale: 'en' } });
  const ru = (await contentManagerAs(pressroom.http, editor).read(ANNOUNCEMENT, documentId, 'ru')).body.data;
  expect(record.sourceTextSeen.locale).toBe('ru');
  expect(record.sourceTextSeen.fields).toMatchObject({ title: ru.title, location: ru.location, body: blocksText(ru.body) });
  const source = await pressroom.strapi.db
    .query('plugin::translation-status.record')
    .findOne({ where: { contentType: ANNOUNCEMENT, entryDocumentId: documentId, entryLocale: 'ru' } });
  expect(source.sourceTextSeen).toBeNull();
});

describe('who may ask, and bad input', () => {
  let documentId: string;
  beforeAll(async () => {
    documentId = await documentIdOf(ANNOUNCEMENT, 'sco-journalists-friends-day-2017');
  });

  test.each([
    ['api::nothing.nothing', { locale: 'zh' }, 'contentType', 'contentType must be one of'],
    [ANNOUNCEMENT, {}, 'locale', 'locale must be one of ru, zh, en'],
    [ANNOUNCEMENT, { locale: 'fr' }, 'locale', 'locale must be one of ru, zh, en'],
    [ANNOUNCEMENT, { locale: ['zh', 'en'] }, 'locale', 'locale must be one of ru, zh, en'],
  ])('%s %o is a 400 naming %s', async (uid, query, parameter, message) => {
    const response = await changes(translator.zh, uid, documentId, query);
    expect(response.status).toBe(400);
    expect(response.body.error.details.parameter).toBe(parameter);
    expect(response.body.error.message).toContain(message);
  });

  test('an unknown document is a 404 naming it', async () => {
    const response = await changes(translator.zh, ANNOUNCEMENT, 'no-such-document', { locale: 'zh' });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('"no-such-document"');
  });

  test('an admin without the plugin permission gets 403; anonymous 401', async () => {
    const author = await loginAdmin(pressroom, { roleCode: 'strapi-author' });
    expect((await changes(author, ANNOUNCEMENT, documentId, { locale: 'zh' })).status).toBe(403);
    expect((await changes(null, ANNOUNCEMENT, documentId, { locale: 'zh' })).status).toBe(401);
  });
});

test('records from before the source texts were kept: a current one gets the text at boot, an outdated one says it is not known', async () => {
  const { strapi } = pressroom;
  const RECORD = 'plugin::translation-status.record';
  const documentId = await documentIdOf(ANNOUNCEMENT, 'sco-journalists-friends-day-2017');
  await contentManagerAs(pressroom.http, editor).update(ANNOUNCEMENT, documentId, 'ru', { summary: 'Краткое содержание, уточнённое.' });
  // en was brought up to date above and is outdated again now; the seeded photo exhibition's zh is current.
  const exhibition = await documentIdOf('api::photo-exhibition.photo-exhibition', 'astana-photo-exhibition-2017');
  await strapi.db
    .query(RECORD)
    .updateMany({ where: { entryDocumentId: { $in: [documentId, exhibition] } }, data: { sourceTextSeen: null } });

  await strapi.plugin('translation-status').service('tracker').backfill();

  const en = await changes(translator.en, ANNOUNCEMENT, documentId, { locale: 'en' });
  expect(en.body.data).toMatchObject({ status: 'outdated', sourceTextKept: false, changes: [] });
  const zh = await strapi.db.query(RECORD).findOne({ where: { entryDocumentId: exhibition, entryLocale: 'zh' } });
  const ru = (await contentManagerAs(pressroom.http, editor).read('api::photo-exhibition.photo-exhibition', exhibition, 'ru')).body.data;
  expect(zh.sourceTextSeen).toMatchObject({ locale: 'ru', fields: { title: ru.title } });
});

test('the summary names the locales of the homepage widget: a translator their own, an editor every locale', async () => {
  const asked = async (token: string) => (await pressroom.http.get('/translation-status/summary').set(bearer(token))).body.data.workLocales;
  expect(await asked(translator.zh)).toEqual(['zh']);
  expect(await asked(translator.en)).toEqual(['en']);
  expect(await asked(editor)).toEqual(['ru', 'zh', 'en']);
});
