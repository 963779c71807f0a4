/**
 * Polls agencies' feeds: fetch (safely), decode, parse, find the organisation's names, and hand
 * every matching item to the one ingest path (source `feed`, the feed recorded on each mention),
 * so the same dedupe and exactness apply. One instance polls a given feed at a time. A broken
 * feed gets its error recorded in words a press officer understands, and the next poll retries;
 * it never stops the others. The admin panel lists the feeds with that health and turns them
 * on and off.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getConfig } from '../config';
import { FEED } from '../content-types';
import { parseFeedDocument, FeedFormatError, type FeedEntry } from '../domain/feeds/document';
import { decodeFeed, UnsupportedEncodingError } from '../domain/feeds/encoding';
import { compileMatcher } from '../domain/feeds/matcher';
import type { AgencySummary } from '../domain/stats';
import { FeedFetchError } from './feed-fetcher';
import type { FeedHealth, PollResult, PollStatus } from '../domain/feeds/health';
import { problemOf, type FeedProblem } from '../domain/feeds/problems';

export type { FeedHealth, PollResult, PollStatus };

const HEALTH_FIELDS = ['documentId', 'name', 'url', 'language', 'enabled', 'lastPolledAt', 'lastStatus', 'lastError', 'lastErrorCode', 'lastErrorParams', 'itemsSeen', 'mentionsFound'];

/** Another instance (or request) is polling this feed right now. */
export class FeedBusyError extends Error {
  constructor() {
    super('This feed is being polled right now; try again in a moment.');
  }
}

