/**
 * A fingerprint of what translators translate in one locale version of a document: its
 * localized fields (components included, their ids left out), never its non-localized fields,
 * relations, media, timestamps or publication state. Equal text, equal fingerprint.
 */
import { createHash } from 'crypto';

export interface AttributeSchema {
  type: string;
  pluginOptions?: { i18n?: { localized?: boolean } };
  component?: string;
}

export type Schemas = {
  attributes: Record<string, AttributeSchema>;
  components: Record<string, { attributes: Record<string, AttributeSchema> }>;
};

const SKIPPED_TYPES = new Set(['relation', 'media', 'dynamiczone']);
const COMPONENT_BOOKKEEPING = new Set(['id', '__component', '__temp_key__', 'documentId']);

/** The fields of a content type that a translation carries. */
export const translatedFields = (attributes: Record<string, AttributeSchema>) =>
  Object.entries(attributes)
    .filter(([, attribute]) => attribute.pluginOptions?.i18n?.localized === true && !SKIPPED_TYPES.has(attribute.type))
    .map(([name]) => name)
    .sort();

function normalise(value: unknown, attributes: Record<string, AttributeSchema> | null, schemas: Schemas): unknown {
  if (Array.isArray(value)) return value.map((item) => normalise(item, attributes, schemas));
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key]) => !COMPONENT_BOOKKEEPING.has(key))
    .filter(([key]) => !attributes || (attributes[key] && !SKIPPED_TYPES.has(attributes[key].type)))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, item]) => {
      const attribute = attributes?.[key];
      const nested = attribute?.type === 'component' ? (schemas.components[attribute.component!]?.attributes ?? null) : null;
      return [key, normalise(item, nested, schemas)];
    });
  return Object.fromEntries(entries);
}

export function contentHash(row: Record<string, unknown>, schemas: Schemas): string {
  const picked: Record<string, unknown> = {};
  for (const field of translatedFields(schemas.attributes)) {
    const attribute = schemas.attributes[field];
    const nested = attribute.type === 'component' ? (schemas.components[attribute.component!]?.attributes ?? null) : null;
    picked[field] = normalise(row[field], nested, schemas);
  }
  return createHash('sha256').update(JSON.stringify(picked)).digest('hex');
}
