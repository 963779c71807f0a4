import { asksForDrafts, cacheKey, cacheableRequest, callerScope, graphqlBodyKey, normalizeQuery, stableJson } from './request-key';

const collections = [
  { pluralName: 'announcements', tag: 'announcement' },
  { pluralName: 'media-partners', tag: 'media-partner' },
];

describe('normalizeQuery', () => {
  test('sorts parameters by name and keeps the order of repeated ones', () => {
    expect(normalizeQuery('sort=title&locale=zh&sort=eventDate')).toBe('locale=zh&sort=title&sort=eventDate');
  });
  test('one encoding for the same parameters', () => {
    expect(normalizeQuery('filters%5Bslug%5D%5B%24eq%5D=tass&locale=ru')).toBe(normalizeQuery('locale=ru&filters[slug][$eq]=tass'));
    expect(normalizeQuery('q=a+b')).toBe(normalizeQuery('q=a%20b'));
  });
  test('empty parts are dropped; a bad escape is kept as it is', () => {
    expect(normalizeQuery('&locale=en&&')).toBe('locale=en');
    expect(normalizeQuery('q=%E0%A4%A')).toBe('q=%25E0%25A4%25A');
  });
});

describe('cacheableRequest', () => {
  test('GET and HEAD of the collections, a document, the locales and the stats', () => {
    expect(cacheableRequest('GET', '/api/announcements', collections)).toEqual({ kind: 'rest', tags: ['announcement'] });
    expect(cacheableRequest('HEAD', '/api/media-partners/abc123', collections)).toEqual({ kind: 'rest', tags: ['media-partner'] });
    expect(cacheableRequest('GET', '/api/i18n/locales', collections)).toEqual({ kind: 'rest', tags: ['i18n-locale'] });
    expect(cacheableRequest('GET', '/api/syndication/stats', collections)).toEqual({ kind: 'rest', tags: ['syndication-stats'] });
  });
  test('GraphQL over GET and POST', () => {
    expect(cacheableRequest('GET', '/graphql', collections)).toEqual({ kind: 'graphql' });
    expect(cacheableRequest('POST', '/graphql', collections)).toEqual({ kind: 'graphql' });
  });
  test('writes, other types, deeper paths and the admin are not', () => {
    expect(cacheableRequest('POST', '/api/announcements', collections)).toBeNull();
    expect(cacheableRequest('GET', '/api/users', collections)).toBeNull();
    expect(cacheableRequest('GET', '/api/announcements/a/b', collections)).toBeNull();
    expect(cacheableRequest('GET', '/content-manager/collection-types/api::announcement.announcement', collections)).toBeNull();
  });
});

test('asksForDrafts reads status=draft however it is written', () => {
  expect(asksForDrafts('locale=ru&status=draft')).toBe(true);
  expect(asksForDrafts('status=DRAFT')).toBe(true);
  expect(asksForDrafts('status=published')).toBe(false);
  expect(asksForDrafts('filters[status]=draft')).toBe(false);
});

test('callerScope: public, or one scope per API token', () => {
  expect(callerScope(undefined)).toBe('public');
  expect(callerScope('')).toBe('public');
  expect(callerScope('Bearer abc')).toMatch(/^token:/);
  expect(callerScope('Bearer abc')).toBe(callerScope('bearer  abc'));
  expect(callerScope('Bearer abc')).not.toBe(callerScope('Bearer abd'));
  expect(callerScope('Bearer abc')).not.toContain('abc');
});

describe('cacheKey', () => {
  const parts = { generation: 3, scope: 'public', method: 'GET', path: '/api/announcements', query: 'locale=zh&sort=title' };
  test('starts with the generation; HEAD shares the GET key; the query order does not matter', () => {
    expect(cacheKey(parts)).toMatch(/^3:/);
    expect(cacheKey({ ...parts, method: 'HEAD' })).toBe(cacheKey(parts));
    expect(cacheKey({ ...parts, query: 'sort=title&locale=zh' })).toBe(cacheKey(parts));
  });
  test('differs by generation, caller, path, query and GraphQL body', () => {
    const key = cacheKey(parts);
    expect(cacheKey({ ...parts, generation: 4 })).not.toBe(key);
    expect(cacheKey({ ...parts, scope: 'token:x' })).not.toBe(key);
    expect(cacheKey({ ...parts, path: '/api/contracts' })).not.toBe(key);
    expect(cacheKey({ ...parts, query: 'locale=en&sort=title' })).not.toBe(key);
    expect(cacheKey({ ...parts, method: 'POST', body: '{}' })).not.toBe(cacheKey({ ...parts, method: 'POST', body: '{"query":"{a}"}' }));
  });
});

test('graphqlBodyKey: equal bodies in any key order, other fields ignored', () => {
  expect(graphqlBodyKey({ variables: { b: 1, a: 2 }, query: '{ x }' })).toBe(
    graphqlBodyKey({ query: '{ x }', variables: { a: 2, b: 1 }, ignored: true })
  );
  expect(graphqlBodyKey({ query: '{ x }' })).not.toBe(graphqlBodyKey({ query: '{ y }' }));
  expect(stableJson([{ b: 1, a: [null, 'x'] }])).toBe('[{"a":[null,"x"],"b":1}]');
});
