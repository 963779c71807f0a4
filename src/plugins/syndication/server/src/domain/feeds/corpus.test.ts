/**
 * Every document of the feed corpus (tests/fixtures/feeds-corpus: public parsers' test suites and
 * encoded samples) read through the poller's own reading (bytes → encoding → entries → addresses),
 * compared with what its manifest says.
 */
import { loadCorpus, type CorpusDocument } from '../../../../../../../tests/helpers/feeds-corpus';
import { readFeed } from './reading';
import { htmlToText } from './text';
import { parseFeedDate } from './dates';
import { resolveAgainst } from './links';
import { problemOf } from './problems';

const corpus = loadCorpus();
const documentUrl = (document: CorpusDocument) => `http://127.0.0.1:8097/${document.file}`;

const read = (document: CorpusDocument) =>
  readFeed({
    body: document.body,
    contentType: document.serve.contentType,
    contentLocation: document.serve.contentLocation ?? null,
    url: documentUrl(document),
  });

test('the corpus has at least 300 documents of every kind', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(300);
});

describe.each(corpus.map((document) => [document.file, document] as const))('%s', (_file, document) => {
  const expected = document.expect;
  if (expected.outcome === 'refused') {
    test(`is refused: ${expected.why}`, () => {
      let failure: unknown = null;
      try {
        read(document);
      } catch (error) {
        failure = error;
      }
      expect(problemOf(failure).code).toBe(expected.code);
    });
    return;
  }
  test('is read with its items, titles, links and dates', () => {
    const reading = read(document);
    expect(reading.document.entries).toHaveLength(expected.items);
    if (expected.title !== undefined) expect(reading.document.title).toBe(htmlToText(expected.title) || null);
    if (expected.encoding) expect(reading.encoding.name).toBe(expected.encoding);
    if (expected.encodingSource) expect(reading.encoding.source).toBe(expected.encodingSource);
    for (const want of expected.entries) {
      const entry = reading.document.entries[want.index];
      expect(entry).toBeDefined();
      if (want.title !== undefined) expect(entry.title).toBe(htmlToText(want.title));
      if (want.link !== undefined)
        expect(resolveAgainst(entry.link ?? entry.guid ?? '', reading.baseUrl)).toBe(new URL(want.link).toString());
      if (want.guid !== undefined) expect(entry.guid).toBe(want.guid);
      if (want.date !== undefined) expect(entry.date?.toISOString()).toBe(parseFeedDate(want.date)?.toISOString());
    }
  });
});
