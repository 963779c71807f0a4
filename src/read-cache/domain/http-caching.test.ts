import { documentIdsIn, etagOf, notModified, publicCacheControl, surrogateKeys } from './http-caching';

test('etagOf: a quoted hash, equal for equal bodies', () => {
  expect(etagOf('{"data":[]}')).toMatch(/^"[\w-]{27}"$/);
  expect(etagOf('{"data":[]}')).toBe(etagOf('{"data":[]}'));
  expect(etagOf('{"data":[]}')).not.toBe(etagOf('{"data":[1]}'));
});

test('notModified: one of the listed tags, weak or strong, or *', () => {
  expect(notModified(undefined, '"a"')).toBe(false);
  expect(notModified('"a"', '"a"')).toBe(true);
  expect(notModified('"b", W/"a"', '"a"')).toBe(true);
  expect(notModified('*', '"a"')).toBe(true);
  expect(notModified('"b"', '"a"')).toBe(false);
});

test('publicCacheControl: max-age, s-maxage when set, stale-while-revalidate', () => {
  expect(publicCacheControl({ maxAge: 0, staleWhileRevalidate: 30, sharedMaxAge: null })).toBe(
    'public, max-age=0, stale-while-revalidate=30'
  );
  expect(publicCacheControl({ maxAge: 60, staleWhileRevalidate: 0, sharedMaxAge: 3600 })).toBe(
    'public, max-age=60, s-maxage=3600, stale-while-revalidate=0'
  );
});

describe('surrogate keys', () => {
  const answer = {
    data: [
      { documentId: 'a1', title: 'x', mediaPartners: [{ documentId: 'p1' }, { documentId: 'p2', logo: { documentId: 'f1' } }] },
      { documentId: 'a2', mediaPartners: [{ documentId: 'p1' }] },
    ],
    meta: { pagination: { total: 2 } },
  };
  test('every documentId in the answer, once', () => {
    expect([...documentIdsIn(answer)]).toEqual(['a1', 'p1', 'p2', 'f1', 'a2']);
  });
  test('pressroom, the request tags and one key per document', () => {
    expect(surrogateKeys(['announcement'], answer)).toEqual([
      'pressroom',
      'announcement',
      'doc-a1',
      'doc-p1',
      'doc-p2',
      'doc-f1',
      'doc-a2',
    ]);
  });
  test('past the limit, the type tags alone', () => {
    expect(surrogateKeys(['announcement'], answer, 3)).toEqual(['pressroom', 'announcement']);
  });
});
