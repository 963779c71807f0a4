#!/usr/bin/env node
'use strict';
/**
 * npm run bench:ingest — POST /api/syndication/mentions: 100,000 mentions in batches of the
 * plugin's maxBatchSize (1000) over HTTP (one client), then the same data again (a replay must add
 * nothing, and be faster),
 * against a raw multi-row INSERT … ON CONFLICT DO NOTHING of the same rows into the same table.
 * Databases: BENCH_DATABASES (default postgres,sqlite). BENCH_MENTIONS changes the count.
 */
const path = require('path');
const { startInstance } = require('../scripts/lib/instance');
const { createAgencies, mentionAt } = require('./fixtures');
const { databases, getService, machine, request, saveResults, table } = require('./lib');

const TOTAL = Number(process.env.BENCH_MENTIONS || 100000);
/** Mentions per request: the plugin's configured maxBatchSize, the most one request may carry. */
let BATCH = 1000;
const { checkMention } = require(path.join(__dirname, '..', 'src/plugins/syndication/dist/server/domain/mention'));

const seconds = (started) => Number(process.hrtime.bigint() - started) / 1e9;

async function postAll(url, token, bodies) {
  const started = process.hrtime.bigint();
  let created = 0;
  let duplicates = 0;
  for (const body of bodies) {
    const response = await request(`${url}/api/syndication/mentions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body,
    });
    if (response.status !== 200) throw new Error(`ingest answered ${response.status}: ${await response.text()}`);
    const { data } = await response.json();
    if (data.rejected.length) throw new Error(`rejected: ${JSON.stringify(data.rejected[0])}`);
    created += data.created;
    duplicates += data.duplicates;
  }
  return { seconds: seconds(started), created, duplicates };
}

/** The reference: the same rows, inserted by hand in batches of the same size, conflicts ignored. */
async function rawInsert(strapi, items, agencyIds) {
  const knex = strapi.db.connection;
  const sqlite = strapi.db.dialect.client === 'sqlite';
  const now = new Date();
  const rows = items.map((item, index) => {
    const { mention } = checkMention(item);
    return {
      document_id: `raw${index}`,
      agency_document_id: agencyIds[item.agency],
      url: mention.url,
      url_key: mention.urlKey,
      guid: null,
      guid_key: null,
      title: mention.title,
      date: sqlite ? mention.date.getTime() : mention.date,
      day: mention.day,
      language: mention.language,
      source: 'import',
      batch_id: 'raw',
      created_at: sqlite ? now.getTime() : now,
      updated_at: sqlite ? now.getTime() : now,
      published_at: sqlite ? now.getTime() : now,
    };
  });
  await knex('syndication_mentions').delete();
  const started = process.hrtime.bigint();
  for (let start = 0; start < rows.length; start += BATCH) {
    await knex.transaction(async (trx) => {
      // SQLite limits a compound insert to 500 rows.
      for (let chunk = start; chunk < start + BATCH; chunk += sqlite ? 250 : BATCH) {
        await trx('syndication_mentions')
          .insert(rows.slice(chunk, Math.min(chunk + (sqlite ? 250 : BATCH), start + BATCH)))
          .onConflict()
          .ignore();
      }
    });
  }
  return seconds(started);
}

async function benchDatabase(client) {
  console.log(`\n== ${client}`);
  const instance = await startInstance({ listen: true, env: { DATABASE_CLIENT: client } });
  const { strapi, url } = instance;
  try {
    BATCH = strapi.config.get('plugin::syndication').maxBatchSize;
    const slugs = await createAgencies(strapi, 20);
    const agencies = await strapi.db.query('api::media-partner.media-partner').findMany({ select: ['slug', 'documentId'] });
    const agencyIds = Object.fromEntries(agencies.map((agency) => [agency.slug, agency.documentId]));
    const token = (await strapi.service('admin::api-token').create({ name: 'bench', type: 'full-access', lifespan: null })).accessKey;

    const items = Array.from({ length: TOTAL }, (_, index) => mentionAt(index, slugs, 7));
    const bodies = [];
    for (let start = 0; start < TOTAL; start += BATCH) bodies.push(JSON.stringify({ data: items.slice(start, start + BATCH) }));

    const first = await postAll(url, token, bodies);
    console.log(`  first pass: ${first.created} created in ${first.seconds.toFixed(1)} s`);
    const replay = await postAll(url, token, bodies);
    console.log(`  replay: ${replay.created} created, ${replay.duplicates} duplicates in ${replay.seconds.toFixed(1)} s`);
    const count = await getService(strapi, 'mentionStore').countMentions();
    const { drift } = await getService(strapi, 'rollups').reconcile({ repair: false });
    if (first.created !== TOTAL || replay.created !== 0 || count !== TOTAL || drift.length > 0) {
      throw new Error(`counts are wrong: first ${first.created}, replay ${replay.created}, rows ${count}, drift ${drift.length}`);
    }
    const raw = await rawInsert(strapi, items, agencyIds);
    console.log(`  raw INSERT … ON CONFLICT DO NOTHING: ${raw.toFixed(1)} s`);
    return {
      database: client,
      mentions: TOTAL,
      firstPerSecond: TOTAL / first.seconds,
      replayPerSecond: TOTAL / replay.seconds,
      rawPerSecond: TOTAL / raw,
    };
  } finally {
    await instance.stop();
  }
}

(async () => {
  const rows = [];
  for (const client of databases('postgres,sqlite')) rows.push(await benchDatabase(client));
  const rate = (value) => `${Math.round(value).toLocaleString('en')}/s`;
  console.log(`\nPOST /api/syndication/mentions, ${TOTAL.toLocaleString('en')} mentions in batches of ${BATCH}, one client\n`);
  table(
    ['database', 'first pass', 'replay', 'replay / first', 'raw INSERT', 'first / raw'],
    rows.map((row) => [
      row.database,
      rate(row.firstPerSecond),
      rate(row.replayPerSecond),
      `${(row.replayPerSecond / row.firstPerSecond).toFixed(1)}×`,
      rate(row.rawPerSecond),
      `${((row.firstPerSecond / row.rawPerSecond) * 100).toFixed(0)}%`,
    ])
  );
  console.log(`\nMachine: ${JSON.stringify(machine())}`);
  console.log(`Results: ${saveResults('ingest', rows)}`);
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
