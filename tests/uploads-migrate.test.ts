/**
 * `npm run uploads:migrate -- --to s3`: an installation with its media on the local disk moves to
 * a bucket (a real S3 server, s3rver). A dry run changes nothing; a run cut off half-way and run
 * again ends with every object once in the bucket, every URL rewritten, and nothing copied twice.
 */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import crypto from 'crypto';
import fs from 'fs';
import nodePath from 'path';
import { ANNOUNCEMENT } from '../src/content-types';
import { createApiToken } from './helpers/auth';
import { createTestBucket, type TestBucket } from './helpers/bucket';
import { bearer, path } from './helpers/http';
import { runScript } from './helpers/instances';
import { fileUrls, photo } from './helpers/pictures';
import { ROOT, startPressroom, type Pressroom } from './helpers/pressroom';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
);

type FileRow = { id: number; url: string; provider: string; formats: Record<string, { url: string }> | null };

let bucket: TestBucket;
let pressroom: Pressroom;
let files: FileRow[];
/** Every local file (original and formats) as `uploads/<name>`, and its bytes. */
const localFiles = new Map<string, Buffer>();
let coverOf: string;

const rows = (): Promise<FileRow[]> =>
  pressroom.strapi.db.query('plugin::upload.file').findMany({ select: ['id', 'url', 'provider', 'formats'], orderBy: { id: 'asc' } });

const migrate = (...args: string[]) => runScript('uploads-migrate', ['--to', 's3', ...args], bucket.env);

/** The script's closing counts. */
function counts(output: string) {
  const match =
    /(?:would copy|Copied) (\d+) object\(s\); (\d+) already in the bucket; (?:would rewrite|rewrote) the URLs of (\d+) file\(s\); (\d+) file\(s\) left/.exec(
      output
    );
  if (!match) throw new Error(`no summary in the output:\n${output}`);
  const [copied, alreadyInBucket, rewritten, left] = match.slice(1).map(Number);
  return { copied, alreadyInBucket, rewritten, left };
}

beforeAll(async () => {
  bucket = await createTestBucket();
  pressroom = await startPressroom(); // the local disk, as an installation before the move
  const token = await createApiToken(pressroom, 'full-access');
  for (const [name, content, type] of [
    ['summit.jpg', await photo({ hue: 10 }), 'image/jpeg'],
    ['signing.jpg', await photo({ hue: 90 }), 'image/jpeg'],
    ['exhibition.jpg', await photo({ hue: 170 }), 'image/jpeg'],
    ['press-hall.jpg', await photo({ hue: 250 }), 'image/jpeg'],
    ['agreement.pdf', PDF, 'application/pdf'],
  ] as const) {
    const response = await pressroom.http
      .post('/api/upload')
      .set(bearer(token))
      .attach('files', content, { filename: name, contentType: type });
    expect(response.status).toBe(201);
  }
  files = await rows();
  for (const file of files) {
    for (const url of fileUrls(file)) localFiles.set(url.slice(1), fs.readFileSync(nodePath.join(ROOT, 'public', url)));
  }
  const announcement = await pressroom.strapi.documents(ANNOUNCEMENT).create({
    locale: 'ru',
    data: { title: 'Выставка', slug: 'vystavka', category: 'event', cover: files[2].id } as any,
    status: 'published',
  });
  coverOf = announcement.documentId;
});
afterAll(async () => {
  await pressroom?.stop();
  for (const local of localFiles.keys()) fs.rmSync(nodePath.join(ROOT, 'public', local), { force: true });
  await bucket?.remove();
});

test('the fixture: 4 pictures with 4 formats each and a PDF, 21 objects on the local disk', () => {
  expect(files.map((file) => file.provider)).toEqual(['local', 'local', 'local', 'local', 'local']);
  expect(localFiles.size).toBe(21);
});

/** Each run of the command boots Strapi in a process of its own: room for a busy machine. */
const SLOW = 600_000;

test(
  'a dry run says what it would do and changes nothing',
  async () => {
    const result = await migrate('--dry-run');
    expect(result.code).toBe(0);
    expect(counts(result.output)).toEqual({ copied: 21, alreadyInBucket: 0, rewritten: 5, left: 0 });
    expect(await rows()).toEqual(files);
    expect(await bucket.keys()).toEqual([]);
  },
  SLOW
);

test(
  'a run cut off after two files, then run again: every object once in the bucket, every URL rewritten',
  async () => {
    // The first run stops after two files (as a run killed there would have left them)...
    const first = await migrate('--limit', '2');
    expect(first.code).toBe(0);
    expect(counts(first.output)).toEqual({ copied: 10, alreadyInBucket: 0, rewritten: 2, left: 3 });
    const afterFirst = await rows();
    expect(afterFirst.map((file) => file.provider)).toEqual(['aws-s3', 'aws-s3', 'local', 'local', 'local']);

    // ...and a run killed in the middle of the third file copied its objects without rewriting its row.
    const third = files[2];
    const client = new S3Client({
      endpoint: bucket.env.S3_ENDPOINT,
      region: bucket.env.S3_REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: bucket.env.S3_ACCESS_KEY_ID, secretAccessKey: bucket.env.S3_SECRET_ACCESS_KEY },
    });
    for (const url of fileUrls(third)) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket.name, Key: url.slice('/uploads/'.length), Body: localFiles.get(url.slice(1)) })
      );
    }
    client.destroy();

    const second = await migrate();
    expect(second.code).toBe(0);
    expect(counts(second.output)).toEqual({ copied: 6, alreadyInBucket: 5, rewritten: 3, left: 0 });

    const moved = await rows();
    expect(moved.map((file) => file.provider)).toEqual(['aws-s3', 'aws-s3', 'aws-s3', 'aws-s3', 'aws-s3']);
    const keys = moved.flatMap((file) => fileUrls(file).map((url) => bucket.keyOf(url)));
    expect(keys).not.toContain(null);
    expect(await bucket.keys()).toEqual([...keys].sort());
    expect(keys).toHaveLength(21);
    // Each object is the local file, byte for byte.
    for (const file of moved) {
      for (const url of fileUrls(file)) {
        const response = await fetch(url);
        expect({ url, status: response.status }).toEqual({ url, status: 200 });
        const served = crypto
          .createHash('sha256')
          .update(Buffer.from(await response.arrayBuffer()))
          .digest('hex');
        const local = crypto
          .createHash('sha256')
          .update(localFiles.get(`uploads/${bucket.keyOf(url)}`)!)
          .digest('hex');
        expect(served).toBe(local);
      }
    }
  },
  SLOW
);

test(
  'run once more: nothing copied, nothing rewritten',
  async () => {
    const before = await rows();
    const again = await migrate();
    expect(again.code).toBe(0);
    expect(counts(again.output)).toEqual({ copied: 0, alreadyInBucket: 0, rewritten: 0, left: 0 });
    expect(await rows()).toEqual(before);
  },
  SLOW
);

test('the website gets the bucket URLs of an announcement cover', async () => {
  const response = await pressroom.http.get(path(`/api/announcements/${coverOf}`, { locale: 'ru', populate: { cover: true } }));
  expect(response.status).toBe(200);
  const cover = response.body.data.cover;
  expect(bucket.keyOf(cover.url)).not.toBeNull();
  expect(Object.values(cover.formats as Record<string, { url: string }>).every((format) => bucket.keyOf(format.url) !== null)).toBe(true);
});
