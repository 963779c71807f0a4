#!/usr/bin/env node
'use strict';
/**
 * npm run bench:stats — GET /api/syndication/stats over HTTP at 100,000 and 1,000,000 mentions
 * (20 agencies, 3 languages, 3 years), against a raw SQL GROUP BY over the mention rows of the
 * same database in the same run. Databases: BENCH_DATABASES (default sqlite,postgres).
 * BENCH_SIZES=100000,1000000 changes the sizes.
 */
const { startInstance } = require('../scripts/lib/instance');
const { createAgencies, mentionAt } = require('./fixtures');
const { databases, format, getService, machine, measure, request, saveResults, table } = require('./lib');

const SIZES = (process.env.BENCH_SIZES || '100000,1000000').split(',').map(Number);
const AGENCIES = 20;
const ONE_MONTH = { from: '2017-06-01', to: '2017-06-30' };

async function fill(strapi, slugs, from, to) {
  const started = Date.now();
  function* mentions() {
    for (let index = from; index < to; index += 1) yield mentionAt(index, slugs);
  }
  let batches = 0;
  const report = await getService(strapi, 'ingest').ingestAll(
    mentions(),
    { source: 'import' },
    {
      onBatch: ({ offset, size }) => {
        if (batches++ % 50 === 0)
          process.stdout.write(`\r  filling: ${(from + offset + size).toLocaleString('en')} / ${to.toLocaleString('en')}`);
      },
    }
  );
  if (report.rejected.length) throw new Error(JSON.stringify(report.rejected[0]));
  process.stdout.write(`\r  filled ${to.toLocaleString('en')} mentions in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

/** The reference: the same answers computed from the mention rows, without rollups. */
function rawQueries(strapi) {
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;
  const month = { postgres: "to_char(day, 'YYYY-MM')", mysql: "date_format(day, '%Y-%m')", sqlite: "strftime('%Y-%m', day)" }[client];
  return {
    fullRangeByMonth: () =>
      knex.raw(`select ${month} as period, agency_document_id, language, count(*) as count
                from syndication_mentions group by 1, 2, 3`),
    oneAgencyOneMonth: (agencyId) =>
      knex.raw(
        `select language, count(*) as count from syndication_mentions
         where agency_document_id = ? and day >= ? and day <= ? group by language`,
        [agencyId, ONE_MONTH.from, ONE_MONTH.to]
      ),
  };
}

async function benchDatabase(client) {
  console.log(`\n== ${client}`);
  const instance = await startInstance({ listen: true, env: { DATABASE_CLIENT: client } });
  const { strapi, url } = instance;
  const rows = [];
  try {
    const slugs = await createAgencies(strapi, AGENCIES);
    const agency = await strapi.db.query('api::media-partner.media-partner').findOne({ where: { slug: 'agency-07' } });
    const raw = rawQueries(strapi);
    const get = async (query) => {
      const response = await request(`${url}/api/syndication/stats?${new URLSearchParams(query)}`);
      if (response.status !== 200) throw new Error(`stats answered ${response.status}: ${await response.text()}`);
      return response.json();
    };

    let filled = 0;
    for (const size of SIZES) {
      await fill(strapi, slugs, filled, size);
      filled = size;
      if (client === 'postgres') await strapi.db.connection.raw('analyze');

      // The figures must be right before their speed matters.
      const { data } = await get({ interval: 'month' });
      const count = await getService(strapi, 'mentionStore').countMentions();
      if (data.total !== count || count !== size) throw new Error(`stats total ${data.total} ≠ rows ${count}`);

      const cases = [
        ['full range by month', () => get({ interval: 'month' }), () => raw.fullRangeByMonth()],
        ['one agency, one month', () => get({ agency: 'agency-07', ...ONE_MONTH }), () => raw.oneAgencyOneMonth(agency.documentId)],
      ];
      for (const [name, endpoint, reference] of cases) {
        const api = await measure(endpoint);
        const sql = await measure(reference, { runs: 10, warmup: 2 });
        rows.push({ database: client, mentions: size, case: name, endpoint: api.median, rawSql: sql.median });
        console.log(`  ${size.toLocaleString('en')} ${name}: endpoint ${format(api.median)}, raw SQL ${format(sql.median)}`);
      }
    }
  } finally {
    await instance.stop();
  }
  return rows;
}

(async () => {
  const rows = [];
  for (const client of databases('sqlite,postgres')) rows.push(...(await benchDatabase(client)));

  console.log('\nGET /api/syndication/stats over HTTP (median) vs raw SQL GROUP BY over the mention rows (median)\n');
  table(
    ['database', 'mentions', 'case', 'endpoint', 'raw SQL', 'raw SQL / endpoint'],
    rows.map((row) => [
      row.database,
      row.mentions.toLocaleString('en'),
      row.case,
      format(row.endpoint),
      format(row.rawSql),
      `${(row.rawSql / row.endpoint).toFixed(1)}×`,
    ])
  );
  console.log(`\nMachine: ${JSON.stringify(machine())}`);
  console.log(`Results: ${saveResults('stats', rows)}`);
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
