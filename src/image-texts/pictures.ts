/**
 * Where each picture of Pressroom's types keeps its alternative text and caption per locale.
 * The media library keeps one `alternativeText` and `caption` per file, shared by every locale,
 * so the localized texts sit beside the picture, on the document (a localized `media.image-text`
 * component) or in the localized component that holds the picture (an exhibition photo).
 * One list: the REST and GraphQL answers and the translation status follow it (a migration keeps
 * its own copy, as things stood when it was written).
 */
import { ANNOUNCEMENT, MEDIA_PARTNER, PHOTO_EXHIBITION } from '../content-types';

export const IMAGE_TEXT_COMPONENT = 'media.image-text' as const;
export const EXHIBITION_PHOTO = 'exhibition.photo' as const;

/** Longest alternative text, in characters (a sentence in any of the three languages); longer belongs in the caption. */
export const ALT_TEXT_MAX_LENGTH = 200;

export interface LocalizedPicture {
  /** The content type or component that holds the picture. */
  owner: string;
  /** Its single-image media attribute. */
  image: string;
  /** The localized `media.image-text` component attribute beside it; null: the owner holds `alternativeText` and `caption` itself. */
  texts: string | null;
}

export const LOCALIZED_PICTURES: LocalizedPicture[] = [
  { owner: ANNOUNCEMENT, image: 'cover', texts: 'coverText' },
  { owner: MEDIA_PARTNER, image: 'logo', texts: 'logoText' },
  { owner: EXHIBITION_PHOTO, image: 'image', texts: null },
];

/**
 * The same places as paths from each content type, for the translation status's rule that a
 * picture needs its alternative text in every locale (`photos.image` is each photo's image).
 */
export const ALT_TEXT_RULES: Record<string, { image: string; altText: string }[]> = {
  [ANNOUNCEMENT]: [{ image: 'cover', altText: 'coverText.alternativeText' }],
  [MEDIA_PARTNER]: [{ image: 'logo', altText: 'logoText.alternativeText' }],
  [PHOTO_EXHIBITION]: [{ image: 'photos.image', altText: 'photos.alternativeText' }],
};
