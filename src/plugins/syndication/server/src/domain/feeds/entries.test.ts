import type { FeedEntry } from './document';
import { feedHealth } from './health';
import { compileMatcher } from './matcher';
import { mentionsInEntries } from './entries';

const match = compileMatcher({
  ru: [{ label: 'ШОС', kind: 'acronym', forms: ['ШОС'] }],
  en: [{ label: 'SCO', kind: 'acronym', forms: ['SCO'] }],
});

const entry = (fields: Partial<FeedEntry>): FeedEntry => ({
  title: '',
  text: '',
  link: null,
  guid: null,
  date: null,
  dateUnreadable: false,
  ...fields,
});
const polledAt = new Date('2017-03-23T10:00:00Z');

describe('mentionsInEntries', () => {
  test('keeps only the entries that name the organisation, with the terms found', () => {
    const { mentions } = mentionsInEntries(
      [
        entry({ title: 'Саммит ШОС', link: '/news/1', date: new Date('2017-03-22T08:00:00Z') }),
        entry({ title: 'Weather', text: 'Sunny', link: '/news/2' }),
      ],
      { agency: 'tass', language: 'auto', baseUrl: 'https://tass.example/rss', polledAt },
      match
    );
    expect(mentions).toEqual([
      {
        agency: 'tass',
        url: 'https://tass.example/news/1',
        guid: undefined,
        title: 'Саммит ШОС',
        excerpt: undefined,
        date: '2017-03-22T08:00:00.000Z',
        dateEstimated: false,
        language: 'ru',
        matchedTerms: ['ШОС'],
      },
    ]);
  });

  test('an entry without date gets the poll time, marked estimated; the feed language wins over auto-detection', () => {
    const {
      mentions: [mention],
    } = mentionsInEntries(
      [entry({ title: '', text: 'The SCO met. '.repeat(100), guid: 'urn:1', link: '/news/3' })],
      { agency: 'xinhua', language: 'zh', baseUrl: 'https://xinhua.example/feed', polledAt },
      match
    );
    expect(mention).toMatchObject({ date: polledAt.toISOString(), dateEstimated: true, language: 'zh', guid: 'urn:1' });
    expect((mention.title as string).length).toBe(120);
    expect((mention.excerpt as string).length).toBe(500);
  });
});

describe('entries that cannot be read', () => {
  test('are counted with their reason, never dropped silently; dates read or estimated are counted too', () => {
    const outcome = mentionsInEntries(
      [
        entry({ title: 'ШОС без адреса' }),
        entry({ title: 'ШОС', guid: 'urn:uuid:7' }),
        entry({ title: '\ufffd\ufffd\ufffd \ufffd\ufffd', link: '/x' }),
        entry({ title: 'ШОС по GUID', guid: 'https://tass.example/g/1' }),
        entry({ title: 'Погода', link: '/weather', dateUnreadable: true }),
      ],
      { agency: 'tass', language: 'ru', baseUrl: 'https://tass.example/rss', polledAt },
      match
    );
    expect(outcome).toMatchObject({ itemsRead: 2, itemsSkipped: 3, skipReasons: { noAddress: 2, undecodableText: 1 }, datesEstimated: 2 });
    expect(outcome.mentions.map((mention) => mention.url)).toEqual(['https://tass.example/g/1']);
  });
});

describe('feedHealth', () => {
  test('names the agency when known, and fills a never-polled feed with nulls and zeros', () => {
    const agencies = new Map([['a1', { documentId: 'a1', slug: 'tass', name: 'TASS' }]]);
    const row = {
      documentId: 'f1',
      name: 'TASS',
      url: 'https://tass.example/rss',
      language: 'ru',
      enabled: 1,
      agency: { documentId: 'a1' },
    };
    expect(feedHealth(row, agencies)).toEqual({
      ...row,
      enabled: true,
      agency: { documentId: 'a1', slug: 'tass', name: 'TASS' },
      lastPolledAt: null,
      lastStatus: null,
      lastError: null,
      lastErrorCode: null,
      lastErrorParams: null,
      itemsSeen: 0,
      mentionsFound: 0,
      itemsSkipped: 0,
      itemsSkippedReasons: {},
      datesEstimated: 0,
      encoding: null,
      encodingSource: null,
    });
    expect(feedHealth({ ...row, agency: { documentId: 'gone' } }, agencies).agency).toEqual({ documentId: 'gone', slug: null, name: null });
  });

  test("gives the last error's code and values only while there is an error", () => {
    const row = { documentId: 'f1', name: 'TASS', url: 'https://tass.example/rss', language: 'ru', enabled: true };
    const failed = { ...row, lastError: 'HTTP 404', lastErrorCode: 'http.status' as const, lastErrorParams: { status: 404 } };
    expect(feedHealth(failed, new Map())).toMatchObject({ lastErrorCode: 'http.status', lastErrorParams: { status: 404 } });
    expect(feedHealth({ ...failed, lastError: null }, new Map())).toMatchObject({ lastErrorCode: null, lastErrorParams: null });
  });
});
