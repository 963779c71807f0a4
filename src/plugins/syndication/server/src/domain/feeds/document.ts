/**
 * A feed document (RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.x) as a list of entries: plain-text
 * title and text, address, GUID and publication date. The document first passes the XML safety
 * checks (xml-safety.ts); feedsmith reads it; when feedsmith cannot map it (an unknown root, a
 * namespaced RSS, RSS items in Atom, a channel without a title, an empty feed) or the document
 * uses xml:base, the tolerant reader (tolerant-reader.ts) reads the same checked XML.
 */
import { parseFeed } from 'feedsmith';
import { entryDate } from './dates';
import { htmlToText } from './text';
import { checkXml, FeedFormatError, type XmlRepair } from './xml-safety';
import { readTolerantly, readJsonTolerantly } from './tolerant-reader';
import { pickLink } from './links';

export { FeedFormatError };

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

/** Which reader mapped the document: the library, or the tolerant fallback. */
export type FeedReader = 'library' | 'tolerant';

export interface FeedEntry {
  title: string;
  /** Description, summary and content, as plain text. */
  text: string;
  /** The entry's own address (its alternate link), resolved against xml:base where it has one. */
  link: string | null;
  guid: string | null;
  /** Null when the feed gives no date, or none that parses. */
  date: Date | null;
  /** True when the entry gives a date that does not parse. */
  dateUnreadable: boolean;
}

export interface FeedDocument {
  format: FeedFormat;
  title: string | null;
  entries: FeedEntry[];
  reader: FeedReader;
  /** The forgivable faults repaired before reading (HTML entities, bare ampersands…). */
  repairs: XmlRepair[];
}

const first = <T>(values: T[] | T | undefined | null): T | undefined => (Array.isArray(values) ? values[0] : (values ?? undefined));
const textOf = (value: any): string => htmlToText(typeof value === 'string' ? value : (value?.value ?? ''));
const joinText = (...values: any[]) => values.map(textOf).filter(Boolean).join(' ');

const dcterms = (item: any) => [
  first(item.dcterms?.issued),
  first(item.dcterms?.created),
  first(item.dcterms?.date),
  first(item.dcterms?.available),
  first(item.dcterms?.modified),
];

function entriesOf(format: FeedFormat, feed: any): FeedEntry[] {
  switch (format) {
    case 'rss':
    case 'rdf':
      return (feed.items ?? []).map((item: any) => ({
        title: textOf(item.title) || textOf(first(item.dc?.titles) ?? item.dc?.title) || textOf(item.media?.title),
        text: joinText(item.description, item.content?.encoded),
        link:
          item.link ??
          (item.guid?.isPermaLink !== false && /^https?:/i.test(item.guid?.value ?? '') ? item.guid.value : null) ??
          item.rdf?.about ??
          null,
        guid: item.guid?.value ?? item.rdf?.about ?? null,
        ...entryDate(item.pubDate, first(item.dc?.dates), item.dc?.date, ...dcterms(item)),
      }));
    case 'atom':
      return (feed.entries ?? []).map((entry: any) => ({
        title: textOf(entry.title) || textOf(first(entry.dc?.titles) ?? entry.dc?.title) || textOf(entry.media?.title),
        text: joinText(entry.summary, entry.content),
        link: pickLink(
          (entry.links ?? []).map((link: any) => ({ href: link.href ?? null, rel: link.rel ?? null, type: link.type ?? null })),
          entry.id
        ),
        guid: entry.id ?? null,
        ...entryDate(entry.published, entry.updated, first(entry.dc?.dates), ...dcterms(entry)),
      }));
    case 'json':
      return (feed.items ?? []).map((item: any) => ({
        title: textOf(item.title),
        text: joinText(item.summary, item.content_text, item.content_html),
        link: item.url ?? item.external_url ?? null,
        guid: item.id != null ? String(item.id) : null,
        ...entryDate(item.date_published, item.date_modified),
      }));
  }
}

/** Items or entries in the markup (any prefix): how many the library should have found. */
const ITEM_ELEMENT = /<(?:[\w.-]+:)?(?:item|entry)[\s>/]/;

function readWithLibrary(document: string): { format: FeedFormat; title: string | null; entries: FeedEntry[] } | null {
  try {
    const parsed = parseFeed(document) as { format: FeedFormat; feed: any };
    const title = textOf(parsed.feed.title) || textOf(first(parsed.feed.dc?.titles)) || null;
    return { format: parsed.format, title, entries: entriesOf(parsed.format, parsed.feed) };
  } catch {
    return null;
  }
}

/** An entry the library read without an address, a title or a date: the tolerant reader may find them. */
const incomplete = (entry: FeedEntry) => !entry.link || !entry.title || (!entry.date && !entry.dateUnreadable);

function completed(entry: FeedEntry, fallback: FeedEntry): FeedEntry {
  const date = entry.date ?? fallback.date;
  return {
    title: entry.title || fallback.title,
    text: entry.text || fallback.text,
    link: entry.link ?? fallback.link,
    guid: entry.guid ?? fallback.guid,
    date,
    dateUnreadable: date === null && (entry.dateUnreadable || fallback.dateUnreadable),
  };
}

export function parseFeedDocument(text: string): FeedDocument {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    const library = readWithLibrary(start);
    if (library) return { ...library, reader: 'library', repairs: [] };
    return { ...readJsonTolerantly(start), reader: 'tolerant', repairs: [] };
  }
  const { xml, repairs } = checkXml(text);
  const usesBase = xml.includes('xml:base');
  const library = usesBase ? null : readWithLibrary(xml);
  if (library && !library.entries.some(incomplete) && (library.entries.length > 0 || !ITEM_ELEMENT.test(xml))) {
    return { ...library, reader: 'library', repairs };
  }
  const tolerant = readTolerantly(xml);
  if (library && tolerant && library.entries.length > 0 && tolerant.entries.length === library.entries.length) {
    // The library read every item but left fields it does not map (a10:link, a10:updated…): fill those only.
    return {
      ...library,
      entries: library.entries.map((entry, index) => completed(entry, tolerant.entries[index])),
      reader: 'library',
      repairs,
    };
  }
  if (!tolerant) throw new FeedFormatError('The document is not an RSS, Atom or JSON feed.', 'format.notFeed');
  return { ...tolerant, reader: 'tolerant', repairs };
}
