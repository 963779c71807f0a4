'use strict';
/** Shared helpers of the benchmarks: timing, medians, machine facts, results on disk. */
const { execSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const RESULTS = path.join(__dirname, 'results');

// startInstance creates the database before applying its env argument, and leaves the previous
// database's host, port and user in process.env: each database starts from the caller's settings.
const DATABASE_VARIABLES = [
  'DATABASE_HOST',
  'DATABASE_PORT',
  'DATABASE_USERNAME',
  'DATABASE_PASSWORD',
  'DATABASE_NAME',
  'DATABASE_FILENAME',
];
const CALLER_DATABASE_ENV = Object.fromEntries(DATABASE_VARIABLES.map((key) => [key, process.env[key]]));

/** Points process.env at `client` with the caller's own database settings (for scripts/lib/instance.js). */
function useDatabase(client) {
  for (const key of DATABASE_VARIABLES) {
    if (CALLER_DATABASE_ENV[key] === undefined) delete process.env[key];
    else process.env[key] = CALLER_DATABASE_ENV[key];
  }
  process.env.DATABASE_CLIENT = client;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs `work` `warmup` times untimed, then `runs` times; returns the median in milliseconds. */
async function measure(work, { runs = 30, warmup = 5 } = {}) {
  for (let index = 0; index < warmup; index += 1) await work();
  const times = [];
  for (let index = 0; index < runs; index += 1) {
    const started = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs };
}

function machine() {
  const version = (command) => {
    try {
      return execSync(command, { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim()
        .split('\n')[0];
    } catch {
      return 'unknown';
    }
  };
  return {
    cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: version('psql --version'),
    mariadb: version('mariadb --version'),
    sqlite: require('better-sqlite3')(':memory:').prepare('select sqlite_version() as v').get().v,
  };
}

function saveResults(name, results) {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ name, date: new Date().toISOString(), machine: machine(), results }, null, 2));
  return file;
}

const format = (ms) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

/** Prints an aligned table of rows (arrays of cells). */
function table(header, rows) {
  const widths = header.map((cell, index) => Math.max(String(cell).length, ...rows.map((row) => String(row[index]).length)));
  const line = (cells) => cells.map((cell, index) => String(cell).padEnd(widths[index])).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** The seed's deterministic generator (compiled app), so benchmarks measure the same rows. */
/** The syndication plugin's services through its own accessor (compiled by build:plugins). */
const getService = (strapi, name) => require('../src/plugins/syndication/dist/server/get-service').getService(strapi, name);

const random = (seed) => require('../dist/src/seed/random').seededRandom(seed);

/** The database clients to run: BENCH_DATABASES=sqlite,postgres (default) or the given list. */
const databases = (defaults) => (process.env.BENCH_DATABASES || defaults).split(',').map((name) => name.trim());

/**
 * fetch, retried once when a kept-alive connection was closed by the server while idle (a long
 * fill between two requests outlives Node's 5 s keep-alive).
 */
async function request(url, init) {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (error?.cause?.code !== 'ECONNRESET' && error?.cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
}

module.exports = { useDatabase, getService, request, measure, median, machine, saveResults, format, table, random, databases };
