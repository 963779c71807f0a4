/** What the admin panel is told about a feed and a poll: shared by the server and the panel. */
import type { AgencySummary } from '../stats';
import type { FeedProblemCode, FeedProblemParams } from './problems';
import type { EncodingSource } from './encoding';

/** Why an item of a feed could not be read; listed once, worded by the admin panel in its language. */
export const SKIP_REASONS = ['noAddress', 'undecodableText'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
export type SkipCounts = Partial<Record<SkipReason, number>>;

export type PollStatus = 'ok' | 'not-modified' | 'error';

/** How the last poll went, as the poller records it on the feed. */
export const POLL_OUTCOME_FIELDS = [
  'lastPolledAt',
  'lastStatus',
  'lastError',
  'lastErrorCode',
  'lastErrorParams',
  'itemsSeen',
  'mentionsFound',
  'itemsSkipped',
  'itemsSkippedReasons',
  'datesEstimated',
  'encoding',
  'encodingSource',
] as const;

/** Everything the poller writes on a feed and nobody else may: the outcome and its HTTP validators. */
export const POLLER_STATE_FIELDS = [...POLL_OUTCOME_FIELDS, 'etag', 'lastModified'] as const;

/** The stored fields a feed's health is made from: its settings and the last poll's outcome. */
export const FEED_HEALTH_FIELDS = ['documentId', 'name', 'url', 'language', 'enabled', ...POLL_OUTCOME_FIELDS];

/** A feed as the admin panel shows it: its settings and how its last poll went. */
export interface FeedHealth {
  documentId: string;
  name: string;
  url: string;
  language: string;
  enabled: boolean;
  agency: AgencySummary | null;
  lastPolledAt: string | null;
  lastStatus: PollStatus | null;
  /** Why the last poll failed (or what it could not store), in plain words. */
  lastError: string | null;
  /** The same as a stable code and its values, for the panel to word in its language. */
  lastErrorCode: FeedProblemCode | null;
  lastErrorParams: FeedProblemParams | null;
  itemsSeen: number;
  mentionsFound: number;
  /** Items of the last poll that could not be read, by reason (never dropped silently). */
  itemsSkipped: number;
  itemsSkippedReasons: SkipCounts;
  /** Items of the last poll read without a usable date (dated at the poll, marked estimated). */
  datesEstimated: number;
  /** The encoding the last poll read the feed in, and how it was chosen. */
  encoding: string | null;
  encodingSource: EncodingSource | null;
}

export interface PollResult {
  status: PollStatus;
  itemsSeen: number;
  mentionsFound: number;
  mentionsCreated: number;
  duplicates: number;
  itemsSkipped: number;
  itemsSkippedReasons: SkipCounts;
  datesEstimated: number;
  /** Null when nothing was read (not modified, or failed before decoding). */
  encoding: string | null;
  encodingSource: EncodingSource | null;
  error?: string;
}

/** A feed row as stored (the poller's state included), its agency by documentId. */
export interface FeedRow {
  documentId: string;
  name: string;
  url: string;
  language: string;
  enabled: boolean | number | null;
  agency?: { documentId: string } | null;
  lastPolledAt?: string | Date | null;
  lastStatus?: PollStatus | null;
  lastError?: string | null;
  lastErrorCode?: FeedProblemCode | null;
  lastErrorParams?: FeedProblemParams | null;
  itemsSeen?: number | null;
  mentionsFound?: number | null;
  itemsSkipped?: number | null;
  itemsSkippedReasons?: SkipCounts | string | null;
  datesEstimated?: number | null;
  encoding?: string | null;
  encodingSource?: EncodingSource | null;
}

/** JSON columns come back as text from some databases. */
const skipCountsOf = (value: SkipCounts | string | null | undefined): SkipCounts =>
  typeof value === 'string' ? (JSON.parse(value) as SkipCounts) : (value ?? {});

/** A feed's health as the admin panel shows it, its agency named from `agencies` when known. */
export function feedHealth(feed: FeedRow, agencies: Map<string, AgencySummary>): FeedHealth {
  const agency = feed.agency?.documentId;
  return {
    documentId: feed.documentId,
    name: feed.name,
    url: feed.url,
    language: feed.language,
    enabled: Boolean(feed.enabled),
    agency: agency ? (agencies.get(agency) ?? { documentId: agency, slug: null, name: null }) : null,
    lastPolledAt: feed.lastPolledAt ? new Date(feed.lastPolledAt).toISOString() : null,
    lastStatus: feed.lastStatus ?? null,
    lastError: feed.lastError ?? null,
    lastErrorCode: feed.lastError ? (feed.lastErrorCode ?? null) : null,
    lastErrorParams: feed.lastError ? (feed.lastErrorParams ?? null) : null,
    itemsSeen: feed.itemsSeen ?? 0,
    mentionsFound: feed.mentionsFound ?? 0,
    itemsSkipped: feed.itemsSkipped ?? 0,
    itemsSkippedReasons: skipCountsOf(feed.itemsSkippedReasons),
    datesEstimated: feed.datesEstimated ?? 0,
    encoding: feed.encoding ?? null,
    encodingSource: feed.encodingSource ?? null,
  };
}
