'use strict';
/**
 * A Pressroom process serving HTTP on PORT: another instance on the test's database (two
 * instances sharing one database), or, with SERVE_ADMIN_PANEL=true, the app with its built
 * admin panel for the browser tests. Prints "listening <port>" once ready; stops on SIGTERM.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '..', '..');

(async () => {
  const strapi = createStrapi({
    appDir: ROOT,
    distDir: path.join(ROOT, 'dist'),
    autoReload: false,
    serveAdminPanel: process.env.SERVE_ADMIN_PANEL === 'true',
  });
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
