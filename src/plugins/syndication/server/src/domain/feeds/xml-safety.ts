/**
 * What a feed's XML must pass before any parser sees it: not a web page, no entity declarations
 * (no XXE, no billion laughs), no DOCTYPE fetched, well-formed. The DOCTYPE is removed only from
 * the prolog (where XML allows it), never from comments or text. A few faults that every feed
 * reader forgives (HTML entities such as `&nbsp;`, a bare `&`, control characters) are repaired
 * and named; anything else that is not well-formed is refused.
 */
import { XMLValidator } from 'fast-xml-parser';
import { decodeHTMLStrict } from 'entities';
import { FeedProblemError } from './problems';

/** A document that is not a feed the poller can read; the message is meant for press staff. */
export class FeedFormatError extends FeedProblemError {}

export type XmlRepair = 'htmlEntities' | 'bareAmpersands' | 'controlCharacters';

export interface CheckedXml {
  xml: string;
  repairs: XmlRepair[];
}

/** The entities XML itself defines: never rewritten. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** Where the prolog's DOCTYPE starts and ends (after the declaration, comments and PIs), if it has one. */
function prologDoctype(text: string): { start: number; end: number; internalSubset: string } | null {
  let index = 0;
  for (;;) {
    while (index < text.length && /\s/.test(text[index])) index += 1;
    if (text.startsWith('<?', index)) {
      const close = text.indexOf('?>', index + 2);
      if (close < 0) return null;
      index = close + 2;
    } else if (text.startsWith('<!--', index)) {
      const close = text.indexOf('-->', index + 4);
      if (close < 0) return null;
      index = close + 3;
    } else break;
  }
  if (!/^<!DOCTYPE\b/i.test(text.slice(index, index + 10))) return null;
  // Scan to the closing '>', skipping quoted literals and the internal subset in brackets.
  let quote: string | null = null;
  let subsetStart = -1;
  let subsetEnd = -1;
  for (let position = index + 9; position < text.length; position += 1) {
    const character = text[position];
    if (quote) {
      if (character === quote) quote = null;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '[' && subsetStart < 0) subsetStart = position;
    else if (character === ']' && subsetStart >= 0 && subsetEnd < 0) subsetEnd = position;
    else if (character === '>' && (subsetStart < 0 || subsetEnd >= 0)) {
      return { start: index, end: position + 1, internalSubset: subsetStart >= 0 ? text.slice(subsetStart, subsetEnd + 1) : '' };
    }
  }
  return null;
}

function refuseEntities(): never {
  throw new FeedFormatError(
    'The feed declares its own XML entities (a DOCTYPE with entity declarations); such documents are refused for safety.',
    'format.entities'
  );
}

function validate(xml: string) {
  return XMLValidator.validate(xml);
}

/** Repairs the faults feed readers forgive, outside CDATA sections; names the ones it made. */
function repair(xml: string): CheckedXml {
  const repairs = new Set<XmlRepair>();
  const parts = xml.split(/(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->)/);
  const fixed = parts.map((part, index) => {
    if (index % 2 === 1) return part;
    // Control characters XML 1.0 forbids (some feeds carry them from pasted text).
    // eslint-disable-next-line no-control-regex
    let out = part.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, () => {
      repairs.add('controlCharacters');
      return '';
    });
    out = out.replace(/&(#x[0-9a-f]+;|#[0-9]+;|[a-z][a-z0-9]*;)?/gi, (match, reference: string | undefined) => {
      if (!reference) {
        repairs.add('bareAmpersands');
        return '&amp;';
      }
      if (reference.startsWith('#')) return match;
      const name = reference.slice(0, -1);
      if (XML_ENTITIES.has(name)) return match;
      const decoded = decodeHTMLStrict(match);
      if (decoded === match) {
        repairs.add('bareAmpersands');
        return `&amp;${reference}`;
      }
      repairs.add('htmlEntities');
      return [...decoded].map((character) => `&#${character.codePointAt(0)};`).join('');
    });
    return out;
  });
  return { xml: fixed.join(''), repairs: [...repairs] };
}

/** Refuses what is not a feed or could attack the parser; returns the XML any parser may read. */
export function checkXml(text: string): CheckedXml {
  const start = text.trimStart().slice(0, 512).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /<html[\s>]/.test(start)) {
    throw new FeedFormatError(
      'The address returned a web page (HTML), not a feed: check that it is the address of the RSS or Atom feed itself.',
      'format.html'
    );
  }
  let xml = text;
  const doctype = prologDoctype(text);
  if (doctype) {
    // Entity declarations are refused; an external DOCTYPE (RSS 0.91 has one) is never fetched: drop it.
    if (doctype.internalSubset) refuseEntities();
    xml = text.slice(0, doctype.start) + text.slice(doctype.end);
  } else if (/<!DOCTYPE[^>]*\[/i.test(text.replace(/<!--[\s\S]*?-->/g, ''))) {
    refuseEntities();
  }
  if (/<!ENTITY/i.test(xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, ''))) refuseEntities();

  const strict = validate(xml);
  if (strict === true) return { xml, repairs: [] };
  const repaired = repair(xml);
  if (repaired.repairs.length > 0 && validate(repaired.xml) === true) return repaired;
  throw new FeedFormatError(`The feed is not well-formed XML (line ${strict.err.line}: ${strict.err.msg}).`, 'format.malformed', {
    line: strict.err.line,
    reason: strict.err.msg,
  });
}
