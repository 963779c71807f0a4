#!/usr/bin/env node
'use strict';
/**
 * npm run bench:read — what websites read, Pressroom against a vanilla Strapi 5.54 made from the
 * same schemas (bench/vanilla-app.js), on copies of one SQLite database: about 900 announcements
 * in three locales with partners, contracts, exhibitions, photos and covers
 * (scripts/lib/read-path-fixture.js). Pressroom runs twice, with the response cache (READ_CACHE
 * on, the default) and without (READ_CACHE=off); each server is a process of its own.
 *
 * Requests: the REST zh list (25 items with partners and cover), one announcement by slug with
 * populate=*, the README's GraphQL query (10 announcements) and the fallback list (en with
 * fallback=true; vanilla has no fallback and serves the plain en list), and two conditional GETs
 * with If-None-Match set to the ETag of the server's own earlier answer, which Pressroom answers
 * with a 304 (the REST list, and the README query over GET by its APQ hash; vanilla sends no
 * ETag, so its figure is the full answer). For each: the median of
 * sequential requests, requests per second at 16 concurrent clients, and SQL queries per request.
 * Rounds interleave the servers. BENCH_ANNOUNCEMENTS (900), BENCH_ROUNDS (3), BENCH_SECONDS (3);
 * BENCH_REQUESTS=graphql,rest (default all) keeps the requests whose name contains one of the words
 * (case-insensitive), for a shorter comparison in one run.
 */
const { fork } = require('child_process');
const { createHash } = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startInstance } = require('../scripts/lib/instance');
const { fillReadPathContent } = require('../scripts/lib/read-path-fixture');
const { format, machine, median, measure, request, saveResults, table } = require('./lib');
const { README_QUERY, SERVER_ENV } = require('./read-queries');
const { writeVanillaApp } = require('./vanilla-app');

const ANNOUNCEMENTS = Number(process.env.BENCH_ANNOUNCEMENTS || 900);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const SECONDS = Number(process.env.BENCH_SECONDS || 3);
const CLIENTS = 16;
const WORK = path.resolve(__dirname, '..', '.tmp', 'bench-read');

const LIST_PATH =
  '/api/announcements?locale=zh&sort=eventDate:desc&pagination[pageSize]=25' +
  '&populate[mediaPartners][fields][0]=name&populate[mediaPartners][fields][1]=slug&populate[cover]=true';

/** The README query over GET by its hash alone (Apollo's automatic persisted queries), registered once with `query`. */
const persistedQuery = ({ withQuery = false } = {}) => {
  const sha256Hash = createHash('sha256').update(README_QUERY).digest('hex');
  const params = new URLSearchParams({
    ...(withQuery ? { query: README_QUERY } : {}),
    variables: JSON.stringify({ locale: 'en' }),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }),
  });
  return `/graphql?${params}`;
};

const ALL_REQUESTS = [
  { name: 'REST zh list, 25 items, partners + cover', path: () => LIST_PATH },
  {
    name: 'REST one announcement by slug, populate=*',
    path: () => '/api/announcements?locale=ru&filters[slug][$eq]=rp-announcement-42-ru&populate=*',
  },
  { name: 'GraphQL README query (10 announcements)', graphql: { query: README_QUERY, variables: { locale: 'en' } } },
  {
    name: 'fallback list (en, 25 items)',
    path: (server) => `/api/announcements?locale=en&sort=eventDate:desc&pagination[pageSize]=25${server.vanilla ? '' : '&fallback=true'}`,
  },
  // Conditional GETs with the ETag of the server's own 200 (vanilla sends none: its figure is the full answer).
  { name: '304: REST zh list, If-None-Match', path: () => LIST_PATH, conditional: true },
  {
    name: '304: GraphQL GET by APQ hash, If-None-Match',
    path: () => persistedQuery(),
    register: () => persistedQuery({ withQuery: true }),
    headers: { 'apollo-require-preflight': 'true' },
    conditional: true,
  },
];

const REQUEST_FILTER = (process.env.BENCH_REQUESTS || '')
  .split(',')
  .map((word) => word.trim().toLowerCase())
  .filter(Boolean);
