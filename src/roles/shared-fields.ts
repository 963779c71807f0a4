/**
 * Fields a locale version shares with the document's other locales (Strapi i18n's non-localized
 * fields), in plain terms: which permission paths are localized, and which shared fields a write
 * would really change. No Strapi import: the guard and the role rules call these.
 */

export interface AttributeShape {
  type: string;
  multiple?: boolean;
}

/**
 * The permission field paths (`title`, `signatories.name`) that belong to a localized attribute:
 * a path is localized when its top-level attribute is not one of the shared ones. A localized
 * component is localized with every field inside it.
 */
export const localizedFieldPaths = (paths: string[], shared: string[]) => paths.filter((path) => !shared.includes(path.split('.')[0]));

/** The permission field paths of each shared attribute (one path, or a component's inner paths). */
export const pathsOfAttribute = (paths: string[], attribute: string) =>
  paths.filter((path) => path === attribute || path.startsWith(`${attribute}.`));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

const mediaIds = (value: unknown) =>
  (Array.isArray(value) ? value : [value]).filter((file) => file != null).map((file) => String(isObject(file) ? file.id : file));

/** Components, JSON and blocks compare on their content: ids and the component's own keys are not content. */
const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (!isObject(value) || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id' && key !== 'documentId' && key !== '__temp_key__')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, inner]) => [key, withoutIds(inner)])
  );
};

/**
 * One comparable form per attribute type: the database hands dates back as strings, Date objects
 * or numbers depending on the driver, and a request names a picture by id or by the file object.
 */
export function comparable(attribute: AttributeShape, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  switch (attribute.type) {
    case 'media':
      return JSON.stringify(mediaIds(value));
    case 'date': {
      const date = value instanceof Date ? value.toISOString() : String(value);
      return date.slice(0, 10);
    }
    case 'datetime':
    case 'timestamp': {
      const time = new Date(value as string | number | Date).getTime();
      return Number.isNaN(time) ? String(value) : time;
    }
    case 'integer':
    case 'float':
    case 'decimal':
      return Number(value);
    case 'biginteger':
      return String(value);
    case 'boolean':
      return value === true || value === 1 || value === '1' || value === 'true';
    default:
      return JSON.stringify(withoutIds(value));
  }
}

/**
 * The shared attributes whose value in `data` differs from the version's `current` one. An
 * attribute missing from `data` is left as it is, so it changes nothing.
 */
export function changedSharedFields(
  attributes: Record<string, AttributeShape>,
  shared: string[],
  current: Record<string, unknown>,
  data: Record<string, unknown>
): string[] {
  return shared.filter(
    (name) => data[name] !== undefined && comparable(attributes[name], data[name]) !== comparable(attributes[name], current[name])
  );
}
