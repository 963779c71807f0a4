import { CONTRACT, MEDIA_PARTNER, PHOTO_EXHIBITION } from '../content-types';
import { countryCode, dateOrder, httpUrl, type FieldRule } from './rules';

/** Which rules apply to which content type, beyond what each schema.json declares. */
export const CONTENT_RULES: Record<string, FieldRule[]> = {
  [MEDIA_PARTNER]: [countryCode('country'), httpUrl('website')],
  [CONTRACT]: [dateOrder('validFrom', 'validUntil')],
  [PHOTO_EXHIBITION]: [dateOrder('opensOn', 'closesOn')],
};
