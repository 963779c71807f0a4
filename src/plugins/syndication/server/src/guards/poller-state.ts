/**
 * A feed's polling state (conditional-request validators, last outcome, counters) is written by
 * the poller alone, through the query engine (services/feeds.ts `record`), which Document Service
 * middlewares do not see. Every Document Service write (the Content Manager, REST, GraphQL,
 * scripts) is checked here: it may not change that state.
 */
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { FEED } from '../content-types';
import feedSchema from '../content-types/feed/schema.json';
import { POLLER_STATE_FIELDS } from '../domain/feeds/health';

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

const defaultOf = (field: string) => (feedSchema.attributes as Record<string, { default?: unknown }>)[field]?.default ?? null;

/** Equal as stored: dates compare by instant, numbers by value ("3" from a form equals 3). */
function sameValue(given: unknown, stored: unknown): boolean {
  if (given === undefined) return true;
  if (given === null || given === '') return stored === null || stored === undefined || stored === '';
  if (stored instanceof Date || (typeof stored === 'string' && !Number.isNaN(Date.parse(stored)) && /^\d{4}-\d\d-\d\dT/.test(stored))) {
    return new Date(given as string).getTime() === new Date(stored as string).getTime();
  }
  if (typeof stored === 'number') return Number(given) === stored;
  if (typeof given === 'object') return JSON.stringify(given) === JSON.stringify(typeof stored === 'string' ? JSON.parse(stored) : stored);
  return given === stored;
}

/**
 * The fields of `data` that would change the poller's state of `current` (the stored feed, or
 * null for a new one, which may only carry the defaults). The Content Manager sends every field
 * of its form, read-only ones included, so unchanged values pass.
 */
export function pollerStateChanges(data: Record<string, unknown> | undefined, current: Record<string, unknown> | null): string[] {
  if (!data) return [];
  return POLLER_STATE_FIELDS.filter((field) => field in data && !sameValue(data[field], current ? current[field] : defaultOf(field)));
}

export const pollerStateGuard =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  // Anything but a write of a feed passes without an async frame of its own (every read comes here).
  (context, next) =>
    context.uid !== FEED || !WRITE_ACTIONS.has(context.action) ? next() : guardPollerState(strapi, context, next);

async function guardPollerState(
  strapi: Core.Strapi,
  ...[context, next]: Parameters<Modules.Documents.Middleware.Middleware>
): ReturnType<Modules.Documents.Middleware.Middleware> {
  const params = context.params as { documentId?: string; data?: Record<string, unknown> };
  const touched = POLLER_STATE_FIELDS.filter((field) => params.data && field in params.data);
  if (touched.length === 0) return next();

  const current =
    context.action === 'create'
      ? null
      : await strapi.db.query(FEED).findOne({ where: { documentId: params.documentId }, select: [...POLLER_STATE_FIELDS] });
  const changed = pollerStateChanges(params.data, current);
  if (changed.length > 0) {
    throw new errors.ValidationError(
      `${changed.join(', ')}: written by the feed poller only; edit the feed's name, agency, URL, language or enabled instead.`,
      {
        errors: changed.map((field) => ({
          path: [field],
          message: `${field} is written by the feed poller only`,
          name: 'ValidationError',
        })),
      }
    );
  }
  // Unchanged values need not be written again.
  for (const field of touched) delete params.data![field];
  return next();
}
