/**
 * The website's preview route, as a URL template (env PREVIEW_URL), expanded per document for
 * the Content Manager's "Open preview". Pure: no Strapi import.
 *
 * Placeholders: {type} (the API name: announcement, media-partner, contract, photo-exhibition),
 * {uid} (api::announcement.announcement), {documentId}, {locale} (ru, zh, en) and {status}
 * (draft or published). Values are URL-encoded.
 */
export const PREVIEW_PLACEHOLDERS = ['type', 'uid', 'documentId', 'locale', 'status'] as const;
export type PreviewPlaceholder = (typeof PREVIEW_PLACEHOLDERS)[number];
export type PreviewValues = Record<PreviewPlaceholder, string>;

const PLACEHOLDER = /\{([^{}]*)\}/g;
const EXAMPLE = 'https://www.example.org/api/preview?type={type}&documentId={documentId}&locale={locale}&status={status}';

export interface PreviewTemplate {
  template: string;
  /** The origin the admin panel may show in its preview frame. */
  origin: string;
}

/** Checks a PREVIEW_URL; throws an Error that says what is wrong and what a good one looks like. */
export function parsePreviewTemplate(template: string): PreviewTemplate {
  const problem = (what: string) =>
    new Error(
      `PREVIEW_URL="${template}" ${what}. It is the website's preview route with placeholders among ` +
        `${PREVIEW_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}, e.g. ${EXAMPLE}; leave it empty to turn preview off.`
    );
  const unknown = [...template.matchAll(PLACEHOLDER)]
    .map((match) => match[1])
    .filter((name) => !PREVIEW_PLACEHOLDERS.includes(name as PreviewPlaceholder));
  if (unknown.length > 0)
    throw problem(`has unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.map((name) => `{${name}}`).join(', ')}`);
  if (!template.includes('{documentId}')) throw problem('lacks {documentId}, so the website could not tell which document to show');
  let url: URL;
  try {
    url = new URL(template.replace(PLACEHOLDER, 'x'));
  } catch {
    throw problem('is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw problem('is not an http(s) URL');
  return { template, origin: url.origin };
}

/** The preview URL of one document version. */
export function expandPreviewTemplate({ template }: PreviewTemplate, values: PreviewValues): string {
  return template.replace(PLACEHOLDER, (_, name: PreviewPlaceholder) => encodeURIComponent(values[name]));
}
