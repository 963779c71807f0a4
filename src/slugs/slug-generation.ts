import type { Core, Modules } from '@strapi/strapi';
import { isPlaceholderSlug, slugOf, type SlugOptions } from './slug-rule';
import { onlyFor } from '../documents/only-for';

const UID_SERVICE = 'plugin::content-manager.uid';

interface UidService {
  generateUIDField(params: { contentTypeUID: string; field: string; data: Record<string, unknown>; locale?: string }): Promise<string>;
  findUniqueUID(params: { contentTypeUID: string; field: string; value: string; locale?: string }): Promise<string>;
}

/** What a slug needs of a uid attribute: the field it is made from (`title`, a partner's `name`) and slugify's options. */
interface SlugAttribute {
  type: string;
  targetField?: string;
  options?: SlugOptions;
}

const attributesOf = (strapi: Core.Strapi, contentTypeUID: string) =>
  (strapi.contentTypes[contentTypeUID as keyof typeof strapi.contentTypes]?.attributes ?? {}) as Record<string, SlugAttribute>;

/** The type's uid attribute made from another field, if it has one (each of our four types has `slug`). */
const slugAttributeOf = (strapi: Core.Strapi, contentTypeUID: string) => {
  const attributes = attributesOf(strapi, contentTypeUID);
  const field = Object.keys(attributes).find((name) => attributes[name].type === 'uid' && attributes[name].targetField);
  if (!field) return undefined;
  const { targetField, options } = attributes[field];
  return { field, targetField: targetField as string, options, typeName: strapi.contentTypes[contentTypeUID as any].modelName };
};

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Puts our slug rule into the Content Manager's uid service, which the admin's regenerate button
 * (`POST /content-manager/uid/generate`) and its availability check call, and which the document
 * middleware below calls too: one path for a generated slug, with Strapi's per-locale `-1`, `-2`… suffix.
 * Without a title Strapi's placeholder (`announcement`) is kept: the edit view asks once, when a new
 * form opens, and would otherwise keep the slug of the first letter typed; the server replaces it.
 */
export function generateSlugsByTheRule(strapi: Core.Strapi) {
  strapi.get('services').extend(UID_SERVICE, (uidService: UidService) => ({
    ...uidService,
    async generateUIDField(params: Parameters<UidService['generateUIDField']>[0]) {
      const { contentTypeUID, field, data, locale } = params;
      const attribute = attributesOf(strapi, contentTypeUID)[field];
      const title = attribute?.targetField ? data?.[attribute.targetField] : undefined;
      const value = typeof title === 'string' ? slugOf(title, attribute?.options) : '';
      return value ? uidService.findUniqueUID({ contentTypeUID, field, value, locale }) : uidService.generateUIDField(params);
    },
  }));
}

/**
 * A slug left empty, or left at the Content Manager's placeholder, is generated on the server from the
 * title, for every write path (REST, GraphQL, Content Manager, scripts): on create, and on the update
 * that adds a document's version in a new locale. A slug that was chosen is kept as it is.
 */
export const slugsLeftEmpty = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  onlyFor(['create', 'update'], async (context, next) => {
    const slug = slugAttributeOf(strapi, context.uid);
    const params = context.params as { data?: Record<string, unknown>; documentId?: string; locale?: string };
    const data = params.data;
    if (!slug || !data) return next();
    const title = data[slug.targetField];
    // Nothing to make a slug of: Strapi's own validation names the missing field.
    if (typeof title !== 'string' || !slugOf(title, slug.options)) return next();

    const given = data[slug.field];
    const placeholder = typeof given === 'string' && isPlaceholderSlug(given, slug.typeName, slug.options);
    if (!isEmpty(given) && !placeholder) return next();

    if (context.action === 'update' && (!(slug.field in data) || placeholder)) {
      // An existing version keeps its stored slug (even one that looks like the placeholder); only a new locale version has none.
      const where = { documentId: params.documentId, ...(params.locale ? { locale: params.locale } : {}) };
      const versions = await strapi.db.query(context.uid as any).count({ where });
      if (versions > 0) return next();
    }

    const uidService = strapi.service(UID_SERVICE) as unknown as UidService;
    data[slug.field] = await uidService.generateUIDField({ contentTypeUID: context.uid, field: slug.field, data, locale: params.locale });
    return next();
  });
