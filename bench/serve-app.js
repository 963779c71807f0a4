'use strict';
/**
 * One server of the read benchmark, in a process of its own: Pressroom (APP=pressroom, the
 * compiled app) or the vanilla app (APP=vanilla, bench/vanilla-app.js) on DATABASE_FILENAME.
 * Tells its parent the port once listening, and answers `{ type: 'queries' }` with the number of
 * SQL queries it has run so far (knex's 'query' event).
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');
const { VANILLA_APP } = require('./vanilla-app');

const ROOT = path.resolve(__dirname, '..');

(async () => {
  const pressroom = process.env.APP === 'pressroom';
  const strapi = createStrapi({
    appDir: pressroom ? ROOT : VANILLA_APP,
    distDir: pressroom ? path.join(ROOT, 'dist') : VANILLA_APP,
    autoReload: false,
    serveAdminPanel: false,
  });
  await strapi.start();
  let queries = 0;
  strapi.db.connection.on('query', () => {
    queries += 1;
  });
  process.on('message', (message) => {
    if (message?.type === 'queries') process.send({ type: 'queries', queries });
    if (message?.type === 'stop') strapi.destroy().then(() => process.exit(0));
  });
  process.send({ type: 'listening', port: strapi.server.httpServer.address().port });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
