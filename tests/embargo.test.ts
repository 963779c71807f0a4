/**
 * Embargoed publishing through the real admin API and the real scheduler: who may set, change and
 * lift an embargo; never early and boundedly late, in a zone other than the server's; every chosen
 * locale at once (the public REST API never shows a mix); the webhook; the early-publish guard;
 * catch-up by an instance booting after the due time; which versions go out (latest or as scheduled).
 */
import { ANNOUNCEMENT } from '../src/content-types';
import { loginAdmin } from './helpers/auth';
import { contentManagerAs, cm } from './helpers/content-manager';
import {
  actionRow,
  draftAnnouncement,
  embargoApi,
  LOCALES,
  publicLocales,
  settled,
  startWebhookReceiver,
  wallTimeIn,
  type WebhookReceiver,
} from './helpers/embargo';
import { expectLoggedErrors } from './helpers/expected-errors';
import { bearer } from './helpers/http';
import { startSecondInstance } from './helpers/instances';
import { startPressroom, type Pressroom } from './helpers/pressroom';

// The embargoes are set in Kathmandu time (+05:45), a zone no server here runs in; the instance
// booting for the catch-up runs in New York time.
const ZONE = 'Asia/Kathmandu';

let pressroom: Pressroom;
let receiver: WebhookReceiver;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  pressroom = await startPressroom();
  for (const role of ['strapi-super-admin', 'strapi-editor', 'strapi-author', 'translator-ru', 'translator-zh', 'translator-en']) {
    tokens[role] = await loginAdmin(pressroom, { roleCode: role });
  }
  receiver = await startWebhookReceiver();
  const webhook = await pressroom.http
    .post('/admin/webhooks')
    .set(bearer(tokens['strapi-super-admin']))
    .send({ name: 'embargo test', url: receiver.url, headers: {}, events: ['embargo.executed'] });
  expect(webhook.status).toBe(201);
});
afterAll(async () => {
  await pressroom?.stop();
  await receiver?.close();
});

/** The wall-clock time `ms` from now in ZONE, as the panel sends it. */
const inZone = (ms: number) => ({ at: wallTimeIn(ms, ZONE).at, timeZone: ZONE });

const api = (role = 'strapi-editor') => embargoApi(pressroom.http, tokens[role]);

describe('permissions', () => {
  let documentId: string;
  let actionId: number;
  beforeAll(async () => {
    documentId = await draftAnnouncement(pressroom);
    const created = await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', ...inZone(3_600_000) });
    expect(created.status).toBe(201);
    actionId = created.body.data.id;
  });

  test.each(['strapi-super-admin', 'strapi-editor'])('%s sets, changes and lifts an embargo', async (role) => {
    const created = await api(role).create({
      contentType: ANNOUNCEMENT,
      documentId,
      kind: 'unpublish',
      locales: ['zh'],
      ...inZone(7_200_000),
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ kind: 'unpublish', locales: ['zh'], timeZone: ZONE, status: 'pending' });
    expect(created.body.data.scheduledBy.name).toBe('Test Admin');
    const changed = await api(role).change(created.body.data.id, { locales: 'all' });
    expect(changed.status).toBe(200);
    expect(changed.body.data.locales).toBeNull();
    const cancelled = await api(role).cancel(created.body.data.id);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ status: 'cancelled', cancelledBy: 'Test Admin' });
  });

  test.each(['strapi-author', 'translator-ru', 'translator-zh', 'translator-en'])(
    '%s sees embargoes but may not set, change or lift one',
    async (role) => {
      const listed = await api(role).list(`?documentId=${documentId}`);
      expect(listed.status).toBe(200);
      expect(listed.body.data.map((action: any) => action.id)).toContain(actionId);
      expect((await api(role).get(actionId)).status).toBe(200);

      const refusals = [
        await api(role).create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', ...inZone(60_000) }),
        await api(role).change(actionId, inZone(120_000)),
        await api(role).cancel(actionId),
      ];
      for (const refused of refusals) {
        expect(refused.status).toBe(403);
        expect(refused.body.error.message).toMatch(/may see embargoes but not set, change or lift them.*plugin::embargo\.schedule/);
      }
      expect((await actionRow(pressroom, actionId)).status).toBe('pending');
    }
  );

  test('anonymous callers are refused', async () => {
    expect((await pressroom.http.get('/embargo/actions')).status).toBe(401);
  });
});

