/**
 * Turns the bytes of a feed into text. The encoding comes from, in this order: a byte order
 * mark, the HTTP Content-Type charset, the XML declaration (or the UTF-16 shape of its first
 * characters), and UTF-8 otherwise. Decoding is iconv-lite's.
 */
import iconv from 'iconv-lite';
import { FeedProblemError } from './problems';

export class UnsupportedEncodingError extends FeedProblemError {}

/** Names feeds use, mapped to what iconv-lite decodes (GB2312 and GBK are subsets of GB18030). */
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
};

export const charsetOf = (contentType: string | null | undefined) =>
  /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null;

function fromBom(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function fromDeclaration(bytes: Buffer): string | null {
  // "<?" written in UTF-16 without a byte order mark.
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return 'utf-16be';
  const head = bytes.subarray(0, 1024).toString('latin1');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]?.toLowerCase() ?? null;
}

export function detectEncoding(bytes: Buffer, contentType?: string | null): string {
  const declared = fromBom(bytes) ?? charsetOf(contentType) ?? fromDeclaration(bytes) ?? 'utf-8';
  const name = ALIASES[declared] ?? declared;
  if (!iconv.encodingExists(name)) {
    throw new UnsupportedEncodingError(
      `The feed is written in the "${declared}" encoding, which the poller cannot read.`,
      'encoding.unsupported',
      {
        encoding: declared,
      }
    );
  }
  return name;
}

/** The feed's text, without a byte order mark. */
export function decodeFeed(bytes: Buffer, contentType?: string | null): string {
  const text = iconv.decode(bytes, detectEncoding(bytes, contentType));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
