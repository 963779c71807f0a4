'use strict';
/** Boots Pressroom for a command-line task (no HTTP server), runs it, and shuts down. */
const { createStrapi } = require('@strapi/strapi');
const { compileApp } = require('./compile');

async function withStrapi(task) {
  // Commands do their own work; the boot-time demo seed of `develop` must not run behind them.
  process.env.SEED_DEMO_CONTENT = 'false';
  // Nor the feed poller's cron job: a poll started during a long import would be cut off at the end.
  process.env.SYNDICATION_POLL_SCHEDULE = 'false';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
  // Strapi's compileStrapi() would parse and type-check the whole app again on every command.
  const context = compileApp();
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  try {
    return await task(strapi, context);
  } finally {
    await settleDatabase(strapi);
    await strapi.destroy();
  }
}

/**
 * Waits until no query runs or waits for a connection (at most a few seconds). After each commit
 * Strapi emits its entry events (webhooks) in the background, each loading its entry first: a
 * seed that commits at its end leaves dozens of them queued, and closing the pool under them
 * aborts them ("Error: aborted" from tarn) and the command with them.
 */
async function settleDatabase(strapi, { timeoutMs = 10000 } = {}) {
  const pool = strapi.db?.connection?.client?.pool;
  if (!pool) return;
  const deadline = Date.now() + timeoutMs;
  for (let quiet = 0; quiet < 2 && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    quiet = pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() === 0 ? quiet + 1 : 0;
  }
}

/** Runs a command's main function, printing a failure as one readable line and exiting 1. */
function run(main) {
  main().then(
    (code) => process.exit(typeof code === 'number' ? code : 0),
    (error) => {
      console.error(`[pressroom] ${error?.message ?? error}`);
      if (process.env.DEBUG) console.error(error);
      process.exit(1);
    }
  );
}

/** The syndication plugin's services through its own typed accessor (compiled by build:plugins). */
const getService = (strapi, name) => require('../../src/plugins/syndication/dist/server/get-service').getService(strapi, name);

module.exports = { getService, withStrapi, run };