describe('requests', () => {
  test('a bad request names the field and the limit', async () => {
    const documentId = await draftAnnouncement(pressroom, ['ru']);
    const cases: [object, string, RegExp][] = [
      [{ kind: 'delete' }, 'kind', /publish, unpublish/],
      [{ locales: ['fr'] }, 'locales', /unknown locale fr/],
      [{ at: '2020-01-01T10:00' }, 'at', /in the future/],
      [{ timeZone: 'Beijing' }, 'timeZone', /IANA time zone/],
      [{ documentId: 'no-such-document' }, 'documentId', /no api::announcement.announcement document no-such-document/],
      [{ versions: 'newest' }, 'versions', /versions must be one of latest, as-scheduled/],
      [{ kind: 'unpublish', versions: 'as-scheduled' }, 'versions', /publish actions only/],
    ];
    for (const [change, parameter, message] of cases) {
      const response = await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', ...inZone(60_000), ...change });
      expect(response.status).toBe(400);
      expect(response.body.error.details.parameter).toBe(parameter);
      expect(response.body.error.message).toMatch(message);
    }
  });

  test('an action that ran cannot be changed or cancelled (409)', async () => {
    const documentId = await draftAnnouncement(pressroom, ['ru']);
    const { at } = wallTimeIn(1000, ZONE);
    const created = await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', locales: ['ru'], at, timeZone: ZONE });
    await settled(pressroom, created.body.data.id);
    const refused = await api().cancel(created.body.data.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/is done: only a pending one can be cancelled/);
  });

  test('the list filters by type, locale and time, upcoming soonest first', async () => {
    const documentId = await draftAnnouncement(pressroom);
    const make = (kind: string, locales: unknown, ms: number) =>
      api().create({ contentType: ANNOUNCEMENT, documentId, kind, locales, ...inZone(ms) });
    const later = (await make('publish', ['ru'], 9_000_000)).body.data.id;
    const sooner = (await make('unpublish', 'all', 8_000_000)).body.data.id;
    const zhOnly = (await make('publish', ['zh'], 8_500_000)).body.data.id;

    const ids = async (query: string) =>
      (await api('translator-zh').list(`?documentId=${documentId}&${query}`)).body.data.map((a: any) => a.id);
    expect(await ids('when=upcoming')).toEqual([sooner, zhOnly, later]);
    expect(await ids('when=upcoming&kind=publish')).toEqual([zhOnly, later]);
    expect(await ids('when=upcoming&locale=ru')).toEqual([sooner, later]);
    expect(await ids('when=past')).toEqual([]);
    const page = await api().list(`?documentId=${documentId}&pageSize=2`);
    expect(page.body.meta.pagination).toEqual({ page: 1, pageSize: 2, total: 3, pageCount: 2 });
    expect(page.body.data[0].title).toMatch(/^Embargoed /);
    expect((await api().list('?locale=fr')).body.error.details.parameter).toBe('locale');
  });
});

