/**
 * Boots the real Pressroom (compiled by the global setup) in-process on a database of its own,
 * mounted for supertest, and tears both down afterwards.
 */
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import type { Core } from '@strapi/strapi';

const { createDatabase, dropDatabase, uniqueDatabaseName } = require('../../scripts/lib/databases.js');

export const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');

const TEST_ENV = {
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  PORT: '0',
  APP_KEYS: 'testKeyA,testKeyB',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789ab',
  JWT_SECRET: 'test-jwt-secret',
  // Set (empty) so that a developer's .env cannot add an admin or seed behind the tests' back.
  ADMIN_EMAIL: '',
  ADMIN_PASSWORD: '',
  SEED_DEMO_CONTENT: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
  BROWSER: 'false',
  LOG_LEVEL: 'warn',
};

export interface Pressroom {
  strapi: Core.Strapi;
  http: ReturnType<typeof request>;
  databaseName: string;
  /** Loads the demo content through the same function as `npm run seed`. */
  seed(): Promise<{ created: Record<string, number>; images: number }>;
  stop(): Promise<void>;
}

/** Requires a compiled module of the app (dist/src/...), as Strapi itself runs it. */
export const appModule = <T = any>(relativePath: string): T => require(path.join(DIST, 'src', relativePath));

export async function startPressroom({ seed = false } = {}): Promise<Pressroom> {
  const databaseName = uniqueDatabaseName();
  Object.assign(process.env, TEST_ENV, await createDatabase(databaseName));

  const { createStrapi } = require('@strapi/strapi');
  let strapi: Core.Strapi;
  try {
    strapi = await createStrapi({
      appDir: ROOT,
      distDir: DIST,
      autoReload: false,
      serveAdminPanel: false,
    }).load();
  } catch (error) {
    await dropDatabase(databaseName);
    throw error;
  }
  await strapi.server.mount();

  const pressroom: Pressroom = {
    strapi,
    http: request(strapi.server.httpServer),
    databaseName,
    seed: () => {
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
  if (seed) await pressroom.seed();
  return pressroom;
}

/** The local upload provider writes into public/uploads: remove what this test uploaded. */
function removeUploadedFiles(files: { url: string; formats: Record<string, { url: string }> | null }[]) {
  const urls = files.flatMap((file) => [file.url, ...Object.values(file.formats ?? {}).map((format) => format.url)]);
  for (const url of urls) {
    if (url?.startsWith('/uploads/')) fs.rmSync(path.join(ROOT, 'public', url), { force: true });
  }
}
