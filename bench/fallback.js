#!/usr/bin/env node
'use strict';
/**
 * npm run bench:fallback — GET /api/announcements?locale=zh&fallback=true (one page of 25,
 * sorted by slug, far into the list) at 20,000 and 100,000 announcements (three locales, some
 * missing: see scripts/lib/fallback-fixture.js), against the same page without fallback, the
 * same answer computed by hand in raw SQL, and the approach used before (all published ids and
 * locales read into Node, then one SQL parameter per document). Databases: BENCH_DATABASES
 * (default sqlite,postgres). BENCH_SIZES=20000,100000 changes the sizes.
 */
const { startInstance } = require('../scripts/lib/instance');
const { fillFallbackAnnouncements, expectedChoice } = require('../scripts/lib/fallback-fixture');
const { databases, format, useDatabase, machine, measure, request, saveResults, table } = require('./lib');

const SIZES = (process.env.BENCH_SIZES || '20000,100000').split(',').map(Number);
const UID = 'api::announcement.announcement';
const CHAIN = ['zh', 'ru'];
const PAGE = { page: 200, pageSize: 25 };

/** The approach used before, kept as a reference: every published version read into Node. */
async function previousApproach(strapi) {
  const rows = await strapi.db.query(UID).findMany({
    where: { publishedAt: { $notNull: true }, locale: { $in: CHAIN } },
    select: ['id', 'documentId', 'locale'],
  });
  const best = new Map();
  for (const row of rows) {
    const rank = CHAIN.indexOf(row.locale);
    const current = best.get(row.documentId);
    if (!current || rank < current.rank) best.set(row.documentId, { id: row.id, rank });
  }
  const where = { id: { $in: [...best.values()].map((version) => version.id) } };
  const [results, total] = await Promise.all([
    strapi.db.query(UID).findMany({
      where,
      orderBy: { slug: 'asc' },
      offset: (PAGE.page - 1) * PAGE.pageSize,
      limit: PAGE.pageSize,
    }),
    strapi.db.query(UID).count({ where }),
  ]);
  return { results, total };
}

/** The same page and total by hand, the conditions inline (no `id IN` around them), nothing else. */
function rawSql(strapi) {
  const { tableName } = strapi.db.metadata.get(UID);
  const chosen = `from ${tableName} v where v.published_at is not null and (v.locale = 'zh' or (v.locale = 'ru'
    and v.document_id not in (select b.document_id from ${tableName} b
      where b.document_id is not null and b.published_at is not null and b.locale = 'zh')))`;
  const knex = strapi.db.connection;
  return () =>
    Promise.all([
      knex.raw(`select v.* ${chosen} order by v.slug limit ${PAGE.pageSize} offset ${(PAGE.page - 1) * PAGE.pageSize}`),
      knex.raw(`select count(*) as total ${chosen}`),
    ]);
}

async function benchDatabase(client) {
  console.log(`\n== ${client}`);
  useDatabase(client);
  const instance = await startInstance({ listen: true, env: { DATABASE_CLIENT: client } });
  const { strapi, url } = instance;
  const rows = [];
  try {
    const get = async (query) => {
      const response = await request(`${url}/api/announcements?${query}`);
      if (response.status !== 200) throw new Error(`announcements answered ${response.status}: ${await response.text()}`);
      return response.json();
    };
    const page = `sort=slug&pagination[page]=${PAGE.page}&pagination[pageSize]=${PAGE.pageSize}`;
    const raw = rawSql(strapi);

    let filled = 0;
    for (const size of SIZES) {
      const started = Date.now();
      const versions = await fillFallbackAnnouncements(strapi, { from: filled, to: size });
      filled = size;
      console.log(
        `  filled ${size.toLocaleString('en')} documents (+${versions.toLocaleString('en')} versions) in ${Date.now() - started} ms`
      );
      // Fresh statistics after the bulk insert, as a settled table has: without them MariaDB
      // plans the fallback subquery badly (a 100,000-document count took 2.4 s instead of 0.5 s).
      if (client === 'postgres') await strapi.db.connection.raw('analyze');
      if (client === 'mysql') await strapi.db.connection.raw(`analyze table ${strapi.db.metadata.get(UID).tableName}`);

      // The answer must be right before its speed matters.
      const expected = expectedChoice(size, CHAIN);
      const answer = await get(`locale=zh&fallback=true&${page}`);
      const first = (PAGE.page - 1) * PAGE.pageSize;
      const wanted = expected.slice(first, first + PAGE.pageSize).map((choice) => choice.slug);
      if (
        answer.meta.pagination.total !== expected.length ||
        JSON.stringify(answer.data.map((item) => item.slug)) !== JSON.stringify(wanted)
      ) {
        throw new Error(`fallback page is wrong at ${size}: total ${answer.meta.pagination.total}, expected ${expected.length}`);
      }

      const fallback = await measure(() => get(`locale=zh&fallback=true&${page}`));
      const plain = await measure(() => get(`locale=zh&${page}`));
      const sql = await measure(raw, { runs: 10, warmup: 2 });
      let previous = null;
      try {
        previous = (await measure(() => previousApproach(strapi), { runs: 10, warmup: 2 })).median;
      } catch (error) {
        previous = String(error.message).split('\n')[0].slice(-80);
      }
      const row = { database: client, documents: size, fallback: fallback.median, plain: plain.median, rawSql: sql.median, previous };
      rows.push(row);
      console.log(
        `  ${size.toLocaleString('en')}: fallback ${format(fallback.median)}, without fallback ${format(plain.median)}, ` +
          `raw SQL ${format(sql.median)}, previous approach ${typeof previous === 'number' ? format(previous) : `fails: ${previous}`}`
      );
    }
  } finally {
    await instance.stop();
  }
  return rows;
}

(async () => {
  const rows = [];
  for (const client of databases('sqlite,postgres')) rows.push(...(await benchDatabase(client)));

  console.log(`\nGET /api/announcements?locale=zh, page ${PAGE.page} of ${PAGE.pageSize} sorted by slug, over HTTP (medians)\n`);
  table(
    [
      'database',
      'documents',
      'fallback=true',
      'without fallback',
      'fallback / without',
      'raw SQL (page + count)',
      'previous approach (in process)',
    ],
    rows.map((row) => [
      row.database,
      row.documents.toLocaleString('en'),
      format(row.fallback),
      format(row.plain),
      `${(row.fallback / row.plain).toFixed(1)}×`,
      format(row.rawSql),
      typeof row.previous === 'number' ? format(row.previous) : `fails (${row.previous})`,
    ])
  );
  console.log(`\nMachine: ${JSON.stringify(machine())}`);
  console.log(`Results: ${saveResults('fallback', rows)}`);
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
