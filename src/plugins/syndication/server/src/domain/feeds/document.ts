/**
 * A feed document (RSS 0.9x/2.0, RSS 1.0/RDF, Atom 1.0, JSON Feed 1.x) as a list of entries:
 * plain-text title and text, address, GUID and publication date. Parsing is feedsmith's;
 * this module adds the safety checks and turns each format's fields into one shape.
 */
import { XMLValidator } from 'fast-xml-parser';
import { parseFeed } from 'feedsmith';
import { parseFeedDate } from './dates';
import { htmlToText } from './text';
import { FeedProblemError } from './problems';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedEntry {
  title: string;
  /** Description, summary and content, as plain text. */
  text: string;
  link: string | null;
  guid: string | null;
  /** Null when the feed gives no date, or none that parses. */
  date: Date | null;
}

export interface FeedDocument {
  format: FeedFormat;
  title: string | null;
  entries: FeedEntry[];
}

/** A document that is not a feed the poller can read; the message is meant for press staff. */
export class FeedFormatError extends FeedProblemError {}

const first = <T>(values: T[] | T | undefined | null): T | undefined => (Array.isArray(values) ? values[0] : (values ?? undefined));
const textOf = (value: any): string => htmlToText(typeof value === 'string' ? value : (value?.value ?? ''));
const joinText = (...values: any[]) => values.map(textOf).filter(Boolean).join(' ');

/** Refuses what is not a feed, or what could attack the parser, with a sentence saying so. */
function checkDocument(text: string): string {
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /<html[\s>]/.test(start)) {
    throw new FeedFormatError(
      'The address returned a web page (HTML), not a feed: check that it is the address of the RSS or Atom feed itself.',
      'format.html'
    );
  }
  if (start.startsWith('{') || start.startsWith('[')) return text;
  if (/<!ENTITY/i.test(text) || /<!DOCTYPE[^>]*\[/i.test(text)) {
    throw new FeedFormatError(
      'The feed declares its own XML entities (a DOCTYPE with entity declarations); such documents are refused for safety.',
      'format.entities'
    );
  }
  // An external DOCTYPE (RSS 0.91 has one) is never fetched: drop it.
  const withoutDoctype = text.replace(/<!DOCTYPE[^>[]*>/i, '');
  const valid = XMLValidator.validate(withoutDoctype);
  if (valid !== true) {
    throw new FeedFormatError(`The feed is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`, 'format.malformed', {
      line: valid.err.line,
      reason: valid.err.msg,
    });
  }
  return withoutDoctype;
}

function entriesOf(format: FeedFormat, feed: any): FeedEntry[] {
  switch (format) {
    case 'rss':
    case 'rdf':
      return (feed.items ?? []).map((item: any) => ({
        title: textOf(item.title),
        text: joinText(item.description, item.content?.encoded),
        link: item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : null) ?? item.rdf?.about ?? null,
        guid: item.guid?.value ?? item.rdf?.about ?? null,
        date: parseFeedDate(item.pubDate, first(item.dc?.dates), item.dc?.date, first(item.dcterms?.issued)),
      }));
    case 'atom':
      return (feed.entries ?? []).map((entry: any) => {
        const links: any[] = entry.links ?? [];
        const link = links.find((candidate) => !candidate.rel || candidate.rel === 'alternate') ?? links[0];
        return {
          title: textOf(entry.title),
          text: joinText(entry.summary, entry.content),
          link: link?.href ?? null,
          guid: entry.id ?? null,
          date: parseFeedDate(entry.published, entry.updated, first(entry.dc?.dates)),
        };
      });
    case 'json':
      return (feed.items ?? []).map((item: any) => ({
        title: textOf(item.title),
        text: joinText(item.summary, item.content_text, item.content_html),
        link: item.url ?? item.external_url ?? null,
        guid: item.id != null ? String(item.id) : null,
        date: parseFeedDate(item.date_published, item.date_modified),
      }));
  }
}

export function parseFeedDocument(text: string): FeedDocument {
  const document = checkDocument(text);
  let parsed: { format: FeedFormat; feed: any };
  try {
    parsed = parseFeed(document) as { format: FeedFormat; feed: any };
  } catch (error: any) {
    if (error?.name === 'DetectError' || error?.constructor?.name === 'DetectError') {
      throw new FeedFormatError('The document is not an RSS, Atom or JSON feed.', 'format.notFeed');
    }
    throw new FeedFormatError(`The feed could not be read: ${error?.message ?? error}.`, 'format.unreadable', {
      reason: String(error?.message ?? error),
    });
  }
  const title = textOf(parsed.feed.title);
  return { format: parsed.format, title: title || null, entries: entriesOf(parsed.format, parsed.feed) };
}
