/**
 * The seed and the boot-time setup only ever add what is missing: run twice, run at once by
 * several instances, or interrupted half-way, they end in the same state.
 */
import { spawn } from 'child_process';
import path from 'path';
import { PUBLISHED_CONTENT_TYPES, MEDIA_PARTNER } from '../src/content-types';
import { LOCALE_CODES } from '../src/locales';
import { appModule, ROOT, startPressroom, type Pressroom } from './helpers/pressroom';

let pressroom: Pressroom;
beforeAll(async () => {
  pressroom = await startPressroom();
});
afterAll(() => pressroom?.stop());

const COMPONENT_TABLES = ['components_partner_leaders', 'components_contract_signatories', 'components_exhibition_photos'];

/** Everything the seed writes, counted row by row. */
async function snapshot() {
  const { strapi } = pressroom;
  const counts: Record<string, number> = {};
  for (const uid of PUBLISHED_CONTENT_TYPES) {
    for (const locale of LOCALE_CODES) {
      counts[`${uid} ${locale} draft`] = await strapi.db.query(uid).count({ where: { locale, publishedAt: null } });
      counts[`${uid} ${locale} published`] = await strapi.db.query(uid).count({ where: { locale, publishedAt: { $notNull: true } } });
    }
  }
  counts.files = await strapi.db.query('plugin::upload.file').count();
  counts.mentions = await strapi.db.query('plugin::syndication.mention').count();
  counts.dayRollups = await strapi.db.query('plugin::syndication.day-rollup').count();
  counts.monthRollups = await strapi.db.query('plugin::syndication.month-rollup').count();
  for (const table of COMPONENT_TABLES) {
    const [{ count }] = await strapi.db.connection(table).count({ count: '*' });
    counts[table] = Number(count);
  }
  return counts;
}

async function bootstrapState() {
  const { strapi } = pressroom;
  const locales = await strapi.db.query('plugin::i18n.locale').findMany({ select: ['code'] });
  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  const permissions = await strapi.db
    .query('plugin::users-permissions.permission')
    .findMany({ where: { role: publicRole.id }, select: ['action'] });
  return {
    locales: locales.map(({ code }) => code).sort(),
    permissions: permissions.map(({ action }) => action).sort(),
  };
}

describe('seed', () => {
  let first: Awaited<ReturnType<typeof snapshot>>;

  test('loads the press release into every locale', async () => {
    const report = await pressroom.seed();
    expect(report.images).toBe(8);
    expect(report.mentions).toBe(1994);
    first = await snapshot();
    for (const uid of PUBLISHED_CONTENT_TYPES) {
      for (const locale of LOCALE_CODES) {
        expect(first[`${uid} ${locale} published`]).toBeGreaterThan(0);
        expect(first[`${uid} ${locale} published`]).toBe(first[`${uid} ${locale} draft`]);
      }
    }
    expect(first.files).toBe(8);
  });

  test('a second run changes nothing', async () => {
    const report = await pressroom.seed();
    expect(report).toEqual({ created: {}, images: 0, mentions: 0 });
    expect(await snapshot()).toEqual(first);
  });

  test('a run after an interruption adds back only what is missing', async () => {
    const xinhua = await pressroom.strapi.documents(MEDIA_PARTNER).findFirst({ locale: 'ru', filters: { slug: 'xinhua' } } as any);
    await pressroom.strapi.documents(MEDIA_PARTNER).delete({ documentId: xinhua.documentId, locale: 'zh' } as any);
    expect((await snapshot())[`${MEDIA_PARTNER} zh published`]).toBe(first[`${MEDIA_PARTNER} zh published`] - 1);

    const report = await pressroom.seed();
    expect(report).toEqual({ created: { [MEDIA_PARTNER]: 1 }, images: 0, mentions: 0 });
    expect(await snapshot()).toEqual(first);

    const restored = await pressroom.strapi
      .documents(MEDIA_PARTNER)
      .findOne({ documentId: xinhua.documentId, locale: 'zh', status: 'published' } as any);
    expect(restored.name).toBe('新华通讯社');
  });

  test('stores the demo mentions in batches of the configured size, whatever it is', async () => {
    const { strapi } = pressroom;
    const knex = strapi.db.connection;
    for (const uid of ['plugin::syndication.mention', 'plugin::syndication.day-rollup', 'plugin::syndication.month-rollup']) {
      await knex(strapi.db.metadata.get(uid as any).tableName).delete();
    }
    const configured = strapi.config.get('plugin::syndication.maxBatchSize');
    strapi.config.set('plugin::syndication.maxBatchSize', 300);
    try {
      const report = await pressroom.seed();
      expect(report.mentions).toBe(1994);
    } finally {
      strapi.config.set('plugin::syndication.maxBatchSize', configured);
    }
    expect(await snapshot()).toEqual(first);
    const { drift } = await strapi.plugin('syndication').service('rollups').reconcile({ repair: false });
    expect(drift).toEqual([]);
  });
});

describe('bootstrap', () => {
  const { bootstrapPressroom } = appModule('bootstrap');

  test('creates the three locales and the public read permissions', async () => {
    const state = await bootstrapState();
    expect(state.locales).toEqual(['en', 'ru', 'zh']);
    const { PUBLIC_READ_ACTIONS } = appModule('bootstrap/public-permissions');
    expect(state.permissions).toEqual(expect.arrayContaining(PUBLIC_READ_ACTIONS));
    expect(new Set(state.permissions).size).toBe(state.permissions.length);
  });

  test('several bootstraps at once, after locales and permissions were removed, create each once', async () => {
    const { strapi } = pressroom;
    const locales = strapi.plugin('i18n').service('locales');
    for (const code of ['zh', 'en']) {
      const locale = await locales.findByCode(code);
      await locales.delete({ id: locale.id });
    }
    await strapi.db.query('plugin::users-permissions.permission').deleteMany({
      where: { action: { $in: ['plugin::i18n.locales.listLocales', 'api::contract.contract.find'] } },
    });

    await Promise.all(Array.from({ length: 4 }, () => bootstrapPressroom(strapi)));

    const state = await bootstrapState();
    expect(state.locales).toEqual(['en', 'ru', 'zh']);
    expect(new Set(state.permissions).size).toBe(state.permissions.length);
    expect(state.permissions).toEqual(expect.arrayContaining(['plugin::i18n.locales.listLocales', 'api::contract.contract.find']));
    expect(await locales.getDefaultLocale()).toBe('ru');
  });
});

const serverDatabase = (process.env.DATABASE_CLIENT ?? 'sqlite') !== 'sqlite';

(serverDatabase ? describe : describe.skip)('two Strapi processes booting at once on one database', () => {
  const bootInstance = () =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'tests', 'helpers', 'boot-instance.js')], {
        env: { ...process.env, NODE_OPTIONS: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`instance exited ${code}:\n${output}`))));
    });

  test('leave exactly one of each locale and permission', async () => {
    const { strapi } = pressroom;
    const locales = strapi.plugin('i18n').service('locales');
    for (const code of ['zh', 'en']) {
      await locales.delete({ id: (await locales.findByCode(code)).id });
    }
    await strapi.db.query('plugin::users-permissions.permission').deleteMany({
      where: { action: { $in: ['plugin::i18n.locales.listLocales'] } },
    });

    await Promise.all([bootInstance(), bootInstance()]);

    const state = await bootstrapState();
    expect(state.locales).toEqual(['en', 'ru', 'zh']);
    expect(new Set(state.permissions).size).toBe(state.permissions.length);
    expect(state.permissions).toContain('plugin::i18n.locales.listLocales');
  });
});
