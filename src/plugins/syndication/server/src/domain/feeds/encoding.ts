/**
 * Turns the bytes of a feed into text, choosing the encoding in the order a browser does: a
 * byte order mark, the HTTP Content-Type charset, the XML declaration (or the UTF-16/UTF-32
 * shape of its first characters), then detection from the bytes (jschardet) when they are not
 * UTF-8, and UTF-8 otherwise. A label nobody can decode falls back to UTF-8, saying so.
 * Decoding is iconv-lite's.
 */
import iconv from 'iconv-lite';
import jschardet from 'jschardet';

/** How the encoding was chosen: shown with the feed's health and the poll's answer. */
export type EncodingSource = 'bom' | 'http' | 'declaration' | 'detected' | 'default' | 'fallback';

export const ENCODING_SOURCES: readonly EncodingSource[] = ['bom', 'http', 'declaration', 'detected', 'default', 'fallback'];

export interface FeedEncoding {
  /** The encoding the text was decoded with, as iconv-lite names it. */
  name: string;
  source: EncodingSource;
  /** For `fallback`: the label that was declared but cannot be decoded. */
  declared?: string;
}

export interface DecodedFeed {
  text: string;
  encoding: FeedEncoding;
}

/** Names feeds and detectors use, mapped to what iconv-lite decodes (GB2312 and GBK are subsets of GB18030). */
const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  'big5-hkscs': 'big5hkscs',
  'x-cp1251': 'windows-1251',
  cp1251: 'windows-1251',
  koi8r: 'koi8-r',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-32': 'utf-32le',
  ucs4: 'utf-32le',
  'iso-10646-ucs-4': 'utf-32le',
  'x-sjis': 'shift_jis',
  sjis: 'shift_jis',
  // A declaration of ASCII or Latin-1 is commonly a windows-1252 document (as browsers read it).
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
};

const canonical = (label: string): string => ALIASES[label] ?? label;

export const charsetOf = (contentType: string | null | undefined) =>
  /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null;

function fromBom(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00) return 'utf-32le';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** "<" written in UTF-32 or UTF-16 without a byte order mark (XML 1.0, appendix F). */
function fromShape(bytes: Buffer): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0x00 && b === 0x3c && c === 0x00) return 'utf-16be';
  if (a === 0x3c && b === 0x00 && c !== 0x00) return 'utf-16le';
  return null;
}

function fromDeclaration(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 1024).toString('latin1');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

/** Strict UTF-8 check (TextDecoder with fatal), so that only non-UTF-8 bytes go to the detector. */
const utf8 = new TextDecoder('utf-8', { fatal: true });
function isUtf8(bytes: Buffer): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The detector's guess for bytes that are not UTF-8, when it names something iconv-lite decodes. */
function detect(bytes: Buffer): string | null {
  const guess = jschardet.detect(bytes.subarray(0, 64 * 1024));
  const label = guess?.encoding ? canonical(guess.encoding.toLowerCase()) : null;
  return label && iconv.encodingExists(label) ? label : null;
}

/** The encoding of a feed's bytes and how it was chosen (BOM, HTTP, declaration, detection, default). */
export function detectEncoding(bytes: Buffer, contentType?: string | null): FeedEncoding {
  const bom = fromBom(bytes);
  if (bom) return { name: bom, source: 'bom' };
  const http = charsetOf(contentType);
  const shape = fromShape(bytes);
  const declared = http ?? shape ?? fromDeclaration(bytes);
  if (declared) {
    const name = canonical(declared);
    if (iconv.encodingExists(name)) return { name, source: http ? 'http' : 'declaration' };
    // An unknown label: mature parsers read on as UTF-8 (or what the bytes look like) instead of refusing.
    const guessed = isUtf8(bytes) ? 'utf-8' : (detect(bytes) ?? 'utf-8');
    return { name: guessed, source: 'fallback', declared };
  }
  if (isUtf8(bytes)) return { name: 'utf-8', source: 'default' };
  const detected = detect(bytes);
  return detected ? { name: detected, source: 'detected' } : { name: 'utf-8', source: 'fallback' };
}

/** The feed's text, without a byte order mark, and the encoding it was read in. */
export function decodeFeed(bytes: Buffer, contentType?: string | null): DecodedFeed {
  const encoding = detectEncoding(bytes, contentType);
  const text = iconv.decode(bytes, encoding.name, { stripBOM: true });
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}
