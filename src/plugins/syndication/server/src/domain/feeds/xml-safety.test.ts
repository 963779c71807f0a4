import { checkXml, FeedFormatError } from './xml-safety';

describe('checkXml', () => {
  test('drops the DOCTYPE of the prolog only, and never touches one quoted in a comment', () => {
    const comment = '<!-- <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://x/rss-0.91.dtd"> -->';
    expect(checkXml(`<?xml version="1.0"?>${comment}<rss><channel/></rss>`)).toEqual({
      xml: `<?xml version="1.0"?>${comment}<rss><channel/></rss>`,
      repairs: [],
    });
    expect(checkXml('<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//N//DTD RSS 0.91//EN" "http://x/rss.dtd">\n<rss/>').xml).toBe(
      '<?xml version="1.0"?>\n\n<rss/>'
    );
  });

  test('refuses entity declarations wherever the DOCTYPE stands', () => {
    expect(() => checkXml('<!-- c --><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>')).toThrow(FeedFormatError);
    expect(() => checkXml('<!DOCTYPE r [ <!ENTITY a "]>"> ]><rss/>')).toThrow(/declares its own XML entities/);
  });

  test('repairs HTML entities and bare ampersands, and names the repairs', () => {
    const checked = checkXml('<rss><title>&laquo;ШОС&raquo;&nbsp;&mdash; A & B</title><link>https://x/?a=1&b=2</link></rss>');
    expect(checked.repairs.sort()).toEqual(['bareAmpersands', 'htmlEntities']);
    expect(checked.xml).toBe('<rss><title>&#171;ШОС&#187;&#160;&#8212; A &amp; B</title><link>https://x/?a=1&amp;b=2</link></rss>');
  });

  test('refuses what no repair makes well-formed', () => {
    expect(() => checkXml('<rss><channel><item><title>x</item></channel></rss>')).toThrow(/not well-formed XML \(line 1/);
  });
});
