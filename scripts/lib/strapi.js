'use strict';
/** Boots Pressroom for a command-line task (no HTTP server), runs it, and shuts down. */
const { compileStrapi, createStrapi } = require('@strapi/strapi');

async function withStrapi(task) {
  // Commands do their own work; the boot-time demo seed of `develop` must not run behind them.
  process.env.SEED_DEMO_CONTENT = 'false';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
  const context = await compileStrapi();
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  try {
    return await task(strapi, context);
  } finally {
    await strapi.destroy();
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
