/**
 * Two Pressroom instances on one database and one bucket, as behind a load balancer: what one
 * instance uploads, the other serves (URL and formats), and a picture added to an announcement
 * through one instance is in the other's REST and GraphQL answers. PostgreSQL and MariaDB only
 * (two processes on one SQLite file is not a deployment).
 */
import { createApiToken, loginAdmin } from './helpers/auth';
import { createTestBucket, type TestBucket } from './helpers/bucket';
import { bearer, path } from './helpers/http';
import { startSecondInstance, type SecondInstance } from './helpers/instances';
import { fileUrls, photo } from './helpers/pictures';
import { startPressroom, type Pressroom } from './helpers/pressroom';

const serverDatabase = (process.env.DATABASE_CLIENT ?? 'sqlite') !== 'sqlite';
const describeOnServer = serverDatabase ? describe : describe.skip;

let bucket: TestBucket;
let a: Pressroom;
let b: SecondInstance;
let adminOnA: string;
let tokenFromA: string;

type UploadedFile = { id: number; url: string; formats: Record<string, { url: string }> };

describeOnServer('two instances, one database, one bucket', () => {
  let file: UploadedFile;

  beforeAll(async () => {
    bucket = await createTestBucket();
    a = await startPressroom({ env: bucket.env });
    // The second process inherits this one's environment: the same database, bucket and secrets.
    b = await startSecondInstance();
    adminOnA = await loginAdmin(a);
    tokenFromA = await createApiToken(a, 'full-access');
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await bucket?.remove();
  });

  test('a picture uploaded through A is served by B, URL and every format', async () => {
    const uploaded = await a.http
      .post('/upload')
      .set(bearer(adminOnA))
      .attach('files', await photo({ hue: 30 }), { filename: 'secretariat.jpg', contentType: 'image/jpeg' });
    expect(uploaded.status).toBe(201);
    file = uploaded.body[0];

    const onB = await b.http.get(`/api/upload/files/${file.id}`).set(bearer(tokenFromA));
    expect(onB.status).toBe(200);
    expect(onB.body.url).toBe(file.url);
    expect(Object.keys(onB.body.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);
    for (const url of fileUrls(onB.body)) {
      expect(bucket.keyOf(url)).not.toBeNull();
      expect({ url, status: (await fetch(url)).status }).toEqual({ url, status: 200 });
    }
  });

  test("A's admin login is valid on B (one ADMIN_JWT_SECRET, sessions in the database)", async () => {
    const me = await b.http.get('/admin/users/me').set(bearer(adminOnA));
    expect(me.status).toBe(200);
  });

  test("a picture added to an announcement through A is in B's REST and GraphQL answers", async () => {
    const created = await a.http
      .post(path('/api/announcements', { locale: 'ru' }))
      .set(bearer(tokenFromA))
      .send({ data: { title: 'Фотовыставка в Секретариате', slug: 'photo-exhibition-secretariat', category: 'event', cover: file.id } });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;

    const rest = await b.http.get(path(`/api/announcements/${documentId}`, { locale: 'ru', populate: { cover: true } }));
    expect(rest.status).toBe(200);
    expect(rest.body.data.cover.url).toBe(file.url);
    expect(rest.body.data.cover.formats.thumbnail.url).toBe(file.formats.thumbnail.url);

    const graphql = await b.http.post('/graphql').send({
      query: `query ($id: ID!) { announcement(documentId: $id, locale: "ru") { title cover { url formats } } }`,
      variables: { id: documentId },
    });
    expect(graphql.body.errors).toBeUndefined();
    expect(graphql.body.data.announcement.cover.url).toBe(file.url);
    expect(graphql.body.data.announcement.cover.formats.small.url).toBe(file.formats.small.url);
    expect((await fetch(graphql.body.data.announcement.cover.formats.small.url)).status).toBe(200);
  });
});