const EXPECTED_FAILURES = [FeedFetchError, FeedFormatError, UnsupportedEncodingError];
const EXCERPT_LENGTH = 500;
const POLL_CONCURRENCY = 3;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let matcher: ReturnType<typeof compileMatcher> | undefined;
  const match = (text: string) => (matcher ??= compileMatcher(getConfig(strapi).terms))(text);
  const service = (name: string) => strapi.plugin('syndication').service(name);
  let pollingAll = false;

  /** Mentions for the entries that name the organisation. */
  function mentionsIn(entries: FeedEntry[], feed: any, agency: string, baseUrl: string, polledAt: Date) {
    const mentions: Record<string, unknown>[] = [];
    for (const entry of entries) {
      const found = match(`${entry.title}\n${entry.text}`);
      if (found.terms.length === 0) continue;
      let url: string | null = null;
      try {
        url = new URL(entry.link ?? entry.guid ?? '', baseUrl).toString();
      } catch {
        url = null;
      }
      mentions.push({
        agency,
        url: url ?? entry.link ?? '',
        guid: entry.guid ?? undefined,
        title: entry.title || entry.text.slice(0, 120),
        excerpt: entry.text.slice(0, EXCERPT_LENGTH) || undefined,
        date: (entry.date ?? polledAt).toISOString(),
        dateEstimated: entry.date === null,
        language: feed.language !== 'auto' ? feed.language : found.language ?? 'en',
        matchedTerms: found.terms,
      });
    }
    return mentions;
  }

  /** The feed's last error: its sentence, and its code and values for the panel to word. */
  const problemFields = (problem: FeedProblem | null, message: string | null = null) => ({
    lastError: message,
    lastErrorCode: problem?.code ?? null,
    lastErrorParams: problem?.params ?? null,
  });

  async function record(feed: any, data: Record<string, unknown>) {
    await strapi.db.query(FEED).update({ where: { id: feed.id }, data: { lastPolledAt: new Date(), ...data } });
  }

  async function pollLocked(feed: any): Promise<PollResult> {
    const polledAt = new Date();
    const empty = { itemsSeen: 0, mentionsFound: 0, mentionsCreated: 0, duplicates: 0 };
    try {
      const agency = feed.agency?.documentId;
      if (!agency) throw new FeedFormatError('The feed has no agency: choose the agency whose feed it is.', 'feed.noAgency');

      const fetched = await service('feedFetcher').fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
      if (fetched.status === 'not-modified') {
        await record(feed, { lastStatus: 'not-modified', ...problemFields(null) });
        return { status: 'not-modified', ...empty, itemsSeen: feed.itemsSeen ?? 0 };
      }

      const document = parseFeedDocument(decodeFeed(fetched.body, fetched.contentType));
      const mentions = mentionsIn(document.entries, feed, agency, fetched.url, polledAt);
      const ingest = service('ingest');
      const batchSize = getConfig(strapi).maxBatchSize;
      const totals = { created: 0, duplicates: 0, rejected: [] as { index: number; error: string }[] };
      for (let start = 0; start < mentions.length; start += batchSize) {
        const report = await ingest.ingest(mentions.slice(start, start + batchSize), { source: 'feed', feed: feed.documentId });
        totals.created += report.created;
        totals.duplicates += report.duplicates;
        totals.rejected.push(...report.rejected.map((entry) => ({ ...entry, index: entry.index + start })));
      }

      const skipped = totals.rejected.length
        ? `${totals.rejected.length} matching item(s) could not be stored, first: ${totals.rejected[0].error}.`
        : null;
      await record(feed, {
        lastStatus: 'ok',
        ...problemFields(
          skipped === null ? null : { code: 'items.notStored', params: { count: totals.rejected.length, reason: totals.rejected[0].error } },
          skipped
        ),
        itemsSeen: document.entries.length,
        mentionsFound: mentions.length,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
      });
      return {
        status: 'ok',
        itemsSeen: document.entries.length,
        mentionsFound: mentions.length,
        mentionsCreated: totals.created,
        duplicates: totals.duplicates,
        ...(skipped ? { error: skipped } : {}),
      };
    } catch (error: any) {
      const expected = EXPECTED_FAILURES.some((type) => error instanceof type);
      const message = expected ? error.message : `Unexpected error while polling: ${error?.message ?? error}`;
      if (!expected) strapi.log.error(`[syndication] Polling feed ${feed.documentId} failed`, error);
      await record(feed, { lastStatus: 'error', ...problemFields(problemOf(error), message) }).catch(() => undefined);
      return { status: 'error', ...empty, error: message };
    }
  }

  /** Feeds with their health, agencies named in the locale asked for. */
  async function health(feeds: any[], locale?: string): Promise<FeedHealth[]> {
    const agencyIds = [...new Set(feeds.flatMap((feed) => (feed.agency?.documentId ? [feed.agency.documentId] : [])))];
    const agencies = new Map<string, AgencySummary>(
      (await service('agencies').describe(agencyIds, locale)).map((agency: AgencySummary) => [agency.documentId, agency])
    );
    return feeds.map((feed) => ({
      documentId: feed.documentId,
      name: feed.name,
      url: feed.url,
      language: feed.language,
      enabled: Boolean(feed.enabled),
      agency: feed.agency?.documentId
        ? (agencies.get(feed.agency.documentId) ?? { documentId: feed.agency.documentId, slug: null, name: null })
        : null,
      lastPolledAt: feed.lastPolledAt ? new Date(feed.lastPolledAt).toISOString() : null,
      lastStatus: feed.lastStatus ?? null,
      lastError: feed.lastError ?? null,
      lastErrorCode: feed.lastError ? (feed.lastErrorCode ?? null) : null,
      lastErrorParams: feed.lastError ? (feed.lastErrorParams ?? null) : null,
      itemsSeen: feed.itemsSeen ?? 0,
      mentionsFound: feed.mentionsFound ?? 0,
    }));
  }

  const findFeeds = (where: Record<string, unknown> = {}) =>
    strapi.db.query(FEED).findMany({
      where,
      select: HEALTH_FIELDS,
      populate: { agency: { select: ['documentId'] } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });

  return {
    /** Every feed with its health, by name. */
    async list({ locale }: { locale?: string } = {}): Promise<FeedHealth[]> {
      return health(await findFeeds(), locale);
    },

    /** Turns polling of a feed on or off. Throws NotFoundError for an unknown feed. */
    async setEnabled(documentId: string, enabled: boolean, { locale }: { locale?: string } = {}): Promise<FeedHealth> {
      const updated = await strapi.documents(FEED).update({ documentId, data: { enabled } } as any);
      if (!updated) throw new errors.NotFoundError(`No feed with documentId ${documentId}.`);
      const [feed] = await health(await findFeeds({ documentId }), locale);
      return feed;
    },

    /** Polls one feed now. Throws NotFoundError for an unknown feed, FeedBusyError when locked. */
    async poll(documentId: string): Promise<PollResult> {
      const feed = await strapi.db.query(FEED).findOne({ where: { documentId }, populate: { agency: { select: ['documentId'] } } });
      if (!feed) throw new errors.NotFoundError(`No feed with documentId ${documentId}.`);
      const locked = await service('locks').withLock(`feed:${documentId}`, () => pollLocked(feed));
      if (!locked.acquired) throw new FeedBusyError();
      return locked.value;
    },

    /** Polls every enabled feed, a few at a time; one feed's failure never stops the others. */
    async pollAll(): Promise<Record<string, PollResult | 'busy'>> {
      if (pollingAll) return {};
      pollingAll = true;
      try {
        const feeds = await strapi.db.query(FEED).findMany({ where: { enabled: true }, select: ['documentId'] });
        const results: Record<string, PollResult | 'busy'> = {};
        const queue = feeds.map((feed) => feed.documentId as string);
        const worker = async () => {
          for (let documentId = queue.shift(); documentId; documentId = queue.shift()) {
            try {
              results[documentId] = await this.poll(documentId);
            } catch (error) {
              if (error instanceof FeedBusyError) results[documentId] = 'busy';
              else strapi.log.error(`[syndication] Feed ${documentId} could not be polled`, error);
            }
          }
        };
        await Promise.all(Array.from({ length: POLL_CONCURRENCY }, worker));
        return results;
      } finally {
        pollingAll = false;
      }
    },
  };
};
