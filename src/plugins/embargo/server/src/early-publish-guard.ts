/**
 * Publishing a locale that a pending embargo is to publish later is refused (409, naming the
 * embargo) unless the request confirms it with the header `X-Embargo-Confirm: <action id>` (the edit
 * view's panel sends it after its dialog). The embargo itself, scripts and the seed (no request) pass.
 * Two doors: a Document Service middleware (every publish, whatever the route), and the Content
 * Manager's bulk publish, checked for all its documents before anything is written (it publishes
 * them concurrently in one transaction, and a refusal met mid-way did not undo the others').
 */
import type { Core, Modules } from '@strapi/strapi';
// Strapi's own version: its error middleware answers these with their status, unlogged.
import createError from 'http-errors';
import { getConfig } from './config';
import { coversLocale } from './domain/actions';
import { isEmbargoRunning } from './execution-context';
import { getService } from './get-service';
import type { ActionView } from './services/actions';

export const CONFIRM_HEADER = 'x-embargo-confirm';

const BULK_PUBLISH_CONTROLLER = 'plugin::content-manager.collection-types';

const confirmedIds = (header: unknown) =>
  new Set(
    String(header ?? '')
      .split(',')
      .map((part) => Number(part.trim()))
      .filter(Number.isInteger)
  );

type Request = { get(header: string): string };

/**
 * The pending publish embargoes on these documents that publishing `locale` would break and the
 * request does not confirm. `locale`: one code, several (bulk publish sends a list), or all ('*', none).
 */
async function unconfirmedEmbargoes(strapi: Core.Strapi, uid: string, documentIds: string[], locale: unknown, request: Request) {
  const requested = !locale || locale === '*' ? null : [locale].flat().map(String);
  const confirmed = confirmedIds(request.get(CONFIRM_HEADER));
  const unconfirmed: ActionView[] = [];
  for (const documentId of new Set(documentIds)) {
    const pending = await getService(strapi, 'actions').pendingFor(uid, documentId, 'publish');
    unconfirmed.push(
      ...pending.filter(
        (action) => !confirmed.has(action.id) && (requested === null || requested.some((code) => coversLocale(action, code)))
      )
    );
  }
  return unconfirmed;
}

function refusal(unconfirmed: ActionView[]) {
  const [first] = unconfirmed;
  const which = first.locales === null ? 'all locales' : first.locales.join(', ');
  const documents = new Set(unconfirmed.map((action) => action.documentId)).size;
  return createError(
    409,
    `Embargoed: ${documents > 1 ? `${documents} of these documents are under embargo; the first` : 'this document'} (${which}) is to be ` +
      `published at ${first.dueAtInZone} (${first.timeZone})` +
      `${first.scheduledBy.name ? `, embargo set by ${first.scheduledBy.name}` : ''}. ` +
      `To publish before then, confirm with the header X-Embargo-Confirm: ${unconfirmed.map((action) => action.id).join(',')}, or lift the embargo first.`,
    { details: { embargoes: unconfirmed } }
  );
}

export const earlyPublishGuard =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  // Everything but a publish passes without an async frame of its own (every read comes here).
  (context, next) =>
    context.action !== 'publish' || isEmbargoRunning() ? next() : guardPublish(strapi, context, next);

async function guardPublish(
  strapi: Core.Strapi,
  ...[context, next]: Parameters<Modules.Documents.Middleware.Middleware>
): ReturnType<Modules.Documents.Middleware.Middleware> {
  if (!getConfig(strapi).contentTypes.includes(context.uid)) return next();
  const request = strapi.requestContext.get();
  const { documentId, locale } = (context.params ?? {}) as { documentId?: string; locale?: string | string[] };
  if (!request || !documentId) return next();

  const unconfirmed = await unconfirmedEmbargoes(strapi, context.uid, [documentId], locale, request);
  if (unconfirmed.length > 0) throw refusal(unconfirmed);
  return next();
}

/** At register (the routes are bound to the controllers before any bootstrap): the check before a bulk publish. */
export function guardBulkPublish(strapi: Core.Strapi) {
  strapi.get('controllers').extend(BULK_PUBLISH_CONTROLLER, (controller: any) => ({
    ...controller,
    async bulkPublish(ctx: any) {
      const { documentIds, locale } = ctx.request.body ?? {};
      if (getConfig(strapi).contentTypes.includes(ctx.params.model) && Array.isArray(documentIds)) {
        const unconfirmed = await unconfirmedEmbargoes(strapi, ctx.params.model, documentIds.map(String), locale, ctx.request);
        if (unconfirmed.length > 0) throw refusal(unconfirmed);
      }
      return controller.bulkPublish(ctx);
    },
  }));
}
