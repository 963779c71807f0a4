#!/usr/bin/env node
'use strict';
/**
 * `npm run seed`: loads the demo content (the SCO press release of 23 March 2017, its pictures
 * and demo mentions) into the configured database. Safe to run again: only what is missing
 * is added.
 */
const { run, withStrapi } = require('./lib/strapi');

run(() =>
  withStrapi(async (strapi, { distDir }) => {
    const { seedDemoContent } = require(`${distDir}/src/seed`);
    const { withDatabaseLock } = require(`${distDir}/src/bootstrap/database-lock`);
    console.log('[pressroom] Loading the demo content…');
    const report = await withDatabaseLock(strapi, 'seed', () => seedDemoContent(strapi));
    const created = Object.entries(report.created)
      .map(([uid, count]) => `${count} ${uid.split('.').pop()} version(s)`)
      .join(', ');
    console.log(
      `[pressroom] Done: ${created || 'no new documents'}; ${report.images} new picture(s); ${report.mentions} new demo mention(s).`
    );
  })
);
