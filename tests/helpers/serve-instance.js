'use strict';
/**
 * Another Pressroom process on the test's database, serving HTTP on PORT, for tests where two
 * Strapi instances share one database. Prints "listening <port>" once ready; stops on SIGTERM.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '..', '..');

(async () => {
  const strapi = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.start();
  console.log(`listening ${strapi.server.httpServer.address().port}`);
  process.on('SIGTERM', async () => {
    await strapi.destroy();
    process.exit(0);
  });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
