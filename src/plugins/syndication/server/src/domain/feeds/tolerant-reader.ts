/**
 * The fallback reader: finds items wherever a feed keeps them (RSS, RDF, Atom 0.3/1.0, any
 * namespace prefix, RSS items in an Atom document, items without a channel) in XML that already
 * passed the safety checks, and reads each one's title, text, links, GUID and date by element
 * name. fast-xml-parser builds the tree (no DOCTYPE reaches it, so no entity is expanded);
 * xml:base is followed from the root to every link.
 */
import { XMLParser } from 'fast-xml-parser';
import { htmlToText } from './text';
import type { FeedEntry, FeedFormat } from './document';
import { entryDate } from './dates';
import { FeedFormatError } from './xml-safety';
import { pickLink, resolveAgainst, type EntryLink } from './links';

interface XmlElement {
  name: string;
  local: string;
  prefix: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element (CDATA included). */
  text: string;
}

export interface TolerantFeed {
  format: FeedFormat;
  title: string | null;
  entries: FeedEntry[];
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: false,
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'channel']);
const ITEMS = new Set(['item', 'entry']);
const TEXT_ELEMENTS = ['description', 'summary', 'content', 'encoded', 'fullitem', 'body', 'abstract'];
/** Publication dates before modification dates, whatever their namespace (dc, dcterms, Atom 0.3). */
const DATE_ELEMENTS = ['pubdate', 'published', 'issued', 'date', 'created', 'updated', 'modified', 'available'];
/** Title elements by namespace prefix: the plain one, then Dublin Core, then Media RSS. */
const TITLE_PREFIX_RANK: Record<string, number> = { dc: 1, dcterms: 1, media: 2, itunes: 3 };

function toElements(nodes: any[]): { elements: XmlElement[]; text: string } {
  const elements: XmlElement[] = [];
  let text = '';
  for (const node of nodes ?? []) {
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      if (key === '#text') {
        text += String(node[key]);
        continue;
      }
      const inner = toElements(node[key]);
      const colon = key.indexOf(':');
      elements.push({
        name: key,
        local: (colon < 0 ? key : key.slice(colon + 1)).toLowerCase(),
        prefix: colon < 0 ? '' : key.slice(0, colon).toLowerCase(),
        attributes: node[':@'] ?? {},
        children: inner.elements,
        text: inner.text,
      });
    }
  }
  return { elements, text };
}

/** All the text inside an element (XHTML content included), as plain text. */
function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  if (element.children.length === 0) return htmlToText(element.text);
  const gather = (node: XmlElement): string => node.text + node.children.map(gather).join(' ');
  return gather(element).replace(/\s+/g, ' ').trim();
}

const attribute = (element: XmlElement, local: string): string | undefined => {
  for (const [name, value] of Object.entries(element.attributes)) {
    if (name.toLowerCase() === local || name.toLowerCase().endsWith(`:${local}`)) return value;
  }
  return undefined;
};

const baseOf = (element: XmlElement, parentBase: string | null): string | null => {
  const base = element.attributes['xml:base'];
  return base ? resolveAgainst(base, parentBase) : parentBase;
};

