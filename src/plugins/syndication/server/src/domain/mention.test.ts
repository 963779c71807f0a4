import { checkMention } from './mention';

const valid = {
  agency: 'xinhua',
  url: 'https://www.xinhuanet.com/a/1?utm_source=x',
  title: '  上合组织秘书长会见记者  ',
  date: '2016-03-14T10:00:00+08:00',
  language: 'zh-CN',
};
const now = new Date('2026-01-01T00:00:00Z');

test('a valid mention is normalised', () => {
  const check = checkMention(valid, { now });
  expect(check.ok).toBe(true);
  if (!check.ok) return;
  expect(check.mention).toMatchObject({
    agency: 'xinhua',
    url: 'https://www.xinhuanet.com/a/1?utm_source=x',
    title: '上合组织秘书长会见记者',
    day: '2016-03-14',
    language: 'zh',
    guid: null,
    guidKey: null,
    excerpt: null,
    matchedTerms: null,
  });
  expect(check.mention.date.toISOString()).toBe('2016-03-14T02:00:00.000Z');
  expect(check.mention.urlKey).toMatch(/^[0-9a-f]{64}$/);
});

test('addresses of the same material share a key; a GUID gets its own', () => {
  const a = checkMention(valid, { now });
  const b = checkMention({ ...valid, url: 'http://xinhuanet.com/a/1/', guid: 'x-1' }, { now });
  if (!a.ok || !b.ok) throw new Error('expected valid');
  expect(a.mention.urlKey).toBe(b.mention.urlKey);
  expect(b.mention.guidKey).toMatch(/^[0-9a-f]{64}$/);
});

test.each([
  [null, null, /each item must be an object/],
  [[], null, /each item must be an object/],
  [{ ...valid, agency: ' ' }, 'agency', /agency is required/],
  [{ ...valid, agency: 'x'.repeat(65) }, 'agency', /agency must be at most 64 characters/],
  [{ ...valid, url: 'www.xinhuanet.com/a' }, 'url', /url must be an http/],
  [{ ...valid, title: 42 }, 'title', /title is required/],
  [{ ...valid, excerpt: 'x'.repeat(5001) }, 'excerpt', /excerpt is longer than 5000 characters/],
  [{ ...valid, excerpt: {} }, 'excerpt', /excerpt must be a string/],
  [{ ...valid, date: 1458000000000 }, 'date', /date is required/],
  [{ ...valid, date: '2026-01-02T12:00:00Z' }, 'date', /date 2026-01-02T12:00:00Z is in the future/],
  [{ ...valid, language: 'english' }, 'language', /language must be an ISO 639-1 code/],
  [{ ...valid, matchedTerms: 'ШОС' }, 'matchedTerms', /matchedTerms must be a list/],
  [{ ...valid, matchedTerms: [1] }, 'matchedTerms', /matchedTerms must be a list/],
  [{ ...valid, dateEstimated: 'yes' }, 'dateEstimated', /dateEstimated must be true or false/],
])('%o is refused, naming %s', (input, field, message) => {
  const check = checkMention(input, { now });
  expect(check.ok).toBe(false);
  if (!check.ok) {
    expect(check.field).toBe(field);
    expect(check.error).toMatch(message);
  }
});

test('a date up to a day ahead is accepted (clocks and time zones)', () => {
  expect(checkMention({ ...valid, date: '2026-01-01T20:00:00Z' }, { now }).ok).toBe(true);
});
