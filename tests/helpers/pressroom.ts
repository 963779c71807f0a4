/**
 * Boots the real Pressroom (compiled by the global setup) in-process on a database of its own,
 * mounted for supertest, and tears both down afterwards.
 */
import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { quietExpectedErrors } from './expected-errors';

const instances = require('../../scripts/lib/instance.js');

export const ROOT: string = instances.ROOT;

export interface Pressroom {
  strapi: Core.Strapi;
  http: ReturnType<typeof request>;
  databaseName: string;
  /** Loads the demo content through the same function as `npm run seed`. */
  seed(): Promise<{ created: Record<string, number>; images: number; mentions: number }>;
  stop(): Promise<void>;
}

/** Requires a compiled module of the app (dist/src/...), as Strapi itself runs it. */
export const appModule = <T = any>(relativePath: string): T => instances.appModule(relativePath);

/**
 * env: variables for this instance on top of the fixed test ones (they stay set for the test file).
 * beforeBootstrap: runs after every register(), before the bootstrap (a GraphQL extension, say).
 */
export async function startPressroom({
  seed = false,
  env = {},
  beforeBootstrap,
}: { seed?: boolean; env?: Record<string, string>; beforeBootstrap?: (strapi: Core.Strapi) => void } = {}): Promise<Pressroom> {
  const instance = await instances.startInstance({ seed, env, beforeBootstrap });
  quietExpectedErrors(instance.strapi);
  // The upload plugin's weekly metrics run 15 s after a first boot: their queries would fall into
  // the SQL counts of whatever test runs then (no test is about them).
  instance.strapi.cron.remove('uploadWeekly');
  return { ...instance, http: request(instance.strapi.server.httpServer) };
}
