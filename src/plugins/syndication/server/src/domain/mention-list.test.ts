import { checkMentionListQuery, mentionView, pagination, type MentionRecord } from './mention-list';

test('defaults: every mention, first page of 25', () => {
  expect(checkMentionListQuery({})).toEqual({
    ok: true,
    query: { filter: { from: null, to: null, agencies: [], languages: [] }, search: null, page: 1, pageSize: 25 },
  });
});

test('the stats filter, a trimmed search and a page', () => {
  const check = checkMentionListQuery({
    agency: 'tass',
    from: '2016-03-11',
    to: '2016-03-31',
    language: 'ru',
    q: '  ШОС ',
    page: '3',
    pageSize: '100',
  });
  expect(check).toEqual({
    ok: true,
    query: {
      filter: { from: '2016-03-11', to: '2016-03-31', agencies: ['tass'], languages: ['ru'] },
      search: 'ШОС',
      page: 3,
      pageSize: 100,
    },
  });
  expect(checkMentionListQuery({ q: '   ' })).toMatchObject({ ok: true, query: { search: null } });
});

test.each([
  [{ from: '2017-01-01', to: '2016-01-01' }, 'from'],
  [{ language: 'elvish' }, 'language'],
  [{ q: ['a', 'b'] }, 'q'],
  [{ q: 'x'.repeat(201) }, 'q'],
  [{ page: '0' }, 'page'],
  [{ page: '1.5' }, 'page'],
  [{ page: 'last' }, 'page'],
  [{ pageSize: '101' }, 'pageSize'],
  [{ pageSize: '-5' }, 'pageSize'],
  [{ pageSize: ['10', '20'] }, 'pageSize'],
])('%o names %s', (raw, parameter) => {
  expect(checkMentionListQuery(raw as Record<string, unknown>)).toMatchObject({ ok: false, parameter });
});

test('pagination', () => {
  expect(pagination(1, 25, 0)).toEqual({ page: 1, pageSize: 25, pageCount: 0, total: 0 });
  expect(pagination(2, 25, 51)).toEqual({ page: 2, pageSize: 25, pageCount: 3, total: 51 });
  expect(pagination(1, 100, 100)).toEqual({ page: 1, pageSize: 100, pageCount: 1, total: 100 });
});

test('mentionView: one shape whatever the database returned', () => {
  const record: MentionRecord = {
    documentId: 'm1',
    agencyDocumentId: 'a1',
    title: 'SCO summit',
    url: 'https://tass.ru/1',
    date: 1458000000000,
    dateEstimated: 0,
    language: 'en',
    source: 'feed',
    feedDocumentId: 'f1',
  };
  const agencies = new Map([['a1', { documentId: 'a1', slug: 'tass', name: 'TASS' }]]);
  const feeds = new Map([['f1', { documentId: 'f1', name: 'TASS in English' }]]);
  expect(mentionView(record, agencies, feeds)).toEqual({
    documentId: 'm1',
    title: 'SCO summit',
    url: 'https://tass.ru/1',
    agency: { documentId: 'a1', slug: 'tass', name: 'TASS' },
    publishedAt: '2016-03-15T00:00:00.000Z',
    dateEstimated: false,
    language: 'en',
    source: 'feed',
    feed: { documentId: 'f1', name: 'TASS in English' },
  });
  const orphan = mentionView(
    { ...record, date: '2016-03-15T00:00:00.000Z', feedDocumentId: 'gone', agencyDocumentId: 'gone' },
    agencies,
    feeds
  );
  expect(orphan.agency).toEqual({ documentId: 'gone', slug: null, name: null });
  expect(orphan.feed).toEqual({ documentId: 'gone', name: null });
  expect(mentionView({ ...record, feedDocumentId: null }, agencies, feeds).feed).toBeNull();
});
