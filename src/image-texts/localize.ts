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
  /**
   * The texts the answer itself carries for this picture, when it populated them: the version's
   * `media.image-text` component (null: the version has none), or the photo's own fields.
   * Undefined when the answer does not hold them, and they must be read.
   */
  given?: ImageText | null;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What can lead to a picture in one model: its relations, components, dynamic zones and pictures. */
type Step =
  | { key: string; type: 'relation' | 'component'; model: string | undefined }
  | { key: string; type: 'dynamiczone' }
  | { key: string; type: 'media'; picture: LocalizedPicture };

/** The steps of each model, worked out once per models object (the schemas do not change while running). */
const stepsCache = new WeakMap<Models, WeakMap<LocalizedPicture[], Map<string, Step[]>>>();

function stepsOf(models: Models, pictures: LocalizedPicture[], model: string): Step[] {
  let byPictures = stepsCache.get(models);
  if (!byPictures) stepsCache.set(models, (byPictures = new WeakMap()));
  let byModel = byPictures.get(pictures);
  if (!byModel) byPictures.set(pictures, (byModel = new Map()));
  let steps = byModel.get(model);
  if (!steps) {
    steps = [];
    for (const [key, attribute] of Object.entries(models[model]?.attributes ?? {})) {
      if (attribute.type === 'relation') steps.push({ key, type: 'relation', model: attribute.target });
      else if (attribute.type === 'component') steps.push({ key, type: 'component', model: attribute.component });
      else if (attribute.type === 'dynamiczone') steps.push({ key, type: 'dynamiczone' });
      else if (attribute.type === 'media') {
        const picture = pictures.find((candidate) => candidate.owner === model && candidate.image === key);
        if (picture) steps.push({ key, type: 'media', picture });
      }
    }
    byModel.set(model, steps);
  }
  return steps;
}

/** The texts `holder` carries for `picture` (see PictureSite.given). */
function givenTexts(holder: Record<string, unknown>, picture: LocalizedPicture): ImageText | null | undefined {
  const texts = picture.texts === null ? holder : holder[picture.texts];
  if (texts === null && picture.texts !== null) return null;
  if (!isObject(texts) || !('alternativeText' in texts) || !('caption' in texts)) return undefined;
  return { alternativeText: texts.alternativeText as string | null, caption: texts.caption as string | null };
}

/** Every picture of `pictures` in `data`, an answer of content type `uid` (one document or a list). */
export function findPictures(data: unknown, uid: string, models: Models, pictures: LocalizedPicture[]): PictureSite[] {
  const sites: PictureSite[] = [];
  const visit = (value: unknown, model: string | undefined) => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, model));
    if (!isObject(value) || !model) return;
    for (const step of stepsOf(models, pictures, model)) {
      const inner = value[step.key];
      if (inner === null || inner === undefined) continue;
      if (step.type === 'media') {
        if (isObject(inner) && value.id !== undefined && value.id !== null) {
          sites.push({
            picture: step.picture,
            ownerId: value.id as number | string,
            holder: value,
            key: step.key,
            given: givenTexts(value, step.picture),
          });
        }
      } else if (step.type === 'dynamiczone') {
        if (Array.isArray(inner)) inner.forEach((item) => visit(item, item?.__component));
      } else visit(inner, step.model);
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
  for (const { picture, ownerId, holder, key, given } of sites) {
    const file = holder[key] as Record<string, unknown>;
    const selected = (['alternativeText', 'caption'] as const).filter((field) => field in file);
    holder[key] = withImageText(file, given === undefined ? textsOf(picture, ownerId) : given, selected);
  }
}
