/**
 * Finds the pictures of Pressroom's types in an answer (a document with its populated relations
 * and components, at any depth) and gives each the alternative text and caption of the version
 * that holds it. Pure: the REST middleware and the GraphQL field middlewares call it.
 */
import type { LocalizedPicture } from './pictures';

export interface ImageText {
  alternativeText?: string | null;
  caption?: string | null;
}

interface AttributeShape {
  type: string;
  target?: string;
  component?: string;
}

/** Content types and components by UID, as `strapi.contentTypes` and `strapi.components` give them. */
export type Models = Record<string, { attributes: Record<string, AttributeShape> } | undefined>;

/** One picture in an answer: the file object at `holder[key]`, held by the version or component `ownerId`. */
export interface PictureSite {
  picture: LocalizedPicture;
  ownerId: number | string;
  holder: Record<string, unknown>;
  key: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every picture of `pictures` in `data`, an answer of content type `uid` (one document or a list). */
export function findPictures(data: unknown, uid: string, models: Models, pictures: LocalizedPicture[]): PictureSite[] {
  const sites: PictureSite[] = [];
  const visit = (value: unknown, model: string | undefined) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, model));
    if (!isObject(value) || !model) return;
    const attributes = models[model]?.attributes ?? {};
    for (const [key, inner] of Object.entries(value)) {
      const attribute = attributes[key];
      if (!attribute || inner === null || inner === undefined) continue;
      if (attribute.type === 'relation') visit(inner, attribute.target);
      else if (attribute.type === 'component') visit(inner, attribute.component);
      else if (attribute.type === 'dynamiczone' && Array.isArray(inner)) inner.forEach((item) => visit(item, item?.__component));
      else if (attribute.type === 'media' && isObject(inner) && value.id !== undefined && value.id !== null) {
        const picture = pictures.find((candidate) => candidate.owner === model && candidate.image === key);
        if (picture) sites.push({ picture, ownerId: value.id as number | string, holder: value, key });
      }
    }
  };
  visit(data, uid);
  return sites;
}

/**
 * The file with the version's texts in place of the media library's: null where the version has
 * none (never another locale's text). `fields`: which of the two to set; REST sets only those the
 * request selected.
 */
export function withImageText<T extends Record<string, unknown>>(
  file: T,
  text: ImageText | null | undefined,
  fields: ('alternativeText' | 'caption')[] = ['alternativeText', 'caption']
): T {
  const localized: Record<string, unknown> = { ...file };
  for (const field of fields) localized[field] = text?.[field] ?? null;
  return localized as T;
}

/** Puts each version's texts into its pictures, in place, with the texts read for each picture kind. */
export function applyImageTexts(
  sites: PictureSite[],
  textsOf: (picture: LocalizedPicture, ownerId: number | string) => ImageText | undefined
) {
  for (const { picture, ownerId, holder, key } of sites) {
    const file = holder[key] as Record<string, unknown>;
    const selected = (['alternativeText', 'caption'] as const).filter((field) => field in file);
    holder[key] = withImageText(file, textsOf(picture, ownerId), selected);
  }
}
