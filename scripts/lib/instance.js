'use strict';
/**
 * A throw-away Pressroom for tests and benchmarks: a fresh database of its own, the compiled app
 * loaded in this process (run `npm run build:plugins` and compile first), torn down afterwards
 * together with its database and uploaded files.
 */
const fs = require('fs');
const path = require('path');
const { createDatabase, dropDatabase, uniqueDatabaseName } = require('./databases');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');

/** Fixed secrets and quiet defaults, so that a developer's .env cannot change what runs. */
const THROWAWAY_ENV = {
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  PORT: '0',
  APP_KEYS: 'testKeyA,testKeyB',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789ab',
  JWT_SECRET: 'test-jwt-secret',
  ADMIN_EMAIL: '',
  ADMIN_PASSWORD: '',
  SEED_DEMO_CONTENT: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
  BROWSER: 'false',
  LOG_LEVEL: 'warn',
  // Tests serve their feeds on 127.0.0.1 and poll on demand, never on a schedule.
  SYNDICATION_ALLOW_PRIVATE_NETWORKS: 'true',
  SYNDICATION_POLL_SCHEDULE: 'false',
  SYNDICATION_FEED_TIMEOUT_MS: '2000',
  SYNDICATION_FEED_CONNECT_TIMEOUT_MS: '2000',
  // The read cache in this process, whatever the developer's shell says: test files sharing a
  // Redis would share answers (tests/read-cache-redis.test.ts sets its own, under its own prefix).
  REDIS_URL: '',
  READ_CACHE_PURGE_URL: '',
};

/** Requires a compiled module of the app (dist/src/...), as Strapi itself runs it. */
const appModule = (relativePath) => require(path.join(DIST, 'src', relativePath));

/**
 * @param {{ seed?: boolean, listen?: boolean, env?: Record<string, string>, beforeBootstrap?: (strapi: any) => void }} options
 *   listen: start the HTTP server on a free port (benchmarks); otherwise only mount the routes
 *   for supertest. beforeBootstrap: runs after every register(), as a plugin's own register would
 *   (a test's GraphQL extension, say).
 */
async function startInstance({ seed = false, listen = false, env = {}, beforeBootstrap } = {}) {
  const databaseName = uniqueDatabaseName();
  // The instance's own variables first: createDatabase reads DATABASE_CLIENT and the server's address.
  Object.assign(process.env, THROWAWAY_ENV, env);
  Object.assign(process.env, await createDatabase(databaseName));

  const { createStrapi } = require('@strapi/strapi');
  let strapi;
  try {
    strapi = createStrapi({ appDir: ROOT, distDir: DIST, autoReload: false, serveAdminPanel: false });
    if (beforeBootstrap) {
      await strapi.register();
      await beforeBootstrap(strapi);
      await strapi.bootstrap();
      strapi.isLoaded = true;
    }
    if (listen) await strapi.start();
    else {
      if (!beforeBootstrap) await strapi.load();
      await strapi.server.mount();
    }
  } catch (error) {
    await dropDatabase(databaseName);
    throw error;
  }

  const instance = {
    strapi,
    databaseName,
    url: listen ? `http://127.0.0.1:${strapi.server.httpServer.address().port}` : null,
    seed() {
      const { seedDemoContent } = appModule('seed');
      const { withDatabaseLock } = appModule('bootstrap/database-lock');
      return withDatabaseLock(strapi, 'seed', () => seedDemoContent(strapi));
    },
    async stop() {
      const uploads = await strapi.db.query('plugin::upload.file').findMany({ select: ['url', 'formats'] });
      await strapi.destroy();
      removeUploadedFiles(uploads);
      await dropDatabase(databaseName);
    },
  };
  if (seed) await instance.seed();
  return instance;
}

/** The local upload provider writes into public/uploads: remove what this instance uploaded. */
function removeUploadedFiles(files) {
  const urls = files.flatMap((file) => [file.url, ...Object.values(file.formats ?? {}).map((format) => format.url)]);
  for (const url of urls) {
    if (url && url.startsWith('/uploads/')) fs.rmSync(path.join(ROOT, 'public', url), { force: true });
  }
}

module.exports = { startInstance, appModule, ROOT, DIST };
