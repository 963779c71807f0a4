/**
 * Press staff edit a feed's name, agency, URL, language and enabled; its polling state is the
 * poller's alone. Through the Content Manager's admin API, as a super admin and as an Editor.
 */
import { loginAdmin } from './helpers/auth';
import { bearer } from './helpers/http';
import { rss, serve, startFeedServer, type FeedServer } from './helpers/feed-server';
import { startPressroom, type Pressroom } from './helpers/pressroom';

const FEED = 'plugin::syndication.feed';
const CM = `/content-manager/collection-types/${FEED}`;

let pressroom: Pressroom;
let server: FeedServer;
const tokens: Record<'superAdmin' | 'editor', string> = {} as any;

beforeAll(async () => {
  pressroom = await startPressroom();
  server = await startFeedServer();
  tokens.superAdmin = await loginAdmin(pressroom);
  tokens.editor = await loginAdmin(pressroom, { roleCode: 'strapi-editor' });
});
afterAll(async () => {
  await server?.close();
  await pressroom?.stop();
});

let feedNumber = 0;
async function createFeed(token: string) {
  const response = await pressroom.http
    .post(CM)
    .set(bearer(token))
    .send({ name: `Feed ${++feedNumber}`, url: server.url(`/feed-${feedNumber}`), language: 'auto', enabled: true });
  expect(response.status).toBe(201);
  return response.body.data;
}

const stored = (documentId: string) => pressroom.strapi.db.query(FEED as any).findOne({ where: { documentId } });

describe.each(['superAdmin', 'editor'] as const)('as %s', (who) => {
  test('a write to any of the poller state is refused with a 400 naming the field', async () => {
    const feed = await createFeed(tokens[who]);
    const attempts: Record<string, unknown> = {
      itemsSeen: 99,
      mentionsFound: 5,
      lastStatus: 'ok',
      lastError: 'made up',
      lastErrorCode: 'http.status',
      lastErrorParams: { status: 500 },
      lastPolledAt: '2020-01-01T00:00:00.000Z',
      etag: '"forged"',
      lastModified: 'Wed, 01 Jan 2020 00:00:00 GMT',
    };
    for (const [field, value] of Object.entries(attempts)) {
      const response = await pressroom.http
        .put(`${CM}/${feed.documentId}`)
        .set(bearer(tokens[who]))
        .send({ name: 'Renamed', [field]: value });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(field);
      expect(response.body.error.details.errors.map((error: any) => error.path)).toEqual([[field]]);
    }
    const after = await stored(feed.documentId);
    expect(after).toMatchObject({
      name: feed.name,
      itemsSeen: 0,
      mentionsFound: 0,
      lastStatus: null,
      lastError: null,
      lastErrorCode: null,
      lastErrorParams: null,
      etag: null,
    });
  });

  test('creating a feed with a made-up state is refused too', async () => {
    const response = await pressroom.http
      .post(CM)
      .set(bearer(tokens[who]))
      .send({ name: 'Forged', url: server.url('/forged'), language: 'auto', enabled: true, mentionsFound: 1000 });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('mentionsFound');
  });

  test('the edit form, which sends the read-only state back unchanged, saves the staff fields', async () => {
    const feed = await createFeed(tokens[who]);
    const { body } = await pressroom.http.get(`${CM}/${feed.documentId}`).set(bearer(tokens[who]));
    const form = { ...body.data, name: 'Kazinform (English)', language: 'en', enabled: false };
    const response = await pressroom.http.put(`${CM}/${feed.documentId}`).set(bearer(tokens[who])).send(form);
    expect(response.status).toBe(200);
    expect(await stored(feed.documentId)).toMatchObject({ name: 'Kazinform (English)', language: 'en', enabled: false, itemsSeen: 0 });
  });
});

test('the poller keeps writing its state, and the form still saves afterwards', async () => {
  const agency = await pressroom.strapi.documents('api::media-partner.media-partner').create({
    locale: 'ru',
    status: 'published',
    data: { name: 'Казинформ', slug: 'kazinform', country: 'KZ', kind: 'news-agency' },
  } as any);
  const feed = await createFeed(tokens.superAdmin);
  await pressroom.http
    .put(`${CM}/${feed.documentId}`)
    .set(bearer(tokens.superAdmin))
    .send({ agency: { connect: [agency.documentId] } })
    .expect(200);
  server.route(
    `/feed-${feedNumber}`,
    serve(
      rss([
        {
          title: 'ШОС: заседание СМИД',
          link: 'https://example.org/1',
          description: 'Секретариат ШОС',
          pubDate: 'Thu, 23 Mar 2017 10:00:00 GMT',
        },
      ]),
      'application/rss+xml',
      {
        etag: '"v1"',
      }
    )
  );
  const polled = await pressroom.http.post(`/syndication/feeds/${feed.documentId}/poll`).set(bearer(tokens.superAdmin)).send({});
  expect(polled.status).toBe(200);
  const state = await stored(feed.documentId);
  expect(state).toMatchObject({ lastStatus: 'ok', lastError: null, itemsSeen: 1, etag: '"v1"' });
  expect(state.lastPolledAt).not.toBeNull();

  const { body } = await pressroom.http.get(`${CM}/${feed.documentId}`).set(bearer(tokens.editor));
  const response = await pressroom.http
    .put(`${CM}/${feed.documentId}`)
    .set(bearer(tokens.editor))
    .send({ ...body.data, name: 'After a poll' });
  expect(response.status).toBe(200);
  expect(await stored(feed.documentId)).toMatchObject({ name: 'After a poll', lastStatus: 'ok', itemsSeen: 1, etag: '"v1"' });
});
