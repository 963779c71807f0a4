/**
 * The parameters of a work list (GET /translation-status/documents): content type, locale,
 * status and page, checked in that order. Pure: the caller says which content types are
 * followed, which locales exist and which the caller may edit.
 */
import { STATUSES, type TranslationStatus } from './status';

export const DOCUMENT_PAGES = { defaultSize: 25 };

export interface DocumentsQuery {
  contentType: string;
  locale: string;
  status?: TranslationStatus;
  page: number;
  /** As asked; the service caps it at the configured `maxPageSize`. */
  pageSize: number;
}

export type Failure = { ok: false; parameter: string; error: string };
export type ContentTypeCheck = { ok: true; contentType: string } | Failure;
export type DocumentsQueryCheck = { ok: true; query: DocumentsQuery } | Failure;

const fail = (parameter: string, error: string): Failure => ({ ok: false, parameter, error });

/**
 * A whole number from 1 written in digits, or `fallback` when absent; null otherwise. The same rule
 * as the syndication plugin's page parameters (domain/mention-list.ts there): plugins cannot import
 * each other's code, so change both together.
 */
export const positiveInteger = (value: unknown, fallback: number): number | null => {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
};

/** A content type the plugin follows. */
export function checkContentType(value: unknown, followed: string[]): ContentTypeCheck {
  if (typeof value !== 'string' || !followed.includes(value))
    return fail('contentType', `contentType must be one of ${followed.join(', ')}`);
  return { ok: true, contentType: value };
}

/** One of the app's locales (GET /translation-status/documents/…/changes?locale=, required). */
export function checkLocale(value: unknown, locales: string[]): { ok: true; locale: string } | Failure {
  if (typeof value !== 'string' || !locales.includes(value)) return fail('locale', `locale must be one of ${locales.join(', ')}`);
  return { ok: true, locale: value };
}

/**
 * The locale a work list shows when none is asked for: a translator's own locale; for editors
 * (who may edit every locale, or none), the first translation locale.
 */
export function defaultWorkLocale(locales: string[], ownLocales: string[]): string {
  return ownLocales.length > 0 && ownLocales.length < locales.length ? ownLocales[0] : (locales[1] ?? locales[0]);
}

/**
 * The locales a user's homepage widget counts: a translator's own; everyone else (editors, who
 * may edit every locale, and readers who may edit none) every locale.
 */
export function workLocales(locales: string[], ownLocales: string[]): string[] {
  return ownLocales.length > 0 && ownLocales.length < locales.length ? locales.filter((locale) => ownLocales.includes(locale)) : locales;
}

export function checkDocumentsQuery(
  raw: Record<string, unknown>,
  { followed, locales, ownLocales }: { followed: string[]; locales: string[]; ownLocales: (contentType: string) => string[] }
): DocumentsQueryCheck {
  const contentType = checkContentType(raw.contentType, followed);
  if (!contentType.ok) return contentType;

  const locale =
    raw.locale === undefined || raw.locale === '' ? defaultWorkLocale(locales, ownLocales(contentType.contentType)) : raw.locale;
  if (typeof locale !== 'string' || !locales.includes(locale)) return fail('locale', `locale must be one of ${locales.join(', ')}`);

  const status = raw.status === undefined || raw.status === '' ? undefined : raw.status;
  if (status !== undefined && !(STATUSES as readonly unknown[]).includes(status)) {
    return fail('status', `status must be one of ${STATUSES.join(', ')}`);
  }

  const page = positiveInteger(raw.page, 1);
  if (page === null) return fail('page', `page must be a whole number from 1 (got ${JSON.stringify(raw.page)})`);
  const pageSize = positiveInteger(raw.pageSize, DOCUMENT_PAGES.defaultSize);
  if (pageSize === null) return fail('pageSize', `pageSize must be a whole number from 1 (got ${JSON.stringify(raw.pageSize)})`);

  return {
    ok: true,
    query: { contentType: contentType.contentType, locale, status: status as TranslationStatus | undefined, page, pageSize },
  };
}
