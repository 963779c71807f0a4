import iconv from 'iconv-lite';
import { forbiddenAddress } from './addresses';
import { parseFeedDate } from './dates';
import { parseFeedDocument, FeedFormatError } from './document';
import { decodeFeed, detectEncoding } from './encoding';
import { htmlToText } from './text';

describe('encodings', () => {
  const xml = (encoding: string, body: string) =>
    `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${body}</title></channel></rss>`;

  test.each([
    ['windows-1251', 'Шанхайская организация сотрудничества'],
    ['koi8-r', 'Шанхайская организация сотрудничества'],
    ['gb2312', '上海合作组织秘书处'],
    ['gbk', '上海合作组织秘书处'],
    ['gb18030', '上海合作组织秘书处'],
    ['big5', '上海合作組織秘書處'],
  ])('%s from the XML declaration', (encoding, text) => {
    const bytes = iconv.encode(xml(encoding, text), encoding);
    expect(decodeFeed(bytes).text).toContain(text);
  });

  test('UTF-16 with a byte order mark, both byte orders', () => {
    for (const encoding of ['utf-16le', 'utf-16be']) {
      const bytes = iconv.encode(xml('UTF-16', 'ШОС 上合'), encoding, { addBOM: true });
      expect(decodeFeed(bytes).text).toMatch(/^<\?xml/);
      expect(decodeFeed(bytes).text).toContain('ШОС 上合');
      expect(decodeFeed(bytes).encoding).toEqual({ name: encoding, source: 'bom' });
    }
  });

  test('UTF-16 and UTF-32 without a byte order mark are recognised by their shape', () => {
    expect(detectEncoding(iconv.encode(xml('UTF-16', 'x'), 'utf-16le'))).toEqual({ name: 'utf-16le', source: 'declaration' });
    expect(detectEncoding(iconv.encode(xml('UTF-16', 'x'), 'utf-16be'))).toEqual({ name: 'utf-16be', source: 'declaration' });
    expect(detectEncoding(iconv.encode(xml('UTF-32', 'x'), 'utf-32le'))).toEqual({ name: 'utf-32le', source: 'declaration' });
    expect(detectEncoding(iconv.encode(xml('UTF-32', 'x'), 'utf-32be'))).toEqual({ name: 'utf-32be', source: 'declaration' });
  });

  test('UTF-32 with a byte order mark, both byte orders', () => {
    for (const encoding of ['utf-32le', 'utf-32be']) {
      const decoded = decodeFeed(iconv.encode(xml('UTF-32', 'ШОС 上合'), encoding, { addBOM: true }));
      expect(decoded.encoding).toEqual({ name: encoding, source: 'bom' });
      expect(decoded.text).toMatch(/^<\?xml.*ШОС 上合/);
    }
  });

  test.each([
    ['windows-1251', 'Генеральный секретарь Шанхайской организации сотрудничества провёл встречу с министрами'],
    ['koi8-r', 'Генеральный секретарь Шанхайской организации сотрудничества провёл встречу с министрами'],
    ['gb18030', '上海合作组织秘书长会见记者，上合组织成员国元首理事会会议在阿斯塔纳举行'],
    ['big5', '上海合作組織秘書長會見記者，上合組織成員國元首理事會會議在阿斯塔納舉行'],
  ])('%s with no declaration at all is detected from the bytes', (encoding, text) => {
    const bytes = iconv.encode(`<rss><channel><title>${text}</title><item><title>${text}</title></item></channel></rss>`, encoding);
    const decoded = decodeFeed(bytes);
    expect(decoded.encoding).toEqual({ name: encoding, source: 'detected' });
    expect(decoded.text).toContain(text);
  });

  test('UTF-8 byte order mark wins over a wrong declaration, and is removed', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('windows-1251', 'ШОС'))]);
    expect(decodeFeed(bytes).text).toMatch(/^<\?xml.*ШОС/);
  });

  test('the HTTP charset wins over the XML declaration', () => {
    const bytes = iconv.encode(xml('utf-8', 'ШОС'), 'windows-1251');
    expect(decodeFeed(bytes, 'application/rss+xml; charset=windows-1251')).toMatchObject({
      encoding: { name: 'windows-1251', source: 'http' },
      text: expect.stringContaining('ШОС'),
    });
  });

  test('UTF-8 by default; an unknown label falls back to UTF-8 and says which label it was', () => {
    expect(decodeFeed(Buffer.from('<rss>ШОС</rss>'))).toEqual({ text: '<rss>ШОС</rss>', encoding: { name: 'utf-8', source: 'default' } });
    expect(detectEncoding(Buffer.from(xml('x-martian', 'ШОС')))).toEqual({ name: 'utf-8', source: 'fallback', declared: 'x-martian' });
  });
});

