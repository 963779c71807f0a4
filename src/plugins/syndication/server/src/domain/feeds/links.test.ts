import { pickLink, resolveAgainst } from './links';

const link = (rel: string | null, href: string, type: string | null = null) => ({ rel, href, type });

describe('pickLink', () => {
  test('the alternate link (or one without rel) wins, HTML first', () => {
    expect(pickLink([link('enclosure', 'https://x/a.mp3'), link('alternate', 'https://x/a', 'text/html')])).toBe('https://x/a');
    expect(pickLink([link('self', 'https://x/a.atom'), link(null, 'https://x/a')])).toBe('https://x/a');
    expect(pickLink([link('alternate', 'https://x/a.json', 'application/json'), link('alternate', 'https://x/a', 'text/html')])).toBe(
      'https://x/a'
    );
  });

  test('self, enclosure and license only when nothing else exists; license gives way to an http id', () => {
    expect(pickLink([link('license', 'https://cc/by'), link('related', 'https://x/r')])).toBe('https://x/r');
    expect(pickLink([link('license', 'https://cc/by'), link('self', 'https://x/a.atom')])).toBe('https://x/a.atom');
    expect(pickLink([link('license', 'https://cc/by')], 'https://x/entry/1')).toBe('https://x/entry/1');
    expect(pickLink([link('license', 'https://cc/by')], 'urn:uuid:1')).toBe('https://cc/by');
    expect(pickLink([])).toBeNull();
  });

  test('relative addresses resolve against a base; what cannot resolve stays as it is', () => {
    expect(resolveAgainst('../b', 'https://x/a/feed.xml')).toBe('https://x/b');
    expect(resolveAgainst('news/1', null)).toBe('news/1');
  });
});
