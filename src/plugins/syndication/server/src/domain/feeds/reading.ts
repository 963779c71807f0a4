/**
 * The whole reading of a fetched feed, pure: bytes to text (encoding.ts), text to entries
 * (document.ts), and the base that relative links resolve against (the response's
 * Content-Location, else the address the feed was read from). The poller and the corpus test
 * both read through here.
 */
import { decodeFeed, type FeedEncoding } from './encoding';
import { parseFeedDocument, type FeedDocument } from './document';
import { resolveAgainst } from './links';

export interface FetchedBytes {
  body: Buffer;
  contentType?: string | null;
  contentLocation?: string | null;
  /** The address the feed was finally read from. */
  url: string;
}

export interface FeedReading {
  document: FeedDocument;
  encoding: FeedEncoding;
  baseUrl: string;
}

export function readFeed(fetched: FetchedBytes): FeedReading {
  const { text, encoding } = decodeFeed(fetched.body, fetched.contentType);
  const baseUrl = fetched.contentLocation ? resolveAgainst(fetched.contentLocation, fetched.url) : fetched.url;
  return { document: parseFeedDocument(text), encoding, baseUrl };
}
