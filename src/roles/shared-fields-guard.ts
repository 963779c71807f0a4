import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { changedSharedFields, pathsOfAttribute, type AttributeShape } from './shared-fields';
import { onlyFor } from '../documents/only-for';

/**
 * Fields shared by every locale of a document (category, dates, pictures…) belong to the
 * document, not to one translation. Translator roles get field permissions on the localized
 * fields only, so the Content Manager shows the shared ones read-only and drops them from what
 * it saves; this guard is the rule behind the panel, for any admin-panel write whose author may
 * not change the shared fields (decided by their permissions, not by role name):
 * - a change to a shared field of an existing version is refused with a 403 naming the fields
 *   (refused rather than dropped: a caller that sends them means to change them, and silence
 *   would hide it);
 * - a new locale version of an existing document takes the document's shared values (its drafts'),
 *   whatever the request says;
 * - a new document is refused: its shared fields would have no author.
 * Strapi's i18n then copies the written version's shared fields to every other locale; for these
 * writers there is nothing to copy, and the copy would touch the other versions (their
 * `updatedAt`, the "Modified" mark), so it is skipped for them.
 */

const I18N_LOCALIZATIONS = 'plugin::i18n.localizations';

type WriteAction = 'create' | 'update';

/** The attributes a locale version shares with the others (Strapi i18n's non-localized ones). */
export const sharedAttributes = (strapi: Core.Strapi, uid: string): string[] => {
  const i18n = strapi.plugin('i18n').service('content-types');
  const model = strapi.getModel(uid as any);
  return i18n.isLocalizedContentType(model) ? i18n.getNonLocalizedAttributes(model) : [];
};

interface AdminWriter {
  userAbility: any;
  user: { id: number | string };
}

const adminWriter = (strapi: Core.Strapi): AdminWriter | null => {
  const request = strapi.requestContext.get();
  const { userAbility, user } = request?.state ?? {};
  if (request?.state?.route?.info?.type !== 'admin' || !userAbility || !user) return null;
  return { userAbility, user };
};

/**
 * The shared attributes the writer may not set in `locale`, by their Content Manager field
 * permissions. The subject carries the writer as creator, so "own entries only" rules (authors)
 * count as what they are for the writer's own documents.
 */
export function lockedSharedFields(
  strapi: Core.Strapi,
  { userAbility, user }: AdminWriter,
  uid: string,
  locale: string,
  action: WriteAction,
  creatorId: number | string = user.id
): string[] {
  const shared = sharedAttributes(strapi, uid);
  if (shared.length === 0) return [];
  const paths: string[] = strapi
    .service('admin::content-type')
    .getNestedFields(strapi.getModel(uid as any), { components: strapi.components });
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: uid });
  const subject = { locale, createdBy: { id: creatorId } };
  return shared.filter((attribute) => {
    const attributePaths = pathsOfAttribute(paths, attribute);
    return (attributePaths.length > 0 ? attributePaths : [attribute]).some((path) => checker.cannot[action](subject, path));
  });
}

/** The populate that loads the shared fields of a version, nested components and media included. */
const sharedPopulate = (strapi: Core.Strapi, uid: string): string[] =>
  strapi.plugin('i18n').service('content-types').getNestedPopulateOfNonLocalizedAttributes(uid);

/** The document's shared values as write data: from its drafts, which every save keeps in step. */
async function documentSharedValues(strapi: Core.Strapi, uid: string, documentId: string, fields: string[]) {
  const model = strapi.getModel(uid as any);
  const version =
    (await strapi.db.query(uid as any).findOne({ where: { documentId, publishedAt: null }, populate: sharedPopulate(strapi, uid) })) ??
    (await strapi.db.query(uid as any).findOne({ where: { documentId }, populate: sharedPopulate(strapi, uid) }));
  if (!version) return null;
  const copy = strapi.plugin('i18n').service('content-types').copyNonLocalizedAttributes(model, version);
  return Object.fromEntries(
    fields.map((field) => {
      const attribute = model.attributes[field] as AttributeShape;
      const value = copy[field] ?? null;
      if (attribute.type !== 'media' || value === null) return [field, value];
      return [field, Array.isArray(value) ? value.map((file: { id: number }) => file.id) : value.id];
    })
  );
}

const newDocumentRefusal = (locale: string, fields: string[]) =>
  new errors.PolicyError(
    `New documents are created by editors and authors: your role translates existing documents into "${locale}" and may not ` +
      `set the fields every language shares (${fields.join(', ')}). Ask an editor to create it, then add your "${locale}" version.`,
    { fields }
  );

export const sharedFieldsGuard = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  onlyFor(['create', 'update', 'clone'], async (context, next) => {
    const writer = adminWriter(strapi);
    if (!writer) return next();

    const uid = context.uid as string;
    const params = context.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };
    const locale = params.locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale());
    if (locale === '*' || sharedAttributes(strapi, uid).length === 0) return next();

    if (context.action !== 'update') {
      const locked = lockedSharedFields(strapi, writer, uid, locale, 'create');
      if (locked.length > 0) throw newDocumentRefusal(locale, locked);
      return next();
    }

    const { documentId } = params;
    const data = { ...(params.data ?? {}) };
    const version = await strapi.db.query(uid as any).findOne({
      where: { documentId, locale, publishedAt: null },
      populate: [...sharedPopulate(strapi, uid), 'createdBy'],
    });

    if (version) {
      const locked = lockedSharedFields(strapi, writer, uid, locale, 'update', version.createdBy?.id ?? writer.user.id);
      if (locked.length === 0) return next();
      const attributes = strapi.getModel(uid as any).attributes as unknown as Record<string, AttributeShape>;
      const changed = changedSharedFields(attributes, locked, version, data);
      if (changed.length > 0) {
        throw new errors.PolicyError(
          `${changed.join(', ')}: shared by every language of the document, so only editors and authors change ` +
            `${changed.length > 1 ? 'them' : 'it'}. Change the "${locale}" fields only.`,
          { fields: changed }
        );
      }
      for (const field of locked) delete data[field]; // same value, perhaps written differently: nothing to write
    } else {
      const locked = lockedSharedFields(strapi, writer, uid, locale, 'create');
      if (locked.length === 0) return next();
      const values = await documentSharedValues(strapi, uid, documentId as string, locked);
      if (!values) return next(); // no such document: Strapi answers 404
      Object.assign(data, values);
    }
    context.params = { ...params, data } as typeof context.params;
    return next();
  });

/**
 * Skips Strapi i18n's copy of a version's shared fields to the other locales when the writer may
 * not change shared fields: the guard has kept them as they were, so the copy would only rewrite
 * the other versions with their own values and mark them modified.
 */
function skipSharedCopyForLockedWriters(strapi: Core.Strapi) {
  strapi.get('services').extend(I18N_LOCALIZATIONS, (service: any) => ({
    ...service,
    async syncNonLocalizedAttributes(sourceEntry: { locale?: string }, model: { uid: string }) {
      const writer = adminWriter(strapi);
      if (writer && sourceEntry?.locale && lockedSharedFields(strapi, writer, model.uid, sourceEntry.locale, 'update').length > 0) {
        return;
      }
      return service.syncNonLocalizedAttributes(sourceEntry, model);
    },
  }));
}

/** Registers the guard and the i18n adjustment; called once from the app's `register`. */
export function guardSharedFields(strapi: Core.Strapi) {
  strapi.documents.use(sharedFieldsGuard(strapi));
  skipSharedCopyForLockedWriters(strapi);
}
