/** Which entries of a polled feed are mentions, and the mentions they become: pure. */
import type { FeedEntry } from './document';
import type { Match } from './matcher';

const EXCERPT_LENGTH = 500;
const UNTITLED_LENGTH = 120;

export interface PolledFeed {
  /** The agency whose feed it is (documentId). */
  agency: string;
  /** The feed's language, or `auto`: the language of the first term found. */
  language: string;
  /** The address the feed was read from, for relative links. */
  baseUrl: string;
  /** When it was polled: the date of entries that give none (marked estimated). */
  polledAt: Date;
}

/**
 * The mentions (as the ingest path takes them) for the entries that name the organisation,
 * with the terms found. Links are made absolute against the feed's address.
 */
export function mentionsInEntries(entries: FeedEntry[], feed: PolledFeed, match: (text: string) => Match): Record<string, unknown>[] {
  const mentions: Record<string, unknown>[] = [];
  for (const entry of entries) {
    const found = match(`${entry.title}\n${entry.text}`);
    if (found.terms.length === 0) continue;
    let url: string | null;
    try {
      url = new URL(entry.link ?? entry.guid ?? '', feed.baseUrl).toString();
    } catch {
      url = null;
    }
    mentions.push({
      agency: feed.agency,
      url: url ?? entry.link ?? '',
      guid: entry.guid ?? undefined,
      title: entry.title || entry.text.slice(0, UNTITLED_LENGTH),
      excerpt: entry.text.slice(0, EXCERPT_LENGTH) || undefined,
      date: (entry.date ?? feed.polledAt).toISOString(),
      dateEstimated: entry.date === null,
      language: feed.language !== 'auto' ? feed.language : (found.language ?? 'en'),
      matchedTerms: found.terms,
    });
  }
  return mentions;
}
