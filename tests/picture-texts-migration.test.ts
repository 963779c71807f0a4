/**
 * A database from before the per-locale picture texts: at the next boot, the media library's text
 * of each picture becomes the ru versions' text (database/migrations), zh and en have none and show
 * as not current, and the answers carry the texts of their locale.
 */
import path from 'path';
import type { Knex } from 'knex';
import { ANNOUNCEMENT } from '../src/content-types';
import { loginAdmin } from './helpers/auth';
import { bearer, path as urlPath } from './helpers/http';
import { startSecondInstance, type SecondInstance } from './helpers/instances';
import { appModule, ROOT, startPressroom, type Pressroom } from './helpers/pressroom';

const MIGRATION = '2026.11.29T01.00.00.picture-texts-per-locale.js';
const migration = require(path.join(ROOT, 'database', 'migrations', MIGRATION));
const { DEMO_IMAGES } = appModule('seed/images');
const FRIENDS_DAY = 'sco-journalists-friends-day-2017';

let pressroom: Pressroom;
let second: SecondInstance | undefined;
beforeAll(async () => {
  pressroom = await startPressroom({ seed: true });
});
afterAll(async () => {
  await second?.stop();
  await pressroom?.stop();
});

const knex = (): Knex => pressroom.strapi.db.connection;

/**
 * Waits until this instance runs no query: after the seed, Strapi still reads each written
 * document back for its events (after the commit, unawaited), which must not meet dropped tables.
 */
async function settled() {
  const pool = (knex() as any).client.pool;
  for (let idleChecks = 0; idleChecks < 5;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    idleChecks = pool.numUsed() + pool.numPendingAcquires() === 0 ? idleChecks + 1 : 0;
  }
}
const setFile = (name: string, texts: { alternative_text?: string | null; caption?: string | null }) =>
  knex()('files').where({ name }).update(texts);

test('the migration runs on a fresh database, before there is anything to move', async () => {
  const names = (await knex()('strapi_migrations').select('name')).map((row: { name: string }) => row.name);
  expect(names).toContain(MIGRATION);
});

test('after the upgrade the ru versions have the media library’s texts, zh and en none, and are not current', async () => {
  // Back to the old state: no texts beside the pictures, translation records made before the rule.
  await settled();
  await knex().schema.dropTable('announcements_cmps');
  await knex()('media_partners_cmps').where({ component_type: 'media.image-text' }).del();
  await knex().schema.dropTable('components_media_image_texts');
  await knex().schema.alterTable('components_exhibition_photos', (table) => table.dropColumn('alternative_text'));
  await knex().schema.alterTable('translation_status_records', (table) => table.dropColumn('missing_alt_texts'));
  await setFile(DEMO_IMAGES.secretariat.fileName, { caption: 'Секретариат ШОС' });
  await setFile(DEMO_IMAGES.khanShatyr.fileName, { alternative_text: 'Х'.repeat(250) });
  await setFile(DEMO_IMAGES.baiterek.fileName, { caption: 'Байтерек на закате' });
  await knex()('components_exhibition_photos').where({ caption: 'Монумент «Байтерек»' }).update({ caption: null });
  await knex()('strapi_migrations').where({ name: MIGRATION }).del();

  // A new boot on that database runs the migration, then the schema sync.
  second = await startSecondInstance();
  const announcement = async (locale: string) => {
    const response = await second!.http.get(
      urlPath('/api/announcements', {
        locale,
        filters: { slug: { $eq: FRIENDS_DAY } },
        populate: {
          cover: true,
          coverText: true,
          mediaPartners: { populate: ['logo'] },
          photoExhibitions: { populate: { photos: { populate: ['image'] } } },
        },
      })
    );
    expect(response.status).toBe(200);
    return response.body.data[0];
  };

  const ru = await announcement('ru');
  expect(ru.cover).toMatchObject({ alternativeText: DEMO_IMAGES.secretariat.text.ru.alternativeText, caption: 'Секретариат ШОС' });
  expect(ru.coverText).toMatchObject({ alternativeText: DEMO_IMAGES.secretariat.text.ru.alternativeText, caption: 'Секретариат ШОС' });
  const tass = ru.mediaPartners.find((partner: any) => partner.slug === 'tass');
  expect(tass.logo.alternativeText).toBe(DEMO_IMAGES.tassLogo.text.ru.alternativeText);
  const photos = ru.photoExhibitions[0].photos;
  expect(photos.map((photo: any) => photo.alternativeText)).toEqual([
    DEMO_IMAGES.baiterek.text.ru.alternativeText,
    'Х'.repeat(200),
    DEMO_IMAGES.peacePalace.text.ru.alternativeText,
    DEMO_IMAGES.ishim.text.ru.alternativeText,
  ]);
  // An empty ru caption takes the file's; a photo's own caption is kept.
  expect(photos.map((photo: any) => photo.caption)).toEqual([
    'Байтерек на закате',
    'Центр «Хан Шатыр»',
    'Дворец мира и согласия',
    'Набережная реки Ишим',
  ]);

  for (const locale of ['zh', 'en']) {
    const translated = await announcement(locale);
    expect(translated.cover).toMatchObject({ alternativeText: null, caption: null });
    expect(translated.coverText).toBeNull();
    expect(translated.photoExhibitions[0].photos.map((photo: any) => photo.alternativeText)).toEqual([null, null, null, null]);
    expect(translated.photoExhibitions[0].photos[0].caption).not.toBeNull();
  }

  const documentId = ru.documentId;
  const status = await second.http
    .get(`/translation-status/documents/${ANNOUNCEMENT}/${documentId}`)
    .set(bearer(await loginAdmin(pressroom, { roleCode: 'strapi-editor' })));
  expect(status.status).toBe(200);
  expect(status.body.data.locales.map((entry: any) => [entry.locale, entry.status, entry.missingAltTexts])).toEqual([
    ['ru', 'current', []],
    ['zh', 'outdated', ['coverText.alternativeText']],
    ['en', 'outdated', ['coverText.alternativeText']],
  ]);
});

test('running the migration again changes nothing', async () => {
  const snapshot = async () => ({
    texts: await knex()('components_media_image_texts').select().orderBy('id'),
    links: await knex()('announcements_cmps').select().orderBy('id'),
    photos: await knex()('components_exhibition_photos').select('id', 'alternative_text', 'caption').orderBy('id'),
  });
  const before = await snapshot();
  expect(before.texts.length).toBeGreaterThan(0);
  await pressroom.strapi.db.transaction(({ trx }) => migration.up(trx, pressroom.strapi.db));
  expect(await snapshot()).toEqual(before);
});
