import { parseFeedDocument } from './document';
import { readTolerantly } from './tolerant-reader';

describe('the tolerant reader', () => {
  test('reads an RSS root with a namespace prefix', () => {
    const document = parseFeedDocument(
      '<r:rss xmlns:r="http://backend.userland.com/rss2" version="2.0"><r:channel><r:title>T</r:title><r:item><r:title>ШОС</r:title><r:link>https://x/1</r:link></r:item></r:channel></r:rss>'
    );
    expect(document).toMatchObject({ reader: 'tolerant', title: 'T', entries: [{ title: 'ШОС', link: 'https://x/1' }] });
  });

  test('reads RSS items inside an Atom document, and items without a channel', () => {
    expect(
      readTolerantly('<feed xmlns="http://www.w3.org/2005/Atom"><item><title>A</title><link>https://x/a</link></item></feed>')
    ).toMatchObject({
      format: 'atom',
      entries: [{ title: 'A', link: 'https://x/a' }],
    });
    expect(readTolerantly('<rss><item><title>B</title><guid>https://x/b</guid></item></rss>')).toMatchObject({
      entries: [{ title: 'B', link: 'https://x/b', guid: 'https://x/b' }],
    });
  });

  test('takes dc:title and media:title when there is no title, and Dublin Core dates', () => {
    const document = readTolerantly(
      '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:media="http://search.yahoo.com/mrss/"><channel>' +
        '<item><dc:title>DC</dc:title><link>https://x/1</link><dcterms:modified>2024-03-01T10:00:00Z</dcterms:modified></item>' +
        '<item><media:title>Media</media:title><link>https://x/2</link><dc:date>когда-то</dc:date></item></channel></rss>'
    );
    expect(document?.entries).toEqual([
      { title: 'DC', text: '', link: 'https://x/1', guid: null, date: new Date('2024-03-01T10:00:00Z'), dateUnreadable: false },
      { title: 'Media', text: '', link: 'https://x/2', guid: null, date: null, dateUnreadable: true },
    ]);
  });

  test('follows xml:base from the root to each link', () => {
    const document = readTolerantly(
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://x/feed/"><entry xml:base="archive/"><link href="1"/></entry><entry><link xml:base="/other/" href="2"/></entry></feed>'
    );
    expect(document?.entries.map((entry) => entry.link)).toEqual(['https://x/feed/archive/1', 'https://x/other/2']);
  });

  test('an empty feed is a feed with no items; a document that is no feed is none', () => {
    expect(parseFeedDocument('<rss version="2.0"><channel><title>E</title></channel></rss>').entries).toEqual([]);
    expect(parseFeedDocument('<feed xmlns="http://www.w3.org/2005/Atom"/>').entries).toEqual([]);
    expect(parseFeedDocument('{"version":"https://jsonfeed.org/version/1.1","title":"E","items":[]}').entries).toEqual([]);
    expect(readTolerantly('<catalog><book/></catalog>')).toBeNull();
  });
});
