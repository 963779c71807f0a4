import { canonicalUrl, identityKey } from './url';

describe('canonicalUrl', () => {
  const same = [
    'https://www.xinhuanet.com/world/2017-03/23/c_1120683221.htm',
    'http://xinhuanet.com/world/2017-03/23/c_1120683221.htm',
    'HTTPS://WWW.XINHUANET.COM/world/2017-03/23/c_1120683221.htm/',
    'https://xinhuanet.com:443/world/2017-03/23/c_1120683221.htm#comments',
    'http://www.xinhuanet.com:80/world/2017-03/23/c_1120683221.htm?utm_source=weibo&utm_medium=social',
    'https://xinhuanet.com/world/2017-03/23/c_1120683221.htm?fbclid=a&gclid=b&yclid=c&from=timeline&ref=home&spm=1.2',
    'https://xinhuanet.com./world/2017-03/23/c_1120683221.htm',
  ];
  test.each(same)('%s is the same material', (url) => {
    expect(canonicalUrl(url)).toBe('xinhuanet.com/world/2017-03/23/c_1120683221.htm');
  });

  test('the remaining query parameters are sorted, values kept', () => {
    expect(canonicalUrl('https://tass.ru/search?q=%D0%A8%D0%9E%D0%A1&page=2&a=1&utm_term=x')).toBe(
      canonicalUrl('https://tass.ru/search?a=1&page=2&q=ШОС')
    );
    expect(canonicalUrl('https://tass.ru/a?b=2&b=1')).toBe('tass.ru/a?b=1&b=2');
  });

  test('different pages stay different', () => {
    expect(canonicalUrl('https://tass.ru/a?id=1')).not.toBe(canonicalUrl('https://tass.ru/a?id=2'));
    expect(canonicalUrl('https://tass.ru/A')).not.toBe(canonicalUrl('https://tass.ru/a'));
    expect(canonicalUrl('https://tass.ru:8080/a')).toBe('tass.ru:8080/a');
    expect(canonicalUrl('https://en.tass.ru/a')).not.toBe(canonicalUrl('https://tass.ru/a'));
  });

  test('the site root has an empty path', () => {
    expect(canonicalUrl('https://www.inform.kz/')).toBe('inform.kz');
    expect(canonicalUrl('https://inform.kz')).toBe('inform.kz');
  });

  test.each(['not a url', 'ftp://tass.ru/a', 'javascript:alert(1)', 'mailto:a@b.c', '//tass.ru/a', ''])(
    '%s is not a web address',
    (url) => {
      expect(canonicalUrl(url)).toBeNull();
    }
  );

  test('tracking parameters are configurable', () => {
    expect(canonicalUrl('https://tass.ru/a?from=rss&src=x', ['src'])).toBe('tass.ru/a?from=rss');
  });

  test('international domain names are compared in their ASCII form', () => {
    expect(canonicalUrl('https://президент.рф/news')).toBe(canonicalUrl('https://xn--d1abbgf6aiiy.xn--p1ai/news'));
  });
});

test('identityKey is a fixed-length hash', () => {
  expect(identityKey('xinhuanet.com/a')).toMatch(/^[0-9a-f]{64}$/);
  expect(identityKey('a')).not.toBe(identityKey('b'));
});
