import { PUBLISHED_CONTENT_TYPES } from '../content-types';
import { expandPreviewTemplate, parsePreviewTemplate } from './url-template';

/** The API name of a content type: api::media-partner.media-partner → media-partner. */
const apiName = (uid: string) => uid.slice(uid.lastIndexOf('.') + 1);

/**
 * Strapi's preview configuration (config/admin.ts `preview`) from PREVIEW_URL. Without it preview
 * is off: `enabled: false` counts as configured in Strapi 5.54, so the edit view shows no
 * "Set up preview" box that leads to Strapi's documentation instead of the website.
 */
export function previewConfig(previewUrl: string | undefined) {
  if (!previewUrl) return { enabled: false };
  const template = parsePreviewTemplate(previewUrl);
  const previewable = new Set<string>(PUBLISHED_CONTENT_TYPES);
  return {
    enabled: true,
    config: {
      allowedOrigins: [template.origin],
      async handler(uid: string, { documentId, locale, status }: { documentId: string; locale?: string | null; status?: string | null }) {
        if (!previewable.has(uid)) return null;
        return expandPreviewTemplate(template, { type: apiName(uid), uid, documentId, locale: locale ?? '', status: status ?? 'draft' });
      },
    },
  };
}
