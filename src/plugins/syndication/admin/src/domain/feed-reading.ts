/**
 * How a feed's last poll read it, in the reader's language: the items it could not read with
 * their reasons, the items dated at the poll, and the encoding with how it was chosen. Pure:
 * the translate function is given.
 */
import { SKIP_REASONS } from '../../../server/src/domain/feeds/health';
import type { FeedHealth } from '../../../server/src/domain/feeds/health';

type Translate = (id: string, defaultMessage: string, values?: Record<string, unknown>) => string;

const REASON_WORDS: Record<(typeof SKIP_REASONS)[number], string> = {
  noAddress: 'no link or GUID',
  undecodableText: 'text not decodable',
};

const SOURCE_WORDS: Record<string, string> = {
  bom: 'byte order mark',
  http: 'HTTP charset',
  declaration: 'XML declaration',
  detected: 'detected from the bytes',
  default: 'UTF-8 by default',
  fallback: 'unknown label, read as UTF-8',
};

/** "3 items not read: no link or GUID 2, text not decodable 1"; null when every item was read. */
export function skippedSummary(feed: Pick<FeedHealth, 'itemsSkipped' | 'itemsSkippedReasons'>, t: Translate): string | null {
  if (!feed.itemsSkipped) return null;
  const reasons = SKIP_REASONS.filter((reason) => feed.itemsSkippedReasons?.[reason])
    .map((reason) => `${t(`feeds.skipReason.${reason}`, REASON_WORDS[reason])} ${feed.itemsSkippedReasons[reason]}`)
    .join(', ');
  return t('feeds.itemsSkipped', '{count} items not read: {reasons}', { count: feed.itemsSkipped, reasons });
}

/** "2 items dated at the poll (no readable date)"; null when every item had its date. */
export function datesEstimatedSummary(feed: Pick<FeedHealth, 'datesEstimated'>, t: Translate): string | null {
  if (!feed.datesEstimated) return null;
  return t('feeds.datesEstimated', '{count} items dated at the poll (no readable date)', { count: feed.datesEstimated });
}

/** "Encoding: windows-1251 (detected from the bytes)"; null before the first read. */
export function encodingSummary(feed: Pick<FeedHealth, 'encoding' | 'encodingSource'>, t: Translate): string | null {
  if (!feed.encoding) return null;
  const source = feed.encodingSource
    ? t(`feeds.encodingSource.${feed.encodingSource}`, SOURCE_WORDS[feed.encodingSource] ?? feed.encodingSource)
    : '';
  return t('feeds.encoding', 'Encoding: {encoding} ({source})', { encoding: feed.encoding, source });
}