const REQUESTS = REQUEST_FILTER.length
  ? ALL_REQUESTS.filter((kind) => REQUEST_FILTER.some((word) => kind.name.toLowerCase().includes(word)))
  : ALL_REQUESTS;

/** The filled database, made once by Pressroom itself and copied for each server. */
async function fillDatabase() {
  fs.mkdirSync(WORK, { recursive: true });
  const base = path.join(WORK, `base-${ANNOUNCEMENTS}.db`);
  if (fs.existsSync(base)) return base;
  process.env.DATABASE_CLIENT = 'sqlite';
  const instance = await startInstance({ env: { ...SERVER_ENV, NODE_ENV: 'test', DATABASE_CLIENT: 'sqlite' } });
  try {
    const started = Date.now();
    await instance.seed();
    await fillReadPathContent(instance.strapi, { announcements: ANNOUNCEMENTS });
    console.log(`filled ${ANNOUNCEMENTS} announcements (three locales, with relations) in ${Math.round((Date.now() - started) / 1000)} s`);
    await instance.strapi.db.connection.raw('vacuum into ?', [base]);
  } finally {
    await instance.stop();
  }
  return base;
}

function startServer(name, { app, database, env = {} }) {
  const file = path.join(WORK, `${name}.db`);
  fs.copyFileSync(database, file);
  const child = fork(path.join(__dirname, 'serve-app.js'), [], {
    env: { ...process.env, ...SERVER_ENV, ...env, APP: app, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening`)));
    child.once('message', (message) => {
      const url = `http://127.0.0.1:${message.port}`;
      const queries = () =>
        new Promise((done) => {
          child.once('message', (answer) => done(answer.queries));
          child.send({ type: 'queries' });
        });
      const stop = () =>
        new Promise((done) => {
          child.removeAllListeners('exit');
          child.once('exit', done);
          child.send({ type: 'stop' });
        });
      resolve({ name, url, vanilla: app === 'vanilla', etags: {}, queries, stop });
    });
  });
}

async function call(server, kind) {
  // A conditional request carries the ETag the server gave this request before (see prime).
  const etag = kind.conditional ? server.etags[kind.name] : null;
  const response = kind.graphql
    ? await request(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(kind.graphql),
      })
    : await request(`${server.url}${kind.path(server)}`, { headers: { ...kind.headers, ...(etag ? { 'if-none-match': etag } : {}) } });
  const body = await response.text();
  const expected = etag ? 304 : 200;
  if (response.status !== expected) throw new Error(`${server.name}: ${kind.name} answered ${response.status}: ${body.slice(0, 300)}`);
  return body;
}

/** Registers a persisted query, and keeps the ETag of a conditional request's plain answer (null: none). */
async function prime(server, kind) {
  if (!kind.conditional) return;
  if (kind.register) {
    const registered = await request(`${server.url}${kind.register(server)}`, { headers: kind.headers });
    const body = await registered.text();
    if (registered.status !== 200)
      throw new Error(`${server.name}: registering ${kind.name} answered ${registered.status}: ${body.slice(0, 300)}`);
  }
  const response = await request(`${server.url}${kind.path(server)}`, { headers: kind.headers });
  const body = await response.text();
  if (response.status !== 200 || JSON.parse(body).errors)
    throw new Error(`${server.name}: ${kind.name} answered ${response.status}: ${body.slice(0, 300)}`);
  server.etags[kind.name] = response.headers.get('etag');
}

