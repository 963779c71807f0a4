'use strict';
/**
 * The app as a user meets it: `strapi start` with the built admin panel, on its own SQLite
 * file, the demo content loaded at boot. Prints "listening <port>" once ready.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.resolve(__dirname, '..', '..', '..');

(async () => {
  const strapi = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: true });
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
