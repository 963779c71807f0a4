import type { Core } from '@strapi/strapi';
import { applyContentManagerViews } from '../content-manager/apply';
import { isContentEmpty, seedDemoContent } from '../seed';
import { withDatabaseLock } from './database-lock';
import { ensureFirstAdmin } from './first-admin';
import { ensureLocales } from './locales';
import { parseLocaleFallbacks } from '../locales';
import { grantPublicRead } from './public-permissions';
import { ensureStaffRoles, ensureTranslatorRoles } from '../roles';
import { ensureTranslatorAccounts } from '../seed/translator-accounts';
import { warnWhenNoAdmin } from '../security/first-admin-registration';

/** Demo content is loaded on boot in development only, and only into an empty database. */
const shouldSeedOnBoot = () =>
  process.env.SEED_DEMO_CONTENT ? process.env.SEED_DEMO_CONTENT === 'true' : (process.env.NODE_ENV ?? 'development') === 'development';

/**
 * Everything Pressroom needs after every boot. Safe when several instances boot together on
 * one database: each step runs under a database lock and only adds what is missing.
 */
export async function bootstrapPressroom(strapi: Core.Strapi) {
  parseLocaleFallbacks(process.env.LOCALE_FALLBACKS); // a bad LOCALE_FALLBACKS stops the boot, saying why
  await withDatabaseLock(strapi, 'bootstrap', async () => {
    await ensureLocales(strapi);
    await grantPublicRead(strapi);
    await ensureTranslatorRoles(strapi);
    await ensureStaffRoles(strapi);
    await ensureFirstAdmin(strapi);
    await applyContentManagerViews(strapi);
  });
  await warnWhenNoAdmin(strapi);

  if (shouldSeedOnBoot()) {
    await withDatabaseLock(strapi, 'seed', async () => {
      await ensureTranslatorAccounts(strapi);
      if (!(await isContentEmpty(strapi))) return;
      strapi.log.info('[pressroom] The database is empty: loading the demo content…');
      const report = await seedDemoContent(strapi);
      strapi.log.info(`[pressroom] Demo content loaded: ${JSON.stringify(report)}`);
    });
  }
}
