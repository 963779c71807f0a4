#!/usr/bin/env node
'use strict';
/**
 * npm run bench:embargo — how late embargoes run with the real scheduler: 100 publish actions of
 * 100 announcements (three locales each), once spread 100 ms apart and once all due at the same
 * instant; lateness = when the action ran minus its due time, median and worst. Target: ≤ 2 s.
 * Databases: BENCH_DATABASES (default sqlite,postgres; mysql for MariaDB/MySQL). The load average
 * is printed with each scenario: on a shared machine the figures mean little without it.
 */
const os = require('os');
const { startInstance } = require('../scripts/lib/instance');
const { databases, machine, median, saveResults, table, useDatabase } = require('./lib');

const UID = 'api::announcement.announcement';
const ACTION = 'plugin::embargo.action';
const COUNT = 100;
const LOCALES = ['ru', 'zh', 'en'];
// Each database's instance sets these; the next one starts from the caller's own.
const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ');
const actionsService = (strapi) => require('../src/plugins/embargo/dist/server/get-service').getService(strapi, 'actions');

async function drafts(strapi, label) {
  const ids = [];
  for (let i = 0; i < COUNT; i += 1) {
    const mark = `${label}-${i}`;
    const created = await strapi
      .documents(UID)
      .create({ locale: 'ru', data: { title: `Bench ${mark}`, slug: `bench-ru-${mark}`, category: 'news' } });
    for (const locale of LOCALES.slice(1)) {
      await strapi
        .documents(UID)
        .update({ documentId: created.documentId, locale, data: { title: `Bench ${mark}`, slug: `bench-${locale}-${mark}` } });
    }
    ids.push(created.documentId);
  }
  return ids;
}

async function scenario(strapi, label, dueAtOf) {
  const documentIds = await drafts(strapi, label);
  const loadBefore = loadAverage();
  const start = Date.now() + 3000;
  const ids = [];
  for (const [index, documentId] of documentIds.entries()) {
    const plan = {
      contentType: UID,
      documentId,
      kind: 'publish',
      locales: null,
      dueAt: new Date(dueAtOf(start, index)),
      timeZone: 'Asia/Shanghai',
    };
    ids.push((await actionsService(strapi).create(plan, { id: 0, firstname: 'bench' })).id);
  }
  await strapi.plugin('embargo').service('scheduler').wake();
  for (;;) {
    const pending = await strapi.db.query(ACTION).count({ where: { id: { $in: ids }, status: { $in: ['pending', 'running'] } } });
    if (pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const rows = await strapi.db.query(ACTION).findMany({ where: { id: { $in: ids } } });
  const failed = rows.filter((row) => !['done', 'late'].includes(row.status));
  if (failed.length > 0) throw new Error(`${failed.length} actions did not run: ${failed[0].error}`);
  const lateness = rows.map((row) => Number(row.executedAtMs) - Number(row.dueAtMs));
  if (lateness.some((ms) => ms < 0)) throw new Error('an action ran early');
  return {
    median: median(lateness),
    worst: Math.max(...lateness),
    late: rows.filter((row) => row.status === 'late').length,
    load: `${loadBefore} → ${loadAverage()}`,
  };
}

async function benchDatabase(client) {
  useDatabase(client);
  const instance = await startInstance({ env: { LOG_LEVEL: 'error' } });
  try {
    console.log(`${client}:`);
    const spread = await scenario(instance.strapi, `spread-${client}`, (start, index) => start + index * 100);
    console.log(`  spread 100 ms apart: median ${spread.median} ms, worst ${spread.worst} ms (load ${spread.load})`);
    const together = await scenario(instance.strapi, `together-${client}`, (start) => start);
    console.log(`  all at one instant: median ${together.median} ms, worst ${together.worst} ms (load ${together.load})`);
    return [
      { database: client, scenario: 'spread 100 ms apart', ...spread },
      { database: client, scenario: `${COUNT} at one instant`, ...together },
    ];
  } finally {
    await instance.stop();
  }
}

(async () => {
  const rows = [];
  for (const client of databases('sqlite,postgres')) rows.push(...(await benchDatabase(client)));
  console.log(`\n${COUNT} publish actions (three locales each), lateness = ran at − due at\n`);
  table(
    ['database', 'scenario', 'median', 'worst', 'recorded late (> 2 s)', 'load average (1, 5, 15 min) before → after'],
    rows.map((row) => [row.database, row.scenario, `${row.median} ms`, `${row.worst} ms`, String(row.late), row.load])
  );
  console.log(`\nMachine: ${JSON.stringify(machine())}`);
  console.log(`Results: ${saveResults('embargo', rows)}`);
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