describe('at the instant', () => {
  test('every locale goes out together, never early, late by a bounded amount; the webhook tells', async () => {
    const documentId = await draftAnnouncement(pressroom);
    const { at, dueAt } = wallTimeIn(3000, ZONE);
    const created = await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', locales: 'all', at, timeZone: ZONE });
    expect(created.status).toBe(201);
    expect(created.body.data.dueAt).toBe(dueAt.toISOString());
    expect(created.body.data.dueAtInZone).toBe(`${at}+05:45`);

    // Poll the public API as fast as it answers, from before the instant until well after.
    const observations: { sentAt: number; receivedAt: number; locale: string; shown: boolean }[] = [];
    while (Date.now() < dueAt.getTime() + 6000) {
      for (const locale of LOCALES) {
        const sentAt = Date.now();
        const response = await pressroom.http.get(`/api/announcements/${documentId}?locale=${locale}`);
        observations.push({ sentAt, receivedAt: Date.now(), locale, shown: response.status === 200 });
      }
    }
    const row = await settled(pressroom, created.body.data.id);

    // Never early: nothing shown in an answer received before the due time, and the record agrees.
    expect(observations.filter((seen) => seen.shown && seen.receivedAt < dueAt.getTime())).toEqual([]);
    expect(Number(row.executedAtMs)).toBeGreaterThanOrEqual(dueAt.getTime());
    expect(Number(row.lateByMs)).toBeLessThanOrEqual(10_000); // loosely: npm run bench:embargo measures it
    expect(row.publishedLocales).toEqual(expect.arrayContaining(LOCALES));

    // Never a mix: once any locale was seen published, every request sent afterwards sees each one.
    const firstShown = observations.find((seen) => seen.shown);
    expect(firstShown).toBeDefined();
    const afterwards = observations.filter((seen) => seen.sentAt >= firstShown!.receivedAt);
    expect(afterwards.length).toBeGreaterThan(0);
    expect(afterwards.filter((seen) => !seen.shown)).toEqual([]);
    expect(observations.filter((seen) => !seen.shown).length).toBeGreaterThan(0);

    // Published timestamps are the real publication time.
    const published = await pressroom.strapi.db
      .query(ANNOUNCEMENT)
      .findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['locale', 'publishedAt'] });
    expect(published.map((version) => version.locale).sort()).toEqual([...LOCALES].sort());
    for (const version of published) expect(new Date(version.publishedAt).getTime()).toBeGreaterThanOrEqual(dueAt.getTime());

    const until = Date.now() + 10_000;
    while (!receiver.calls.some((call) => call.body.document?.documentId === documentId) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const calls = receiver.calls.filter((call) => call.body.document?.documentId === documentId);
    expect(calls).toHaveLength(1);
    expect(calls[0].headers['x-strapi-event']).toBe('embargo.executed');
    expect(calls[0].body).toMatchObject({
      event: 'embargo.executed',
      action: { id: created.body.data.id, kind: 'publish', status: 'done' },
      document: { contentType: ANNOUNCEMENT, documentId },
      plannedAt: dueAt.toISOString(),
      executedAt: new Date(Number(row.executedAtMs)).toISOString(),
      timeZone: ZONE,
    });
    expect(calls[0].body.locales.sort()).toEqual([...LOCALES].sort());
  });

  test('chosen locales only; a chosen locale without a version fails the whole action', async () => {
    const documentId = await draftAnnouncement(pressroom, ['ru', 'zh']);
    const some = await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', locales: ['zh'], ...inZone(1000) });
    expect((await settled(pressroom, some.body.data.id)).status).toBe('done');
    expect(await publicLocales(pressroom.http, documentId)).toEqual(['zh']);

    expectLoggedErrors(/has no en version/);
    const other = await draftAnnouncement(pressroom, ['ru', 'zh']);
    const failing = await api().create({
      contentType: ANNOUNCEMENT,
      documentId: other,
      kind: 'publish',
      locales: ['ru', 'en'],
      ...inZone(1000),
    });
    const row = await settled(pressroom, failing.body.data.id);
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/has no en version: nothing was published/);
    expect(await publicLocales(pressroom.http, other)).toEqual([]);
  });

  test('a translation added after the embargo was set joins it when it covers all locales', async () => {
    const documentId = await draftAnnouncement(pressroom, ['ru']);
    const created = await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', locales: 'all', ...inZone(4000) });
    const translated = await contentManagerAs(pressroom.http, tokens['translator-zh']).update(ANNOUNCEMENT, documentId, 'zh', {
      title: '新闻稿',
      slug: `embargo-zh-${documentId}`,
    });
    expect(translated.status).toBe(200);
    const row = await settled(pressroom, created.body.data.id);
    expect(row.publishedLocales.sort()).toEqual(['ru', 'zh']);
    expect(await publicLocales(pressroom.http, documentId)).toEqual(['ru', 'zh']);
  });

  test('unpublishes at the instant; a cancelled embargo does nothing', async () => {
    const documentId = await draftAnnouncement(pressroom);
    for (const locale of LOCALES) await pressroom.strapi.documents(ANNOUNCEMENT).publish({ documentId, locale });
    const cancelled = await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'unpublish', locales: ['ru'], ...inZone(3000) });
    await api().cancel(cancelled.body.data.id);
    const unpublish = await api().create({
      contentType: ANNOUNCEMENT,
      documentId,
      kind: 'unpublish',
      locales: ['en', 'zh'],
      ...inZone(4000),
    });
    expect((await settled(pressroom, unpublish.body.data.id)).status).toBe('done');
    expect(await publicLocales(pressroom.http, documentId)).toEqual(['ru']);
    expect((await actionRow(pressroom, cancelled.body.data.id)).status).toBe('cancelled');
  });
});

