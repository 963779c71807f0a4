/**
 * The list of the mentions behind a number: its parameters (the stats' filter, a search, a page)
 * and the shape of one listed mention. Pure.
 */
import type { AgencySummary } from './stats';
import { checkMentionFilter, fail, type Failure, type MentionFilter } from './stats-query';

export const MENTION_PAGES = { defaultSize: 25, maxSize: 100 };
export const MAX_SEARCH_LENGTH = 200;

export interface MentionListQuery {
  filter: MentionFilter;
  /** Text to find in titles (whatever its case) and addresses; null lists everything. */
  search: string | null;
  page: number;
  pageSize: number;
}

export type MentionListQueryCheck = { ok: true; query: MentionListQuery } | Failure;

const positiveInteger = (value: unknown, fallback: number): number | null => {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
};

export function checkMentionListQuery(raw: Record<string, unknown>): MentionListQueryCheck {
  const filter = checkMentionFilter(raw);
  if (!filter.ok) return filter;

  let search: string | null = null;
  if (raw.q !== undefined) {
    if (typeof raw.q !== 'string') return fail('q', 'q must be one text to search for in titles and addresses');
    const text = raw.q.trim();
    if (text.length > MAX_SEARCH_LENGTH) return fail('q', `q must be at most ${MAX_SEARCH_LENGTH} characters`);
    search = text === '' ? null : text;
  }

  const page = positiveInteger(raw.page, 1);
  if (page === null) return fail('page', `page must be a whole number from 1 (got ${JSON.stringify(raw.page)})`);
  const pageSize = positiveInteger(raw.pageSize, MENTION_PAGES.defaultSize);
  if (pageSize === null || pageSize > MENTION_PAGES.maxSize) {
    return fail('pageSize', `pageSize must be a whole number from 1 to ${MENTION_PAGES.maxSize} (got ${JSON.stringify(raw.pageSize)})`);
  }

  return { ok: true, query: { filter: filter.filter, search, page, pageSize } };
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export const pagination = (page: number, pageSize: number, total: number): Pagination => ({
  page,
  pageSize,
  pageCount: Math.ceil(total / pageSize),
  total,
});

/** A stored mention as the store reads it. */
export interface MentionRecord {
  documentId: string;
  agencyDocumentId: string;
  title: string;
  url: string;
  /** When the material was published (or found, when `dateEstimated`). */
  date: Date | string | number;
  dateEstimated: boolean | number | null;
  language: string;
  source: string;
  feedDocumentId: string | null;
}

export interface FeedSummary {
  documentId: string;
  name: string | null;
}

export interface MentionView {
  documentId: string;
  title: string;
  url: string;
  agency: AgencySummary;
  publishedAt: string;
  dateEstimated: boolean;
  language: string;
  source: string;
  feed: FeedSummary | null;
}

/** One mention as the admin panel lists it; an agency or feed deleted since is named null. */
export function mentionView(record: MentionRecord, agencies: Map<string, AgencySummary>, feeds: Map<string, FeedSummary>): MentionView {
  const feed = record.feedDocumentId;
  return {
    documentId: record.documentId,
    title: record.title,
    url: record.url,
    agency: agencies.get(record.agencyDocumentId) ?? { documentId: record.agencyDocumentId, slug: null, name: null },
    publishedAt: new Date(record.date).toISOString(),
    dateEstimated: Boolean(record.dateEstimated),
    language: record.language,
    source: record.source,
    feed: feed ? (feeds.get(feed) ?? { documentId: feed, name: null }) : null,
  };
}