describe('htmlToText', () => {
  test.each([
    ['<p>Саммит <b>ШОС</b></p><p>в Астане</p>', 'Саммит ШОС в Астане'],
    ['A &amp; B &lt;tag&gt; &#1064;&#x41E;&#1057; &nbsp;end', 'A & B <tag> ШОС end'],
    ['<script>alert("SCO")</script>News<style>p{}</style>', 'News'],
    ['上合<br/>峰会', '上合 峰会'],
    ['plain   text', 'plain text'],
    [null, ''],
  ])('%s', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('parseFeedDate', () => {
  test.each([
    ['Fri, 11 Mar 2016 10:00:00 +0800', '2016-03-11T02:00:00.000Z'],
    ['Fri, 11 Mar 2016 10:00:00 GMT', '2016-03-11T10:00:00.000Z'],
    ['11 Mar 2016 10:00 MSK', '2016-03-11T07:00:00.000Z'],
    ['Fri, 11 Mar 16 10:00:00 EST', '2016-03-11T15:00:00.000Z'],
    ['Friday, 11 March 2016 10:00:00 +0300', '2016-03-11T07:00:00.000Z'],
    ['2016-03-11T10:00:00+08:00', '2016-03-11T02:00:00.000Z'],
    ['2016-03-11', '2016-03-11T00:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(parseFeedDate(text)?.toISOString()).toBe(iso);
  });

  test('broken or missing dates give null; the first usable candidate wins', () => {
    expect(parseFeedDate('yesterday', 'Mon, 32 Foo 2016', '', undefined)).toBeNull();
    expect(parseFeedDate('garbage', '2017-03-23T00:00:00Z')?.toISOString()).toBe('2017-03-23T00:00:00.000Z');
  });
});

describe('parseFeedDocument', () => {
  test('RSS 2.0', () => {
    const document =
      parseFeedDocument(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>TASS</title>
      <item><title>Саммит &lt;b&gt;ШОС&lt;/b&gt;</title><link>https://tass.ru/1</link><guid isPermaLink="false">t-1</guid>
      <pubDate>Thu, 23 Mar 2017 10:00:00 +0300</pubDate><description><![CDATA[<p>Текст</p>]]></description><content:encoded><![CDATA[<p>Полный текст</p>]]></content:encoded></item>
      <item><title>No date</title><link>https://tass.ru/2</link></item></channel></rss>`);
    expect(document.format).toBe('rss');
    expect(document.title).toBe('TASS');
    expect(document.entries[0]).toEqual({
      title: 'Саммит ШОС',
      text: 'Текст Полный текст',
      link: 'https://tass.ru/1',
      guid: 't-1',
      date: new Date('2017-03-23T07:00:00Z'),
      dateUnreadable: false,
    });
    expect(document.entries[1]).toMatchObject({ title: 'No date', guid: null, date: null });
  });

  test('RSS 0.91 with its Netscape DOCTYPE', () => {
    const document =
      parseFeedDocument(`<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
      <rss version="0.91"><channel><title>Old</title><link>https://old</link><description>d</description><item><title>SCO</title><link>https://old/1</link><description>x</description></item></channel></rss>`);
    expect(document.entries).toEqual([{ title: 'SCO', text: 'x', link: 'https://old/1', guid: null, date: null, dateUnreadable: false }]);
  });

  test('RSS 1.0 (RDF) with dc:date', () => {
    const document =
      parseFeedDocument(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://r"><title>R</title><link>https://r</link><description>d</description></channel>
      <item rdf:about="https://r/1"><title>ШОС</title><link>https://r/1</link><description>D</description><dc:date>2016-03-11T00:00:00+03:00</dc:date></item></rdf:RDF>`);
    expect(document.format).toBe('rdf');
    expect(document.entries[0]).toMatchObject({
      title: 'ШОС',
      link: 'https://r/1',
      guid: 'https://r/1',
      date: new Date('2016-03-10T21:00:00Z'),
    });
  });

  test('Atom 1.0: published, else updated', () => {
    const document =
      parseFeedDocument(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2017-01-01T00:00:00Z</updated>
      <entry><title type="html">&lt;b&gt;SCO&lt;/b&gt; news</title><link rel="alternate" href="https://a/1"/><id>urn:1</id>
        <published>2016-03-11T10:00:00+08:00</published><updated>2016-03-12T00:00:00Z</updated><summary>S</summary><content type="html">&lt;p&gt;C&lt;/p&gt;</content></entry>
      <entry><title>Only updated</title><link href="https://a/2"/><id>urn:2</id><updated>2016-04-01T00:00:00Z</updated></entry></feed>`);
    expect(document.entries[0]).toEqual({
      title: 'SCO news',
      text: 'S C',
      link: 'https://a/1',
      guid: 'urn:1',
      date: new Date('2016-03-11T02:00:00Z'),
      dateUnreadable: false,
    });
    expect(document.entries[1].date).toEqual(new Date('2016-04-01T00:00:00Z'));
  });

  test('JSON Feed 1.1', () => {
    const document = parseFeedDocument(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [{ id: 42, url: 'https://j/42', title: 'SCO', content_html: '<p>x</p>', date_published: '2016-03-11T00:00:00Z' }],
      })
    );
    expect(document).toEqual({
      format: 'json',
      title: 'J',
      entries: [
        { title: 'SCO', text: 'x', link: 'https://j/42', guid: '42', date: new Date('2016-03-11T00:00:00Z'), dateUnreadable: false },
      ],
      reader: 'library',
      repairs: [],
    });
  });

  test.each([
    ['<!DOCTYPE html><html><body>Not a feed</body></html>', /web page \(HTML\)/],
    [
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><rss><channel><title>&lol2;</title></channel></rss>',
      /declares its own XML entities/,
    ],
    [
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>&xxe;</title></channel></rss>',
      /declares its own XML entities/,
    ],
    ['<rss><channel><item><title>x</item></channel></rss>', /not well-formed XML \(line 1/],
    ['<catalog><book/></catalog>', /not an RSS, Atom or JSON feed/],
    ['{"hello": "world"}', /not an RSS, Atom or JSON feed/],
  ])('%s is refused', (text, message) => {
    expect(() => parseFeedDocument(text)).toThrow(FeedFormatError);
    expect(() => parseFeedDocument(text)).toThrow(message);
  });
});

describe('forbiddenAddress', () => {
  test.each([
    ['127.0.0.1', /loopback/],
    ['::1', /loopback/],
    ['10.1.2.3', /private/],
    ['172.16.0.1', /private/],
    ['192.168.1.1', /private/],
    ['169.254.169.254', /link-local/],
    ['fe80::1', /link-local/],
    ['fd00:ec2::254', /private/],
    ['::ffff:10.0.0.1', /private/],
    ['::ffff:127.0.0.1', /loopback/],
    ['0.0.0.0', /unspecified/],
    ['100.64.0.1', /carrier-grade/],
    ['224.0.0.1', /multicast/],
  ])('%s is forbidden', (ip, reason) => {
    expect(forbiddenAddress(ip)).toMatch(reason);
  });

  test.each(['8.8.8.8', '93.184.216.34', '2a00:1450:4001:82b::200e', '::ffff:8.8.8.8'])('%s is public', (ip) => {
    expect(forbiddenAddress(ip)).toBeNull();
  });

  test('configured ranges are allowed', () => {
    expect(forbiddenAddress('127.0.0.1', ['127.0.0.1/32'])).toBeNull();
    expect(forbiddenAddress('127.0.0.2', ['127.0.0.1/32'])).toMatch(/loopback/);
  });
});