describe('which versions go out', () => {
  /** The title websites see in a locale, or null. */
  const publicTitle = async (documentId: string, locale: string) => {
    const response = await pressroom.http.get(`/api/announcements/${documentId}?locale=${locale}`);
    return response.status === 200 ? response.body.data.title : null;
  };
  const draftTitle = async (documentId: string, locale: string) =>
    (await pressroom.strapi.documents(ANNOUNCEMENT).findOne({ documentId, locale, status: 'draft' }))?.title;
  const editAs = (role: string, documentId: string, locale: string, title: string) =>
    contentManagerAs(pressroom.http, tokens[role]).update(ANNOUNCEMENT, documentId, locale, { title });

  test('as scheduled: a draft edited since goes out as it stood, the edit stays the draft; an unedited one goes out as it is', async () => {
    const documentId = await draftAnnouncement(pressroom, ['ru', 'zh']);
    await pressroom.strapi
      .documents(ANNOUNCEMENT)
      .update({ documentId, locale: 'ru', data: { coverText: { alternativeText: 'Фото к релизу' } } as any });
    const scheduledRu = await draftTitle(documentId, 'ru');
    const scheduledZh = await draftTitle(documentId, 'zh');
    const created = await api().create({
      contentType: ANNOUNCEMENT,
      documentId,
      kind: 'publish',
      locales: 'all',
      versions: 'as-scheduled',
      ...inZone(5000),
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ versions: 'as-scheduled' });
    expect(created.body.data.snapshotLocales.sort()).toEqual(['ru', 'zh']);
    const listed = await api('translator-ru').list(`?documentId=${documentId}`);
    expect(listed.body.data[0]).toMatchObject({ id: created.body.data.id, versions: 'as-scheduled' });

    const edited = await contentManagerAs(pressroom.http, tokens['translator-ru']).update(ANNOUNCEMENT, documentId, 'ru', {
      title: 'Later edit, not for this release',
      coverText: { alternativeText: 'Новое фото' },
    });
    expect(edited.status).toBe(200);
    const row = await settled(pressroom, created.body.data.id);
    expect(row.status).toBe('done');

    expect(await publicTitle(documentId, 'ru')).toBe(scheduledRu);
    expect(await publicTitle(documentId, 'zh')).toBe(scheduledZh);
    expect(await draftTitle(documentId, 'ru')).toBe('Later edit, not for this release');
    expect(await draftTitle(documentId, 'zh')).toBe(scheduledZh);
    // The later edit stays a draft to publish: the published version keeps the scheduled text.
    const read = (status: 'draft' | 'published') =>
      pressroom.strapi.documents(ANNOUNCEMENT).findOne({ documentId, locale: 'ru', status, populate: ['coverText'] }) as Promise<any>;
    const published = await read('published');
    expect(published).toMatchObject({ title: scheduledRu, coverText: { alternativeText: 'Фото к релизу' } });
    expect((await read('draft')).coverText.alternativeText).toBe('Новое фото');
    expect(new Date(published!.publishedAt as string).getTime()).toBeGreaterThanOrEqual(new Date(created.body.data.dueAt).getTime());
  });

  test('latest (the default): the later edit goes out', async () => {
    const documentId = await draftAnnouncement(pressroom, ['ru']);
    const created = await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', locales: ['ru'], ...inZone(4000) });
    expect(created.body.data).toMatchObject({ versions: 'latest', snapshotLocales: [] });
    expect((await editAs('strapi-editor', documentId, 'ru', 'Edited after scheduling')).status).toBe(200);
    expect((await settled(pressroom, created.body.data.id)).status).toBe('done');
    expect(await publicTitle(documentId, 'ru')).toBe('Edited after scheduling');
    expect(await draftTitle(documentId, 'ru')).toBe('Edited after scheduling');
  });

  test('as scheduled by a change, with the draft unchanged since: it goes out as with latest', async () => {
    const documentId = await draftAnnouncement(pressroom, ['ru']);
    const title = await draftTitle(documentId, 'ru');
    const created = await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', locales: ['ru'], ...inZone(4000) });
    const changed = await api().change(created.body.data.id, { versions: 'as-scheduled' });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ versions: 'as-scheduled', snapshotLocales: ['ru'] });
    expect((await api().change(created.body.data.id, { versions: 'soon' })).body.error.details.parameter).toBe('versions');
    expect((await settled(pressroom, created.body.data.id)).status).toBe('done');
    expect(await publicTitle(documentId, 'ru')).toBe(title);
    expect(await draftTitle(documentId, 'ru')).toBe(title);
  });
});