function readEntry(item: XmlElement, base: string | null): FeedEntry {
  const children = item.children;
  const byLocal = (local: string) => children.filter((child) => child.local === local);

  const titles = byLocal('title').sort((a, b) => (TITLE_PREFIX_RANK[a.prefix] ?? 0) - (TITLE_PREFIX_RANK[b.prefix] ?? 0));
  const title = titles.map(textOf).find(Boolean) ?? '';

  const links: EntryLink[] = [];
  for (const link of byLocal('link')) {
    const href = attribute(link, 'href') ?? link.text.trim();
    if (href)
      links.push({
        href: resolveAgainst(href, baseOf(link, base)),
        rel: attribute(link, 'rel') ?? null,
        type: attribute(link, 'type') ?? null,
      });
  }
  const guidElement = byLocal('guid')[0] ?? byLocal('id')[0];
  const guid = guidElement?.text.trim() || attribute(item, 'about') || null;
  if (guidElement?.local === 'guid' && attribute(guidElement, 'ispermalink') !== 'false' && /^https?:\/\//i.test(guid ?? '')) {
    links.push({ href: guid, rel: 'bookmark', type: null });
  }
  const about = attribute(item, 'about');
  if (about && /^https?:\/\//i.test(about)) links.push({ href: about, rel: 'bookmark', type: null });
  for (const enclosure of byLocal('enclosure')) {
    const url = attribute(enclosure, 'url') ?? attribute(enclosure, 'href');
    if (url) links.push({ href: resolveAgainst(url, base), rel: 'enclosure', type: attribute(enclosure, 'type') ?? null });
  }

  const text = TEXT_ELEMENTS.flatMap((local) => byLocal(local).map(textOf))
    .filter(Boolean)
    .join(' ');
  const dates = DATE_ELEMENTS.flatMap((local) => byLocal(local).map((element) => element.text.trim()));
  return { title, text, link: pickLink(links, guid), guid, ...entryDate(...dates) };
}

/** Items not nested in other items, each with the xml:base in force where it stands. */
function findItems(element: XmlElement, base: string | null, found: { item: XmlElement; base: string | null }[]) {
  for (const child of element.children) {
    const childBase = baseOf(child, base);
    if (ITEMS.has(child.local)) found.push({ item: child, base: childBase });
    else findItems(child, childBase, found);
  }
}

/** The feed's entries, or null when the document is neither a feed nor holds any item. */
export function readTolerantly(xml: string): TolerantFeed | null {
  let tree: any[];
  try {
    tree = parser.parse(xml);
  } catch {
    return null;
  }
  const root = toElements(tree).elements[0];
  if (!root) return null;
  const found: { item: XmlElement; base: string | null }[] = [];
  const rootBase = baseOf(root, null);
  if (ITEMS.has(root.local)) found.push({ item: root, base: rootBase });
  else findItems(root, rootBase, found);
  if (!FEED_ROOTS.has(root.local) && found.length === 0) return null;

  const channel = root.local === 'channel' ? root : (root.children.find((child) => child.local === 'channel') ?? root);
  const title = textOf(channel.children.find((child) => child.local === 'title')) || null;
  const format: FeedFormat = root.local === 'rdf' ? 'rdf' : root.local === 'feed' ? 'atom' : 'rss';
  return { format, title, entries: found.map(({ item, base }) => readEntry(item, base)) };
}

const stringOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** A JSON document feedsmith does not take: items from `items` (or a bare array), fields by their usual names. */
export function readJsonTolerantly(json: string): TolerantFeed {
  let document: any;
  try {
    document = JSON.parse(json);
  } catch (error: any) {
    return notJsonFeed(`The JSON feed is not valid JSON (${error?.message ?? error}).`);
  }
  const items = Array.isArray(document) ? document : document?.items;
  if (!Array.isArray(items)) return notJsonFeed('The document is not an RSS, Atom or JSON feed.');
  return {
    format: 'json',
    title: stringOf(document?.title),
    entries: items
      .filter((item) => item && typeof item === 'object')
      .map((item: any) => ({
        title: htmlToText(stringOf(item.title) ?? ''),
        text: [item.summary, item.content_text, item.content_html, item.description]
          .map((value) => htmlToText(stringOf(value) ?? ''))
          .filter(Boolean)
          .join(' '),
        link: stringOf(item.url) ?? stringOf(item.external_url) ?? stringOf(item.link),
        guid: item.id != null ? String(item.id) : stringOf(item.guid),
        ...entryDate(
          stringOf(item.date_published),
          stringOf(item.date_modified),
          stringOf(item.published),
          stringOf(item.updated),
          stringOf(item.pubDate)
        ),
      })),
  };
}

function notJsonFeed(message: string): never {
  throw new FeedFormatError(message, 'format.notFeed');
}
