#!/usr/bin/env node
'use strict';
/**
 * `npm run seed`: loads the demo content (the SCO press release of 23 March 2017) into the
 * configured database. Safe to run again: only what is missing is added.
 */
const { compileStrapi, createStrapi } = require('@strapi/strapi');

async function main() {
  // The seed runs explicitly below; the boot-time seed of `develop` must not run it too.
  process.env.SEED_DEMO_CONTENT = 'false';
  const context = await compileStrapi();
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  strapi.log.level = 'warn';

  try {
    const { seedDemoContent } = require(`${context.distDir}/src/seed`);
    const { withDatabaseLock } = require(`${context.distDir}/src/bootstrap/database-lock`);
    console.log('[pressroom] Loading the demo content…');
    const report = await withDatabaseLock(strapi, 'seed', () => seedDemoContent(strapi));
    const created = Object.entries(report.created)
      .map(([uid, count]) => `${count} ${uid.split('.').pop()} version(s)`)
      .join(', ');
    console.log(
      `[pressroom] Done: ${created || 'no new documents'}; ${report.images} new picture(s).`
    );
  } finally {
    await strapi.destroy();
  }
}

main().catch((error) => {
  console.error('[pressroom] Seeding failed:', error);
  process.exit(1);
});
