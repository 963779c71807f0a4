/**
 * The announcement's eventDate is a date (it was a datetime). A database written with the old
 * schema keeps every event's day through database/migrations and Strapi's schema sync at boot.
 */
import path from 'path';
import type { Knex } from 'knex';
import { loginAdmin } from './helpers/auth';
import { bearer, path as urlPath } from './helpers/http';
import { startSecondInstance, type SecondInstance } from './helpers/instances';
import { ROOT, startPressroom, type Pressroom } from './helpers/pressroom';

const MIGRATION = '2026.11.29T00.00.00.announcement-event-date-is-a-day.js';
const migration = require(path.join(ROOT, 'database', 'migrations', MIGRATION));
const ANNOUNCEMENT = 'api::announcement.announcement';

describe('the day of a stored eventDate', () => {
  test.each([
    ['midnight UTC, as the demo stored it', new Date('2017-03-23T00:00:00.000Z'), '2017-03-23'],
    ['epoch milliseconds, as SQLite keeps a datetime', Date.UTC(2017, 2, 23), '2017-03-23'],
    ['an ISO string with a time', '2026-06-15T09:00:00.000Z', '2026-06-15'],
    ['07:30 in Beijing, the evening before in UTC', new Date('2026-06-14T23:30:00.000Z'), '2026-06-15'],
    ['already a day', '2026-06-15', '2026-06-15'],
  ])('%s', (_name, stored, day) => {
    expect(migration.eventDayOf(stored)).toBe(day);
  });

  test('no day in nothing or in text that is no date', () => {
    expect(migration.eventDayOf(null)).toBeNull();
    expect(migration.eventDayOf('soon')).toBeNull();
  });
});

describe('a database written with the old datetime schema', () => {
  let pressroom: Pressroom;
  let second: SecondInstance | undefined;
  beforeAll(async () => {
    pressroom = await startPressroom();
  });
  afterAll(async () => {
    await second?.stop();
    await pressroom?.stop();
  });

  const knex = (): Knex => pressroom.strapi.db.connection;
  const OLD_VALUES: Record<string, Date | null> = {
    'friends-day': new Date('2017-03-23T00:00:00.000Z'),
    'morning-in-beijing': new Date('2026-06-14T23:30:00.000Z'),
    'afternoon-in-beijing': new Date('2026-06-15T09:00:00.000Z'),
    'no-date-yet': null,
  };

  test('the migration runs on a fresh database, before there is anything to convert', async () => {
    const names = (await knex()('strapi_migrations').select('name')).map((row: { name: string }) => row.name);
    expect(names).toContain(MIGRATION);
  });

  test('after the upgrade every announcement keeps its day, as a date', async () => {
    for (const slug of Object.keys(OLD_VALUES)) {
      await pressroom.strapi.documents(ANNOUNCEMENT).create({
        locale: 'en',
        data: { title: `Announcement ${slug}`, slug, category: 'event', eventDate: null } as any,
        status: 'published',
      });
    }

    // Back to the old state: a datetime column, written as Strapi wrote it (a Date through the driver).
    await knex().schema.alterTable('announcements', (table) => table.dropColumn('event_date'));
    await knex().schema.alterTable('announcements', (table) => table.datetime('event_date', { useTz: false, precision: 6 }));
    for (const [slug, value] of Object.entries(OLD_VALUES)) {
      await knex()('announcements').where({ slug }).update({ event_date: value });
    }
    await knex()('strapi_migrations').where({ name: MIGRATION }).del();

    // A new boot on that database runs the migration, then the schema sync.
    second = await startSecondInstance();
    const response = await second.http.get(urlPath('/api/announcements', { locale: 'en' }));
    expect(response.status).toBe(200);
    const days = Object.fromEntries(response.body.data.map((announcement: any) => [announcement.slug, announcement.eventDate]));
    expect(days).toEqual({
      'friends-day': '2017-03-23',
      'morning-in-beijing': '2026-06-15',
      'afternoon-in-beijing': '2026-06-15',
      'no-date-yet': null,
    });
    const column = await knex()('announcements').columnInfo('event_date');
    expect(String(column.type)).toMatch(/^date$/i);

    // Sorting and filters work on days.
    const dated = await second.http.get(
      urlPath('/api/announcements', { locale: 'en', filters: { eventDate: { $notNull: true } }, sort: ['eventDate:asc', 'slug:asc'] })
    );
    expect(dated.body.data.map((announcement: any) => announcement.slug)).toEqual([
      'friends-day',
      'afternoon-in-beijing',
      'morning-in-beijing',
    ]);
    const onTheDay = await second.http.get(urlPath('/api/announcements', { locale: 'en', filters: { eventDate: { $eq: '2026-06-15' } } }));
    expect(onTheDay.body.data.map((announcement: any) => announcement.slug).sort()).toEqual(['afternoon-in-beijing', 'morning-in-beijing']);

    // The Content Manager keeps the field's place and width through the change of type.
    const view = await second.http
      .get(`/content-manager/content-types/${ANNOUNCEMENT}/configuration`)
      .set(bearer(await loginAdmin(pressroom)));
    expect(view.status).toBe(200);
    expect(view.body.data.contentType.layouts.edit[1]).toEqual([
      { name: 'slug', size: 8 },
      { name: 'eventDate', size: 4 },
    ]);
    expect(view.body.data.contentType.metadatas.eventDate.edit.label).toBe('Event date');
  });

  test('running the migration again changes nothing', async () => {
    const before = await knex()('announcements').select('id', 'event_date').orderBy('id');
    await knex().transaction((trx) => migration.up(trx));
    expect(await knex()('announcements').select('id', 'event_date').orderBy('id')).toEqual(before);
  });
});
