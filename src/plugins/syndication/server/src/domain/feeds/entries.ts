/** Which entries of a polled feed are mentions, the mentions they become, and the entries that could not be read: pure. */
import type { FeedEntry } from './document';
import type { Match } from './matcher';
import type { SkipCounts, SkipReason } from './health';

const EXCERPT_LENGTH = 500;
const UNTITLED_LENGTH = 120;
/** Above this share of replacement characters, the text was not decoded: the entry is not read. */
const UNDECODABLE_SHARE = 0.1;

export interface PolledFeed {
  /** The agency whose feed it is (documentId). */
  agency: string;
  /** The feed's language, or `auto`: the language of the first term found. */
  language: string;
  /** The base for relative links: the response's Content-Location, else the address it was read from. */
  baseUrl: string;
  /** When it was polled: the date of entries that give none (marked estimated). */
  polledAt: Date;
}

export interface EntriesOutcome {
  /** The mentions (as the ingest path takes them) for the entries that name the organisation. */
  mentions: Record<string, unknown>[];
  /** Entries read (whether they name the organisation or not). */
  itemsRead: number;
  itemsSkipped: number;
  skipReasons: SkipCounts;
  /** Entries read without a usable date: dated at the poll, marked estimated. */
  datesEstimated: number;
}

/** The first of the entry's link and GUID that is an http(s) address once resolved, or null. */
function addressOf(entry: FeedEntry, baseUrl: string): string | null {
  for (const candidate of [entry.link, entry.guid]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate, baseUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
    } catch {
      // Not an address: try the next candidate.
    }
  }
  return null;
}

function undecodable(entry: FeedEntry): boolean {
  const text = `${entry.title}${entry.text}`.replace(/\s/g, '');
  if (!text.includes('\ufffd')) return false;
  return (text.match(/\ufffd/g)?.length ?? 0) / text.length > UNDECODABLE_SHARE;
}

/**
 * Reads every entry: one without an http(s) address (no link, no GUID that is one) or whose text
 * was not decoded is counted with its reason, never dropped silently; the others that name the
 * organisation become mentions with the terms found.
 */
export function mentionsInEntries(entries: FeedEntry[], feed: PolledFeed, match: (text: string) => Match): EntriesOutcome {
  const outcome: EntriesOutcome = { mentions: [], itemsRead: 0, itemsSkipped: 0, skipReasons: {}, datesEstimated: 0 };
  const skip = (reason: SkipReason) => {
    outcome.itemsSkipped += 1;
    outcome.skipReasons[reason] = (outcome.skipReasons[reason] ?? 0) + 1;
  };
  for (const entry of entries) {
    const url = addressOf(entry, feed.baseUrl);
    if (url === null) {
      skip('noAddress');
      continue;
    }
    if (undecodable(entry)) {
      skip('undecodableText');
      continue;
    }
    outcome.itemsRead += 1;
    if (entry.date === null) outcome.datesEstimated += 1;
    const found = match(`${entry.title}\n${entry.text}`);
    if (found.terms.length === 0) continue;
    outcome.mentions.push({
      agency: feed.agency,
      url,
      guid: entry.guid ?? undefined,
      title: entry.title || entry.text.slice(0, UNTITLED_LENGTH),
      excerpt: entry.text.slice(0, EXCERPT_LENGTH) || undefined,
      date: (entry.date ?? feed.polledAt).toISOString(),
      dateEstimated: entry.date === null,
      language: feed.language !== 'auto' ? feed.language : (found.language ?? 'en'),
      matchedTerms: found.terms,
    });
  }
  return outcome;
}
