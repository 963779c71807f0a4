/**
 * The feed corpus (tests/fixtures/feeds-corpus) served on 127.0.0.1 and polled through the admin
 * route: every document the poller reads is read with the items its manifest counts, nothing is
 * skipped without a reason, the encoded samples' mentions are found exactly once in the encoding
 * the manifest names, and a second poll adds nothing.
 */
import { loginAdmin } from './helpers/auth';
import { bearer } from './helpers/http';
import { startFeedServer, type FeedServer } from './helpers/feed-server';
import { loadCorpus, type CorpusDocument } from './helpers/feeds-corpus';
import { startPressroom, type Pressroom } from './helpers/pressroom';

const FEED = 'plugin::syndication.feed';
const corpus = loadCorpus();

let pressroom: Pressroom;
let server: FeedServer;
let jwt: string;
let agency: string;

beforeAll(async () => {
  pressroom = await startPressroom({ seed: true });
  server = await startFeedServer();
  jwt = await loginAdmin(pressroom);
  const [kazinform] = await pressroom.strapi.db
    .query('api::media-partner.media-partner')
    .findMany({ where: { slug: 'kazinform', locale: 'ru', publishedAt: { $notNull: true } }, select: ['documentId'] });
  agency = kazinform.documentId;
});
afterAll(async () => {
  await server?.close();
  await pressroom?.stop();
});

let feedNumber = 0;
async function feedFor(document: CorpusDocument) {
  const path = `/corpus/${document.file}`;
  server.route(path, (_request, response) => {
    response
      .writeHead(200, {
        'content-type': document.serve.contentType,
        ...(document.serve.contentLocation ? { 'content-location': document.serve.contentLocation } : {}),
      })
      .end(document.body);
  });
  const feed = await pressroom.strapi.documents(FEED as any).create({
    data: { name: `Corpus ${++feedNumber}`, url: server.url(path), language: 'auto', enabled: true, agency },
  } as any);
  return feed.documentId as string;
}

const poll = async (documentId: string) => {
  const response = await pressroom.http.post(`/syndication/feeds/${documentId}/poll`).set(bearer(jwt)).send({});
  expect(response.status).toBe(200);
  return response.body.data;
};

const storedFeed = (documentId: string) => pressroom.strapi.db.query(FEED as any).findOne({ where: { documentId } });

const refused = corpus.filter((document) => document.expect.outcome === 'refused');
const readable = corpus.filter((document) => document.expect.outcome === 'read');

test.each(refused.map((document) => [document.file, document] as const))('%s is refused with its reason', async (_file, document) => {
  const feed = await feedFor(document);
  const result = await poll(feed);
  expect(result.status).toBe('error');
  expect((await storedFeed(feed)).lastErrorCode).toBe(document.expect.outcome === 'refused' && document.expect.code);
});

test.each(readable.map((document) => [document.file, document] as const))(
  '%s: every item read or counted with its reason',
  async (_file, document) => {
    const expected = document.expect;
    if (expected.outcome !== 'read') throw new Error('not a readable document');
    const feed = await feedFor(document);
    const result = await poll(feed);

    expect(result.itemsSeen).toBe(expected.items);
    const skippedByReason = Object.values(result.itemsSkippedReasons as Record<string, number>).reduce((sum, count) => sum + count, 0);
    expect(skippedByReason).toBe(result.itemsSkipped);
    if (expected.items > 0 && result.itemsSkipped === expected.items) {
      // Nothing of the feed could be read: an error that says why, never "ok".
      expect(result).toMatchObject({ status: 'error', mentionsCreated: 0 });
      expect((await storedFeed(feed)).lastErrorCode).toBe('items.allSkipped');
    } else {
      expect(result.status).toBe('ok');
    }
    if (expected.encoding) expect(result.encoding).toBe(expected.encoding);
    if (expected.encodingSource) expect(result.encodingSource).toBe(expected.encodingSource);
    // The feed's health says the same as the poll's answer.
    expect(await storedFeed(feed)).toMatchObject({
      itemsSeen: result.itemsSeen,
      itemsSkipped: result.itemsSkipped,
      encoding: result.encoding,
      encodingSource: result.encodingSource,
    });

    const mentioning = expected.entries.filter((entry) => entry.mentions);
    if (mentioning.length > 0) {
      expect(result.mentionsCreated).toBe(mentioning.length);
      for (const entry of mentioning) {
        const rows = await pressroom.strapi.db.query('plugin::syndication.mention').findMany({ where: { url: entry.link } });
        expect(rows.map((row: any) => row.title)).toEqual([entry.title]);
        if (entry.date) expect([new Date(rows[0].date).toISOString(), Boolean(rows[0].dateEstimated)]).toEqual([entry.date, false]);
      }
    }
    if (result.status === 'ok') {
      const again = await poll(feed);
      expect(again).toMatchObject({ status: 'ok', mentionsCreated: 0, itemsSeen: expected.items });
    }
  }
);
