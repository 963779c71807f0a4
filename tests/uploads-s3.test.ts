/**
 * Uploads on S3-compatible storage (UPLOAD_PROVIDER=s3) against a real S3 server (s3rver, started
 * by the test setup): through the admin panel's API and the REST API, every responsive format in
 * the bucket and served, deletes removing every object, the size and type limits as on disk.
 */
import { createApiToken, loginAdmin } from './helpers/auth';
import { createTestBucket, type TestBucket } from './helpers/bucket';
import { bearer } from './helpers/http';
import { fileUrls, photo } from './helpers/pictures';
import { startPressroom, type Pressroom } from './helpers/pressroom';

const FORMATS = ['large', 'medium', 'small', 'thumbnail'];

let bucket: TestBucket;
let pressroom: Pressroom;
let superAdmin: string;
let editor: string;
let fullAccess: string;
let uploadOnly: string;
let picture: Buffer;

beforeAll(async () => {
  bucket = await createTestBucket();
  // A 1 MB cap keeps the over-the-limit upload small.
  pressroom = await startPressroom({ env: { ...bucket.env, UPLOAD_MAX_FILE_SIZE_MB: '1' } });
  superAdmin = await loginAdmin(pressroom);
  editor = await loginAdmin(pressroom, { roleCode: 'strapi-editor' });
  fullAccess = await createApiToken(pressroom, 'full-access');
  uploadOnly = await createApiToken(pressroom, 'custom', ['plugin::upload.content-api.upload', 'plugin::upload.content-api.destroy']);
  picture = await photo();
});
afterAll(async () => {
  await pressroom?.stop();
  await bucket?.remove();
});

type UploadedFile = { id: number; url: string; provider: string; formats: Record<string, { url: string }> | null };

const adminUpload = (token: string, name: string, content: Buffer, contentType: string) =>
  pressroom.http
    .post('/upload')
    .set(bearer(token))
    .field('fileInfo', JSON.stringify({ name, alternativeText: name }))
    .attach('files', content, { filename: name, contentType });

const restUpload = (token: string, name: string, content: Buffer, contentType: string) =>
  pressroom.http.post('/api/upload').set(bearer(token)).attach('files', content, { filename: name, contentType });

/** The keys of a file's original and formats, checking that each URL is on the bucket. */
const keysOf = (file: UploadedFile) =>
  fileUrls(file).map((url) => {
    const key = bucket.keyOf(url);
    expect({ url, onBucket: key !== null }).toEqual({ url, onBucket: true });
    return key!;
  });

async function expectServed(file: UploadedFile) {
  for (const url of fileUrls(file)) {
    const response = await fetch(url);
    expect({ url, status: response.status, type: response.headers.get('content-type') }).toEqual({ url, status: 200, type: 'image/jpeg' });
  }
}

describe.each([
  ['the admin panel, as super admin', () => adminUpload(superAdmin, 'summit.jpg', picture, 'image/jpeg')],
  ['the admin panel, as Editor', () => adminUpload(editor, 'summit-editor.jpg', picture, 'image/jpeg')],
  ['the REST API, with a full-access token', () => restUpload(fullAccess, 'summit-rest.jpg', picture, 'image/jpeg')],
  ['the REST API, with a token holding only upload', () => restUpload(uploadOnly, 'summit-token.jpg', picture, 'image/jpeg')],
])('a picture uploaded through %s', (_how, upload) => {
  let file: UploadedFile;
  let keys: string[];

  test('lands in the bucket with every responsive format', async () => {
    const before = await bucket.keys();
    const response = await upload();
    expect(response.status).toBe(201);
    file = response.body[0];
    expect(file.provider).toBe('aws-s3');
    expect(Object.keys(file.formats ?? {}).sort()).toEqual(FORMATS);
    keys = keysOf(file);
    expect(new Set(keys).size).toBe(5);
    const added = (await bucket.keys()).filter((key) => !before.includes(key));
    expect(added.sort()).toEqual([...keys].sort());
  });

  test('each URL answers 200 with the picture', async () => {
    await expectServed(file);
    const original = await fetch(file.url);
    expect((await original.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  test('deleting it removes the original and every format from the bucket', async () => {
    const response = await pressroom.http.delete(`/upload/files/${file.id}`).set(bearer(superAdmin));
    expect(response.status).toBe(200);
    const left = await bucket.keys();
    expect(keys.filter((key) => left.includes(key))).toEqual([]);
    for (const url of fileUrls(file)) expect((await fetch(url)).status).toBe(404);
  });
});

test('deleting through the REST API removes every object too', async () => {
  const uploaded = await restUpload(uploadOnly, 'to-delete.jpg', picture, 'image/jpeg');
  expect(uploaded.status).toBe(201);
  const keys = keysOf(uploaded.body[0]);
  const response = await pressroom.http.delete(`/api/upload/files/${uploaded.body[0].id}`).set(bearer(uploadOnly));
  expect(response.status).toBe(200);
  const left = await bucket.keys();
  expect(keys.filter((key) => left.includes(key))).toEqual([]);
});

describe('the limits apply as on disk, and nothing reaches the bucket', () => {
  test.each([
    ['logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'image/svg+xml'],
    ['page.html', '<html><script>alert(1)</script></html>', 'text/html'],
    // Declared as a JPEG, but the content is an executable: Strapi sniffs the real type.
    ['photo.jpg', '\x7fELF\x02\x01\x01\x00'.padEnd(256, '\x00'), 'image/jpeg'],
  ])('%s is refused', async (name, content, contentType) => {
    const before = await bucket.keys();
    for (const response of [
      await adminUpload(superAdmin, name, Buffer.from(content), contentType),
      await restUpload(fullAccess, name, Buffer.from(content), contentType),
    ]) {
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.error)).toMatch(/type|allowed/i);
    }
    expect(await bucket.keys()).toEqual(before);
  });

  test('a file over UPLOAD_MAX_FILE_SIZE_MB is refused', async () => {
    const before = await bucket.keys();
    const tooBig = Buffer.concat([picture, Buffer.alloc(1024 * 1024)]);
    expect((await adminUpload(superAdmin, 'huge.jpg', tooBig, 'image/jpeg')).status).toBe(413);
    expect((await restUpload(fullAccess, 'huge.jpg', tooBig, 'image/jpeg')).status).toBe(413);
    expect(await bucket.keys()).toEqual(before);
  });
});

test("the admin panel's Content-Security-Policy lets it show pictures from the bucket", async () => {
  const response = await pressroom.http.get('/_health');
  const policy = Object.fromEntries(
    String(response.headers['content-security-policy'])
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources])
  );
  const origin = new URL(bucket.publicUrl).origin;
  expect(policy['img-src']).toContain(origin);
  expect(policy['media-src']).toContain(origin);
});
