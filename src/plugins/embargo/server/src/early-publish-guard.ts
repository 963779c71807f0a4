/**
 * A Document Service middleware: publishing a locale that a pending embargo is to publish later is
 * refused (409, naming the embargo) unless the request confirms it with the header
 * `X-Embargo-Confirm: <action id>` (the edit view's panel sends it after its dialog). The embargo
 * itself, scripts and the seed (no request) pass.
 */
import type { Core, Modules } from '@strapi/strapi';
// Strapi's own version: its error middleware answers these with their status, unlogged.
import createError from 'http-errors';
import { getConfig } from './config';
import { coversLocale } from './domain/actions';
import { isEmbargoRunning } from './execution-context';
import { getService } from './get-service';

export const CONFIRM_HEADER = 'x-embargo-confirm';

const confirmedIds = (header: unknown) =>
  new Set(
    String(header ?? '')
      .split(',')
      .map((part) => Number(part.trim()))
      .filter(Number.isInteger)
  );

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
  const { documentId, locale } = (context.params ?? {}) as { documentId?: string; locale?: string };
  if (!request || !documentId) return next();

  const pending = await getService(strapi, 'actions').pendingFor(context.uid, documentId, 'publish');
  const blocking = pending.filter((action) => !locale || locale === '*' || coversLocale(action, locale));
  const confirmed = confirmedIds(request.get(CONFIRM_HEADER));
  const unconfirmed = blocking.filter((action) => !confirmed.has(action.id));
  if (unconfirmed.length === 0) return next();

  const [first] = unconfirmed;
  const which = first.locales === null ? 'all locales' : first.locales.join(', ');
  throw createError(
    409,
    `Embargoed: this document (${which}) is to be published at ${first.dueAtInZone} (${first.timeZone})` +
      `${first.scheduledBy.name ? `, embargo set by ${first.scheduledBy.name}` : ''}. ` +
      `To publish it before then, confirm with the header X-Embargo-Confirm: ${unconfirmed.map((action) => action.id).join(',')}, or lift the embargo first.`,
    { details: { embargoes: unconfirmed } }
  );
}
