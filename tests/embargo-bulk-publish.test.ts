/**
 * The Content Manager's bulk publish (list view "Publish", edit view "Publish multiple locales")
 * against the early-publish guard, through the real admin API as an Editor: a bulk that includes a
 * document under embargo is refused with a 409 naming the embargo unless confirmed, and nothing of
 * the bulk is written (the other documents stay unpublished: one transaction, rolled back).
 */
import { ANNOUNCEMENT } from '../src/content-types';
import { loginAdmin } from './helpers/auth';
import { cm } from './helpers/content-manager';
import { actionRow, draftAnnouncement, embargoApi, publicLocales, wallTimeIn } from './helpers/embargo';
import { bearer } from './helpers/http';
import { startPressroom, type Pressroom } from './helpers/pressroom';

const ZONE = 'Asia/Shanghai';

let pressroom: Pressroom;
let editor: string;

beforeAll(async () => {
  pressroom = await startPressroom();
  editor = await loginAdmin(pressroom, { roleCode: 'strapi-editor' });
});
afterAll(async () => {
  await pressroom?.stop();
});

/** An embargo an hour ahead on a new draft in ru, zh and en; its id and documentId. */
async function embargoed(locales: string[] | 'all' = 'all') {
  const documentId = await draftAnnouncement(pressroom);
  const created = await embargoApi(pressroom.http, editor).create({
    contentType: ANNOUNCEMENT,
    documentId,
    kind: 'publish',
    locales,
    at: wallTimeIn(3_600_000, ZONE).at,
    timeZone: ZONE,
  });
  expect(created.status).toBe(201);
  return { documentId, id: created.body.data.id as number, dueAtInZone: created.body.data.dueAtInZone as string };
}

const bulkPublish = (body: object, confirm?: number) => {
  const call = pressroom.http.post(cm(ANNOUNCEMENT, undefined, '/actions/bulkPublish')).set(bearer(editor));
  return (confirm === undefined ? call : call.set('X-Embargo-Confirm', String(confirm))).send(body);
};

describe('bulk publish of a document under embargo', () => {
  test('is refused, naming the embargo, and publishes none of the other documents', async () => {
    const before = await draftAnnouncement(pressroom);
    const { documentId, id, dueAtInZone } = await embargoed();
    const after = await draftAnnouncement(pressroom);

    const refused = await bulkPublish({ documentIds: [before, documentId, after], locale: ['ru', 'zh', 'en'] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(`to be published at ${dueAtInZone} (${ZONE})`);
    expect(refused.body.error.message).toContain(`X-Embargo-Confirm: ${id}`);
    for (const other of [before, documentId, after]) expect(await publicLocales(pressroom.http, other)).toEqual([]);
    const published = await pressroom.strapi.db
      .query(ANNOUNCEMENT as any)
      .count({ where: { documentId: { $in: [before, documentId, after] }, publishedAt: { $notNull: true } } });
    expect(published).toBe(0);
    expect((await actionRow(pressroom, id)).status).toBe('pending');
  });

  test('in the default locale (the list view sends none) is refused too', async () => {
    const other = await draftAnnouncement(pressroom);
    const { documentId, id } = await embargoed();
    const refused = await bulkPublish({ documentIds: [other, documentId] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.embargoes.map((action: { id: number }) => action.id)).toEqual([id]);
    expect(await publicLocales(pressroom.http, other)).toEqual([]);
  });

  test('a list of locales that includes one the embargo covers is refused; one without goes through', async () => {
    const { documentId, id } = await embargoed(['zh']);
    const refused = await bulkPublish({ documentIds: [documentId], locale: ['ru', 'zh'] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('(zh)');
    expect(await publicLocales(pressroom.http, documentId)).toEqual([]);

    const allowed = await bulkPublish({ documentIds: [documentId], locale: ['ru', 'en'] });
    expect(allowed.status).toBe(200);
    expect(await publicLocales(pressroom.http, documentId)).toEqual(['ru', 'en']);
    expect((await actionRow(pressroom, id)).status).toBe('pending');
  });

  test('confirmed with the embargo id, publishes the whole bulk', async () => {
    const other = await draftAnnouncement(pressroom);
    const { documentId, id } = await embargoed();
    const confirmed = await bulkPublish({ documentIds: [other, documentId], locale: ['ru', 'zh', 'en'] }, id);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.count).toBe(6);
    expect(await publicLocales(pressroom.http, other)).toEqual(['ru', 'zh', 'en']);
    expect(await publicLocales(pressroom.http, documentId)).toEqual(['ru', 'zh', 'en']);
  });
});
