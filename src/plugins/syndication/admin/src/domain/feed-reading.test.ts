import en from '../translations/en.json';
import ru from '../translations/ru.json';
import zh from '../translations/zh-Hans.json';
import { ENCODING_SOURCES } from '../../../server/src/domain/feeds/encoding';
import { SKIP_REASONS } from '../../../server/src/domain/feeds/health';
import { datesEstimatedSummary, encodingSummary, skippedSummary } from './feed-reading';

/** A translate function that fills values in the default message, as react-intl would for English. */
const t = (_id: string, message: string, values: Record<string, unknown> = {}) =>
  message.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));

describe('how the last poll read a feed', () => {
  test('skipped items are counted with their reasons; nothing when every item was read', () => {
    expect(skippedSummary({ itemsSkipped: 3, itemsSkippedReasons: { noAddress: 2, undecodableText: 1 } }, t)).toBe(
      '3 items not read: no link or GUID 2, text not decodable 1'
    );
    expect(skippedSummary({ itemsSkipped: 0, itemsSkippedReasons: {} }, t)).toBeNull();
  });

  test('the encoding says how it was chosen', () => {
    expect(encodingSummary({ encoding: 'koi8-r', encodingSource: 'detected' }, t)).toBe('Encoding: koi8-r (detected from the bytes)');
    expect(encodingSummary({ encoding: null, encodingSource: null }, t)).toBeNull();
    expect(datesEstimatedSummary({ datesEstimated: 2 }, t)).toBe('2 items dated at the poll (no readable date)');
  });

  test('every reason and encoding source has its words in en, ru and zh-Hans', () => {
    const ids = [
      'feeds.itemsSkipped',
      'feeds.datesEstimated',
      'feeds.encoding',
      ...SKIP_REASONS.map((reason) => `feeds.skipReason.${reason}`),
      ...ENCODING_SOURCES.map((source) => `feeds.encodingSource.${source}`),
    ];
    for (const messages of [en, ru, zh] as Record<string, string>[]) {
      for (const id of ids) expect(messages[id]).toEqual(expect.any(String));
    }
  });
});
