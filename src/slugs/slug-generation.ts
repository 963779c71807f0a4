import type { Core, Modules } from '@strapi/strapi';
import { slugOf, type SlugOptions } from './slug-rule';

const UID_SERVICE = 'plugin::content-manager.uid';

interface UidService {
  generateUIDField(params: { contentTypeUID: string; field: string; data: Record<string, unknown>; locale?: string }): Promise<string>;
  findUniqueUID(params: { contentTypeUID: string; field: string; value: string; locale?: string }): Promise<string>;
}

interface SlugAttribute {
  type: 'uid';
  targetField?: string;
  options?: SlugOptions;
}

/** The uid attribute generated from another field (slug ← title, or ← name for a media partner), if the type has one. */
const slugFieldOf = (strapi: Core.Strapi, contentTypeUID: string): string | undefined => {
  const attributes = (strapi.contentTypes[contentTypeUID as keyof typeof strapi.contentTypes]?.attributes ?? {}) as Record<string, any>;
  return Object.keys(attributes).find((name) => attributes[name].type === 'uid' && attributes[name].targetField);
};

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Puts our slug rule into the Content Manager's uid service, which the admin's regenerate button
 * (`POST /content-manager/uid/generate`) and its availability check call, and which the document
 * middleware below calls too: one path for a generated slug, with Strapi's per-locale `-1`, `-2`… suffix.
 * Without a title there is nothing to derive: the answer is '' instead of Strapi's placeholder
 * (`announcement`), so the edit view fills the slug as soon as a title is typed.
 */
export function generateSlugsByTheRule(strapi: Core.Strapi) {
  strapi.get('services').extend(UID_SERVICE, (uidService: UidService) => ({
    ...uidService,
    async generateUIDField(params: Parameters<UidService['generateUIDField']>[0]) {
      const { contentTypeUID, field, data, locale } = params;
      const attribute = (strapi.contentTypes[contentTypeUID as keyof typeof strapi.contentTypes]?.attributes as any)?.[field] as
        SlugAttribute | undefined;
      if (!attribute?.targetField) return uidService.generateUIDField(params);
      const title = data?.[attribute.targetField];
      const value = typeof title === 'string' ? slugOf(title, attribute.options) : '';
      return value ? uidService.findUniqueUID({ contentTypeUID, field, value, locale }) : '';
    },
  }));
}

/**
 * A slug left empty is generated on the server, for every write path (REST, GraphQL, Content Manager,
 * scripts): on create, and on the update that adds a document's version in a new locale.
 * A slug that was given is kept as it is.
 */
export const slugsLeftEmpty =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next();
    const field = slugFieldOf(strapi, context.uid);
    const params = context.params as { data?: Record<string, unknown>; documentId?: string; locale?: string };
    const data = params.data;
    if (!field || !data || !isEmpty(data[field])) return next();

    if (context.action === 'update' && !(field in data)) {
      // An update that leaves the slug out keeps the stored one; only a new locale version has none.
      const where = { documentId: params.documentId, ...(params.locale ? { locale: params.locale } : {}) };
      const versions = await strapi.db.query(context.uid as any).count({ where });
      if (versions > 0) return next();
    }

    const uidService = strapi.service(UID_SERVICE) as unknown as UidService;
    const slug = await uidService.generateUIDField({ contentTypeUID: context.uid, field, data, locale: params.locale });
    if (slug) data[field] = slug;
    return next();
  };
