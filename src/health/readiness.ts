import type { Core } from '@strapi/strapi';

export const READINESS_PATH = '/_ready';
/** A balancer probes every few seconds: a database slower than this counts as unavailable. */
const QUERY_TIMEOUT_MS = 2000;

/** Resolves to the query's failure as a short reason, or null when the database answered in time. */
async function databaseProblem(strapi: Core.Strapi): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`the database did not answer within ${QUERY_TIMEOUT_MS} ms`), QUERY_TIMEOUT_MS);
  });
  const query = strapi.db.connection.raw('select 1').then(
    () => null,
    (error: Error) => {
      // The driver's message names hosts and ports: the log gets it, the public answer does not.
      strapi.log.debug(`[pressroom] /_ready: ${error.message}`);
      return 'the database is unreachable';
    }
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `GET /_ready`: 200 `{ status: 'ready' }` while the database answers a trivial query, 503
 * `{ status: 'unavailable', reason }` otherwise, so a load balancer takes a sick instance out.
 * `/_health` stays Strapi's (it only says the process is up). Mounted on Strapi's own router
 * beside `/_health`: public, behind the global middlewares but before any route auth.
 */
export function registerReadinessCheck(strapi: Core.Strapi) {
  const answerReadiness: Core.MiddlewareHandler = async (ctx) => {
    const problem = await databaseProblem(strapi);
    ctx.set('Cache-Control', 'no-store');
    ctx.status = problem ? 503 : 200;
    ctx.body = problem ? { status: 'unavailable', reason: problem } : { status: 'ready' };
  };
  strapi.server.router.get(READINESS_PATH, answerReadiness);
}
