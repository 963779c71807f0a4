'use strict';
/** Compiles the app once for all test files, and names this run's databases. */
const crypto = require('crypto');
const path = require('path');

module.exports = async () => {
  const { compileStrapi } = require('@strapi/strapi');
  const appDir = path.resolve(__dirname, '..', '..');
  process.env.PRESSROOM_TEST_RUN = crypto.randomBytes(3).toString('hex');
  const started = Date.now();
  require('../../scripts/build-plugins.js').buildPlugins({ quiet: true });
  await compileStrapi({ appDir });
  console.log(
    `\n[tests] compiled the plugins and the app in ${Date.now() - started} ms; database client: ${process.env.DATABASE_CLIENT || 'sqlite'}`
  );
};
