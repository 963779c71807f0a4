/**
 * Several instances on one PostgreSQL or MariaDB database: 50 embargoes due at the same second are
 * each executed exactly once by three instances, one of them killed mid-way (SIGKILL: its open
 * transactions die with it and another instance runs those actions). SQLite is one process's
 * database: the file is skipped there.
 */
import { ANNOUNCEMENT } from '../src/content-types';
import { loginAdmin } from './helpers/auth';
import { ACTION, draftAnnouncement, embargoApi, settled, startWebhookReceiver, wallTimeIn, type WebhookReceiver } from './helpers/embargo';
import { bearer } from './helpers/http';
import { startSecondInstance, type SecondInstance } from './helpers/instances';
import { startPressroom, type Pressroom } from './helpers/pressroom';

const serverDatabase = (process.env.DATABASE_CLIENT ?? 'sqlite') !== 'sqlite';
const ACTIONS = 50;
const LOCALES = ['ru', 'zh'];

(serverDatabase ? describe : describe.skip)('three instances, one killed mid-way', () => {
  let pressroom: Pressroom;
  let receiver: WebhookReceiver;
  let editor: string;
  const others: SecondInstance[] = [];

  beforeAll(async () => {
    pressroom = await startPressroom();
    const admin = await loginAdmin(pressroom);
    editor = await loginAdmin(pressroom, { roleCode: 'strapi-editor' });
    receiver = await startWebhookReceiver();
    // Made before the other instances boot, so that each of them sends it too.
    const webhook = await pressroom.http
      .post('/admin/webhooks')
      .set(bearer(admin))
      .send({ name: 'embargo instances', url: receiver.url, headers: {}, events: ['embargo.executed', 'entry.publish'] });
    expect(webhook.status).toBe(201);
    others.push(await startSecondInstance(), await startSecondInstance());
  });
  afterAll(async () => {
    for (const other of others) await other.stop().catch(() => undefined);
    await pressroom?.stop();
    await receiver?.close();
  });

  test(`${ACTIONS} actions due at the same second run exactly once each`, async () => {
    const documentIds: string[] = [];
    for (let i = 0; i < ACTIONS; i += 1) documentIds.push(await draftAnnouncement(pressroom, LOCALES));
    const ids: number[] = [];
    for (const [index, documentId] of documentIds.entries()) {
      // Set through every instance in turn, an hour ahead for now.
      const client = [pressroom.http, others[0].http, others[1].http][index % 3];
      const { at } = wallTimeIn(3_600_000, 'Asia/Shanghai');
      const created = await embargoApi(client, editor).create({
        contentType: ANNOUNCEMENT,
        documentId,
        kind: 'publish',
        locales: 'all',
        at,
      });
      expect(created.body.error).toBeUndefined();
      ids.push(created.body.data.id);
    }
    // Then all brought forward to one second, as an editor on yet another instance would: every
    // instance learns it from the database at its next rescan.
    const { dueAt } = wallTimeIn(4000, 'Asia/Shanghai');
    await pressroom.strapi.db.query(ACTION as any).updateMany({ where: { id: { $in: ids } }, data: { dueAtMs: dueAt.getTime() } });

    const killed = others[1];
    while (Date.now() < dueAt.getTime() + 150) await new Promise((resolve) => setTimeout(resolve, 10));
    await killed.kill();

    const rows = [];
    for (const id of ids) rows.push(await settled(pressroom, id, 60_000));
    expect(rows.filter((row) => !['done', 'late'].includes(row.status))).toEqual([]);
    for (const row of rows) {
      expect(Number(row.executedAtMs)).toBeGreaterThanOrEqual(dueAt.getTime());
      expect(row.publishedLocales.sort()).toEqual([...LOCALES].sort());
    }

    // Every document: each locale published, once, never before the due time.
    const published = await pressroom.strapi.db.query(ANNOUNCEMENT).findMany({
      where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
      select: ['documentId', 'locale', 'publishedAt'],
    });
    expect(published).toHaveLength(ACTIONS * LOCALES.length);
    for (const version of published) expect(new Date(version.publishedAt).getTime()).toBeGreaterThanOrEqual(dueAt.getTime());

    // The events: none twice. An instance killed between its commit and its webhook sends none for
    // that action, so completeness is asserted for the actions the surviving instances ran.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const executedEvents = receiver.calls.filter((call) => call.event === 'embargo.executed');
    const eventsPerAction = new Map<number, number>();
    for (const call of executedEvents) eventsPerAction.set(call.body.action.id, (eventsPerAction.get(call.body.action.id) ?? 0) + 1);
    expect([...eventsPerAction.values()].filter((count) => count > 1)).toEqual([]);
    const publishEvents = receiver.calls.filter(
      (call) => call.event === 'entry.publish' && documentIds.includes(call.body.entry?.documentId)
    );
    const publishesPerVersion = new Map<string, number>();
    for (const call of publishEvents) {
      const key = `${call.body.entry.documentId}:${call.body.entry.locale}`;
      publishesPerVersion.set(key, (publishesPerVersion.get(key) ?? 0) + 1);
    }
    expect([...publishesPerVersion.values()].filter((count) => count > 1)).toEqual([]);

    const bySurvivors = rows.filter((row) => !row.executedOn.endsWith(`:${killed.pid}`));
    expect(bySurvivors.length).toBeGreaterThan(0);
    for (const row of bySurvivors) {
      expect(eventsPerAction.get(row.id)).toBe(1);
      for (const locale of LOCALES) expect(publishesPerVersion.get(`${row.entryDocumentId}:${locale}`)).toBe(1);
    }
    // The instances shared the work (each was woken at the due time; they start on different rows).
    expect(new Set(rows.map((row) => row.executedOn)).size).toBeGreaterThanOrEqual(2);
  });
});