describe('publishing early', () => {
  test('the Content Manager refuses, naming the embargo, unless the request confirms it', async () => {
    const documentId = await draftAnnouncement(pressroom);
    const created = await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', ...inZone(3_600_000) });
    const { id, dueAtInZone } = created.body.data;

    const refused = await contentManagerAs(pressroom.http, tokens['strapi-editor']).publish(ANNOUNCEMENT, documentId, 'zh');
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain(`to be published at ${dueAtInZone} (${ZONE}), embargo set by Test Admin`);
    expect(refused.body.error.message).toContain(`X-Embargo-Confirm: ${id}`);
    expect(refused.body.error.details.embargoes[0].id).toBe(id);
    expect(await publicLocales(pressroom.http, documentId)).toEqual([]);

    const confirmed = await pressroom.http
      .post(`${cm(ANNOUNCEMENT, documentId, '/actions/publish')}?locale=zh`)
      .set(bearer(tokens['strapi-editor']))
      .set('X-Embargo-Confirm', String(id))
      .send({});
    expect(confirmed.status).toBe(200);
    expect(await publicLocales(pressroom.http, documentId)).toEqual(['zh']);
    // The embargo stands for the other locales.
    expect((await actionRow(pressroom, id)).status).toBe('pending');
  });

  test('a locale the embargo does not cover publishes as usual', async () => {
    const documentId = await draftAnnouncement(pressroom);
    await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', locales: ['ru'], ...inZone(3_600_000) });
    expect((await contentManagerAs(pressroom.http, tokens['strapi-editor']).publish(ANNOUNCEMENT, documentId, 'en')).status).toBe(200);
  });
});

describe('catch-up', () => {
  test('an instance booting after the due time runs what fell due while none ran, once, marked late', async () => {
    const scheduler = pressroom.strapi.plugin('embargo').service('scheduler');
    await scheduler.stop(); // no instance runs the scheduler from here
    try {
      const documentId = await draftAnnouncement(pressroom);
      const { at, dueAt } = wallTimeIn(1000, ZONE);
      const created = await api().create({ contentType: ANNOUNCEMENT, documentId, kind: 'publish', at, timeZone: ZONE });
      while (Date.now() < dueAt.getTime() + 3500) await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await actionRow(pressroom, created.body.data.id)).status).toBe('pending');
      expect(await publicLocales(pressroom.http, documentId)).toEqual([]);

      const second = await startSecondInstance({ TZ: 'America/New_York' });
      try {
        const row = await settled(pressroom, created.body.data.id).catch((error) => {
          throw new Error(`${error.message}; the booting instance printed:\n${second.output()}`);
        });
        expect(row.status).toBe('late');
        expect(Number(row.lateByMs)).toBeGreaterThanOrEqual(3500);
        expect(row.executedOn).not.toMatch(new RegExp(`:${process.pid}$`));
        expect((await publicLocales(second.http, documentId)).sort()).toEqual([...LOCALES].sort());
        const late = await embargoApi(second.http, tokens['strapi-editor']).list('?when=past&status=late');
        expect(late.body.data.map((action: any) => action.id)).toContain(created.body.data.id);
      } finally {
        await second.stop();
      }
    } finally {
      scheduler.start();
    }
  });
});