/** Requests per second with CLIENTS clients sending one request after another for SECONDS. */
async function throughput(server, kind) {
  const until = Date.now() + SECONDS * 1000;
  let done = 0;
  const client = async () => {
    while (Date.now() < until) {
      await call(server, kind);
      done += 1;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return done / ((Date.now() - started) / 1000);
}

async function sqlPerRequest(server, kind) {
  await call(server, kind); // a cache, where there is one, is warm after this
  const before = await server.queries();
  await call(server, kind);
  return (await server.queries()) - before;
}

/** The same JSON from Pressroom and vanilla where both answer the same request. */
function sameAnswer(kind, pressroomBody, vanillaBody) {
  const strip = (body) => {
    const json = JSON.parse(body);
    delete json.meta;
    return JSON.stringify(json);
  };
  return strip(pressroomBody) === strip(vanillaBody);
}

(async () => {
  const database = await fillDatabase();
  writeVanillaApp();
  const servers = [];
  try {
    servers.push(await startServer('pressroom-cache-off', { app: 'pressroom', database, env: { READ_CACHE: 'off' } }));
    servers.push(await startServer('pressroom-cache-on', { app: 'pressroom', database, env: { READ_CACHE: 'on' } }));
    servers.push(await startServer('vanilla', { app: 'vanilla', database }));
    const [off, , vanilla] = servers;

    const results = {};
    for (const kind of REQUESTS) {
      for (const server of servers) await prime(server, kind);
      const pressroomBody = await call(off, kind);
      const vanillaBody = await call(vanilla, kind);
      const equal = kind.name.startsWith('fallback') || kind.conditional ? null : sameAnswer(kind, pressroomBody, vanillaBody);
      if (equal === false) console.warn(`! ${kind.name}: Pressroom and vanilla answer differently`);
      results[kind.name] = { sameAnswerAsVanilla: equal };
      for (const server of servers) {
        results[kind.name][server.name] = { latency: [], throughput: [], queries: await sqlPerRequest(server, kind) };
      }
    }

    for (let round = 0; round < ROUNDS; round += 1) {
      console.log(`round ${round + 1} of ${ROUNDS}`);
      for (const kind of REQUESTS) {
        // Rotate the order each round, so that no server always goes first.
        const order = servers.map((_, index) => servers[(index + round) % servers.length]);
        for (const server of order) {
          const entry = results[kind.name][server.name];
          entry.latency.push((await measure(() => call(server, kind), { runs: 20, warmup: 5 })).median);
          entry.throughput.push(await throughput(server, kind));
        }
      }
    }

    const rows = [];
    const summary = [];
    for (const kind of REQUESTS) {
      const entries = Object.fromEntries(
        servers.map((server) => {
          const entry = results[kind.name][server.name];
          return [server.name, { median: median(entry.latency), perSecond: median(entry.throughput), queries: entry.queries }];
        })
      );
      summary.push({ request: kind.name, sameAnswerAsVanilla: results[kind.name].sameAnswerAsVanilla, ...entries });
      const cell = (entry) => `${format(entry.median)}, ${entry.perSecond.toFixed(0)} req/s, ${entry.queries} SQL`;
      const v = entries.vanilla;
      rows.push([
        kind.name,
        cell(entries['pressroom-cache-off']),
        cell(entries['pressroom-cache-on']),
        cell(v),
        `${(entries['pressroom-cache-off'].perSecond / v.perSecond).toFixed(2)}×`,
        `${(entries['pressroom-cache-on'].perSecond / v.perSecond).toFixed(2)}×`,
      ]);
    }
    console.log(`\nMedians over ${ROUNDS} interleaved rounds; req/s at ${CLIENTS} clients for ${SECONDS} s; SQL queries per request\n`);
    table(
      ['request', 'Pressroom, READ_CACHE=off', 'Pressroom, cache on', 'vanilla Strapi 5.54', 'off / vanilla req/s', 'on / vanilla req/s'],
      rows
    );
    const info = machine();
    // Other work on the machine moves the figures; the load says how much there was.
    const load = os.loadavg().map((value) => value.toFixed(1));
    console.log(`\n${info.cpu}, ${info.memory}, ${info.os}, Node ${info.node}, SQLite ${info.sqlite}; load average ${load.join(' ')}`);
    console.log(
      `results: ${saveResults('read', { loadAverage: os.loadavg(), announcements: ANNOUNCEMENTS, rounds: ROUNDS, seconds: SECONDS, clients: CLIENTS, summary })}`
    );
  } finally {
    for (const server of servers) await server.stop();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
