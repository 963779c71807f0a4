#!/usr/bin/env node
'use strict';
/**
 * node bench/profile-graphql.js — a CPU profile of Pressroom answering the README's GraphQL query
 * with READ_CACHE=off, on a copy of bench:read's SQLite database (run `npm run bench:read` once to
 * make it; compile first with `npm run build:plugins && tsc -p tsconfig.json`). The server runs in
 * a process of its own under `node --cpu-prof`; the profile's self and total time are then summed
 * by function and by package. PROFILE_REQUESTS (2000), PROFILE_CLIENTS (4), PROFILE_APP
 * (pressroom or vanilla), GRAPHQL_BATCHING passes through.
 */
const { fork } = require('child_process');
const fs = require('fs');
const path = require('path');
const { request } = require('./lib');
const { README_QUERY, SERVER_ENV } = require('./read-queries');
const { writeVanillaApp } = require('./vanilla-app');

const WORK = path.resolve(__dirname, '..', '.tmp', 'bench-read');
const REQUESTS = Number(process.env.PROFILE_REQUESTS || 2000);
const CLIENTS = Number(process.env.PROFILE_CLIENTS || 4);
const APP = process.env.PROFILE_APP || 'pressroom';

function packageOf(url) {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return 'node';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.includes('/dist/src/') || url.includes('/src/')) return 'pressroom';
  return url;
}

/** Self and total time by function and by package, from a .cpuprofile. */
function summarise(profile, window) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const sampleTime = new Map();
  const deltas = profile.timeDeltas;
  // Only the samples taken while the requests ran (the boot is not what is measured).
  let at = profile.startTime;
  for (let index = 0; index < profile.samples.length; index += 1) {
    at += deltas[index];
    if (at < window.from || at > window.to) continue;
    const id = profile.samples[index];
    sampleTime.set(id, (sampleTime.get(id) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  }
  const total = [...sampleTime.values()].reduce((a, b) => a + b, 0);
  const fn = new Map();
  const pkg = new Map();
  // Self time of lodash, knex and @strapi/utils, charged to the nearest caller outside the package.
  const callers = new Map();
  const add = (map, key, field, ms) => {
    const entry = map.get(key) ?? { self: 0, total: 0 };
    entry[field] += ms;
    map.set(key, entry);
  };
  for (const [id, ms] of sampleTime) {
    let node = nodes.get(id);
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${packageOf(url)}:${path.basename(url || '')}:${lineNumber + 1}`;
    add(fn, name, 'self', ms);
    add(pkg, packageOf(url), 'self', ms);
    if (['lodash', 'knex', '@strapi/utils', '@strapi/database'].includes(packageOf(url))) {
      let caller = parentOf.get(id);
      while (caller !== undefined && packageOf(nodes.get(caller).callFrame.url) === packageOf(url)) caller = parentOf.get(caller);
      const frame = caller === undefined ? null : nodes.get(caller).callFrame;
      const key = `${packageOf(url)} <- ${frame ? `${frame.functionName || '(anonymous)'} ${packageOf(frame.url)}:${path.basename(frame.url || '')}:${frame.lineNumber + 1}` : '?'}`;
      add(callers, key, 'self', ms);
    }
    // Total: each function and package once per sample, however deep the recursion.
    const seenFn = new Set();
    const seenPkg = new Set();
    for (let current = id; current !== undefined; current = parentOf.get(current)) {
      node = nodes.get(current);
      const frame = node.callFrame;
      const key = `${frame.functionName || '(anonymous)'} ${packageOf(frame.url)}:${path.basename(frame.url || '')}:${frame.lineNumber + 1}`;
      if (!seenFn.has(key)) {
        seenFn.add(key);
        add(fn, key, 'total', ms);
      }
      const p = packageOf(frame.url);
      if (!seenPkg.has(p)) {
        seenPkg.add(p);
        add(pkg, p, 'total', ms);
      }
    }
  }
  const percent = (ms) => `${((100 * ms) / total).toFixed(1)}%`;
  const print = (title, map, by, limit) => {
    console.log(`\n${title} (by ${by} time; ${total.toFixed(0)} ms sampled)`);
    const rows = [...map.entries()].sort((a, b) => b[1][by] - a[1][by]).slice(0, limit);
    for (const [name, entry] of rows)
      console.log(`${percent(entry.self).padStart(6)} self ${percent(entry.total).padStart(6)} total  ${name}`);
  };
  print('packages', pkg, 'self', 25);
  print('packages', pkg, 'total', 25);
  print('functions', fn, 'self', 40);
  print('functions', fn, 'total', 60);
  print('self time of lodash, knex, @strapi/utils and @strapi/database by caller', callers, 'self', 30);
}

(async () => {
  const base = fs.readdirSync(WORK).find((name) => /^base-\d+\.db$/.test(name));
  if (!base) throw new Error(`no database in ${WORK}: run npm run bench:read once`);
  if (APP === 'vanilla') writeVanillaApp();
  const file = path.join(WORK, 'profile.db');
  fs.copyFileSync(path.join(WORK, base), file);
  const profiles = path.join(WORK, 'profiles');
  fs.rmSync(profiles, { recursive: true, force: true });
  const child = fork(path.join(__dirname, 'serve-app.js'), [], {
    execArgv: ['--cpu-prof', `--cpu-prof-dir=${profiles}`],
    env: {
      ...process.env,
      ...SERVER_ENV,
      READ_CACHE: 'off',
      APP,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: file,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.once('message', (message) => resolve(message.port));
  });
  const body = JSON.stringify({ query: README_QUERY, variables: { locale: 'en' } });
  let sent = 0;
  const started = Date.now();
  // The profile's clock is the monotonic one of process.hrtime, in microseconds.
  const from = Number(process.hrtime.bigint() / 1000n);
  const client = async () => {
    while (sent < REQUESTS) {
      sent += 1;
      const response = await request(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await response.text();
      if (response.status !== 200 || text.includes('"errors"')) throw new Error(text.slice(0, 300));
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const to = Number(process.hrtime.bigint() / 1000n);
  const seconds = (Date.now() - started) / 1000;
  console.log(`${REQUESTS} requests in ${seconds.toFixed(1)} s (${(REQUESTS / seconds).toFixed(0)} req/s, ${CLIENTS} clients)`);
  child.removeAllListeners('exit');
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.send({ type: 'stop' });
  });
  const [profileFile] = fs.readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile'));
  console.log(`profile: ${path.join(profiles, profileFile)}`);
  summarise(JSON.parse(fs.readFileSync(path.join(profiles, profileFile), 'utf8')), { from, to });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
