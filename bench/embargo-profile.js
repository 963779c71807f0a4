#!/usr/bin/env node
'use strict';
/**
 * node bench/embargo-profile.js — where one embargo action's time goes: N publish actions (three
 * locales each) run one after the other by the executor, with the scheduler off; SQL statements per
 * action (knex 'query' event) and time spent in each Document Service middleware, per action.
 * DATABASE_CLIENT as for the app. PROFILE_COUNT (default 30).
 */
const { startInstance } = require('../scripts/lib/instance');
const { median } = require('./lib');

const UID = 'api::announcement.announcement';
const COUNT = Number(process.env.PROFILE_COUNT || 30);
const LOCALES = ['ru', 'zh', 'en'];
const service = (strapi, name) => require('../src/plugins/embargo/dist/server/get-service').getService(strapi, name);

(async () => {
  const instance = await startInstance({ env: { LOG_LEVEL: 'error', EMBARGO_SCHEDULER: 'false' } });
  const { strapi } = instance;
  try {
    const documentIds = [];
    for (let i = 0; i < COUNT; i += 1) {
      const created = await strapi.documents(UID).create({ locale: 'ru', data: { title: `P ${i}`, slug: `p-ru-${i}`, category: 'news' } });
      for (const locale of LOCALES.slice(1)) {
        await strapi.documents(UID).update({ documentId: created.documentId, locale, data: { title: `P ${i}`, slug: `p-${locale}-${i}` } });
      }
      documentIds.push(created.documentId);
    }
    const versions = process.env.PROFILE_VERSIONS || 'latest';
    const ids = [];
    for (const documentId of documentIds) {
      const plan = {
        contentType: UID,
        documentId,
        kind: 'publish',
        locales: null,
        dueAt: new Date(Date.now() + 1000),
        timeZone: 'UTC',
        versions,
      };
      ids.push((await service(strapi, 'actions').create(plan, { id: 0, firstname: 'profile' })).id);
    }
    await new Promise((resolve) => setTimeout(resolve, 1100));
    let statements = 0;
    const kinds = {};
    strapi.db.connection.on('query', (q) => {
      statements += 1;
      const kind = q.sql.trim().split(/\s+/)[0].toLowerCase();
      kinds[kind] = (kinds[kind] || 0) + 1;
    });
    const times = [];
    const counts = [];
    const prepare = service(strapi, 'executor').prepare;
    for (const id of ids) {
      if (prepare && process.env.PROFILE_PREPARE !== 'false') await prepare([id]);
      const before = statements;
      const started = process.hrtime.bigint();
      const execution = await service(strapi, 'executor').execute(id);
      if (execution.result !== 'executed') throw new Error(JSON.stringify(execution));
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      counts.push(statements - before);
    }
    console.log(
      `${process.env.DATABASE_CLIENT || 'sqlite'} ${versions}: ${COUNT} actions, median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms per action; ${median(counts)} SQL statements per action`
    );
    for (const [kind, n] of Object.entries(kinds)) console.log(`  ${kind}: ${(n / COUNT).toFixed(1)} per action`);
  } finally {
    await instance.stop();
  }
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
