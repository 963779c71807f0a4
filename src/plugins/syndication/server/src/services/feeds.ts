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
import { FeedFormatError } from '../domain/feeds/document';
import { readFeed } from '../domain/feeds/reading';
import { compileMatcher } from '../domain/feeds/matcher';
import { mentionsInEntries } from '../domain/feeds/entries';
import type { FeedSummary } from '../domain/mention-list';
import { getService } from '../get-service';
import { FeedFetchError } from './feed-fetcher';
import { FEED_HEALTH_FIELDS, feedHealth, type FeedHealth, type FeedRow, type PollResult, type PollStatus } from '../domain/feeds/health';
import { problemOf, type FeedProblem } from '../domain/feeds/problems';

export type { FeedHealth, PollResult, PollStatus };

/** Another instance (or request) is polling this feed right now. */
export class FeedBusyError extends Error {
  constructor() {
    super('This feed is being polled right now; try again in a moment.');
  }
}

const EXPECTED_FAILURES = [FeedFetchError, FeedFormatError];
const POLL_CONCURRENCY = 3;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let matcher: ReturnType<typeof compileMatcher> | undefined;
  const match = (text: string) => (matcher ??= compileMatcher(getConfig(strapi).terms))(text);
  let pollingAll = false;
  let stopping = false;
  /** Polls running now, so that shutting down can wait for them. */
  const inFlight = new Set<Promise<unknown>>();
  const tracked = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    return work.finally(() => inFlight.delete(work));
  };

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
    const nothingRead = {
      itemsSeen: 0,
      mentionsFound: 0,
      mentionsCreated: 0,
      duplicates: 0,
      itemsSkipped: 0,
      itemsSkippedReasons: {},
      datesEstimated: 0,
      encoding: null,
      encodingSource: null,
    };
    try {
      const agency = feed.agency?.documentId;
      if (!agency) throw new FeedFormatError('The feed has no agency: choose the agency whose feed it is.', 'feed.noAgency');

      const fetched = await getService(strapi, 'feedFetcher').fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
      if (fetched.status === 'not-modified') {
        await record(feed, { lastStatus: 'not-modified', ...problemFields(null) });
        return { status: 'not-modified', ...nothingRead, itemsSeen: feed.itemsSeen ?? 0 };
      }

      const { document, encoding, baseUrl } = readFeed(fetched);
      const read = mentionsInEntries(document.entries, { agency, language: feed.language, baseUrl, polledAt }, match);
      const reading = {
        itemsSeen: document.entries.length,
        mentionsFound: read.mentions.length,
        itemsSkipped: read.itemsSkipped,
        itemsSkippedReasons: read.skipReasons,
        datesEstimated: read.datesEstimated,
        encoding: encoding.name,
        encodingSource: encoding.source,
      };
      // Every item failed: nothing of this feed can be counted, which is an error, not "ok".
      if (document.entries.length > 0 && read.itemsSkipped === document.entries.length) {
        const message = `None of the feed's ${document.entries.length} item(s) could be read (${Object.keys(read.skipReasons).join(', ')}).`;
        const problem = {
          code: 'items.allSkipped' as const,
          params: { count: document.entries.length, reasons: Object.keys(read.skipReasons).join(', ') },
        };
        await record(feed, { lastStatus: 'error', ...problemFields(problem, message), ...reading });
        return { status: 'error', ...nothingRead, ...reading, error: message };
      }
      const totals = await getService(strapi, 'ingest').ingestAll(read.mentions, { source: 'feed', feed: feed.documentId });

      const skipped = totals.rejected.length
        ? `${totals.rejected.length} matching item(s) could not be stored, first: ${totals.rejected[0].error}.`
        : null;
      await record(feed, {
        lastStatus: 'ok',
        ...problemFields(
          skipped === null
            ? null
            : { code: 'items.notStored', params: { count: totals.rejected.length, reason: totals.rejected[0].error } },
          skipped
        ),
        ...reading,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
      });
      return {
        status: 'ok',
        ...reading,
        mentionsCreated: totals.created,
        duplicates: totals.duplicates,
        ...(skipped ? { error: skipped } : {}),
      };
    } catch (error: any) {
      const expected = EXPECTED_FAILURES.some((type) => error instanceof type);
      const message = expected ? error.message : `Unexpected error while polling: ${error?.message ?? error}`;
      if (!expected) strapi.log.error(`[syndication] Polling feed ${feed.documentId} failed`, error);
      await record(feed, { lastStatus: 'error', ...problemFields(problemOf(error), message) }).catch(() => undefined);
      return { status: 'error', ...nothingRead, error: message };
    }
  }

  /** Feeds with their health, agencies named in the locale asked for. */
  async function health(feeds: FeedRow[], locale?: string): Promise<FeedHealth[]> {
    const agencyIds = [...new Set(feeds.flatMap((feed) => (feed.agency?.documentId ? [feed.agency.documentId] : [])))];
    const agencies = new Map(
      (await getService(strapi, 'agencies').describe(agencyIds, locale)).map((agency) => [agency.documentId, agency])
    );
    return feeds.map((feed) => feedHealth(feed, agencies));
  }

  const findFeeds = (where: Record<string, unknown> = {}): Promise<FeedRow[]> =>
    strapi.db.query(FEED).findMany({
      where,
      select: FEED_HEALTH_FIELDS,
      populate: { agency: { select: ['documentId'] } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });

  return {
    /** Each feed's name, by documentId (unknown ones left out): how mentions name the feed they came from. */
    async names(documentIds: string[]): Promise<FeedSummary[]> {
      if (documentIds.length === 0) return [];
      return strapi.db.query(FEED).findMany({ where: { documentId: { $in: documentIds } }, select: ['documentId', 'name'] });
    },

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
      const locked = await tracked(getService(strapi, 'locks').withLock(`feed:${documentId}`, () => pollLocked(feed)));
      if (!locked.acquired) throw new FeedBusyError();
      return locked.value;
    },

    /** Polls every enabled feed, a few at a time; one feed's failure never stops the others. */
    async pollAll(): Promise<Record<string, PollResult | 'busy'>> {
      if (pollingAll || stopping) return {};
      pollingAll = true;
      const polling = (async () => {
        const feeds = await strapi.db.query(FEED).findMany({ where: { enabled: true }, select: ['documentId'] });
        const results: Record<string, PollResult | 'busy'> = {};
        const queue = feeds.map((feed) => feed.documentId as string);
        const worker = async () => {
          for (let documentId = queue.shift(); documentId && !stopping; documentId = queue.shift()) {
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
      })();
      try {
        return await tracked(polling);
      } finally {
        pollingAll = false;
      }
    },

    /** Starts no more polls and waits for those running (Strapi is shutting down). */
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
    },
  };
};
