/**
 * A bucket of its own for a test file, on the run's S3 server (s3rver on 127.0.0.1, started by
 * tests/setup/global-setup.js), and the environment that points Pressroom's uploads at it.
 */
import { CreateBucketCommand, DeleteBucketCommand, DeleteObjectsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import crypto from 'crypto';

const S3RVER_KEY = 'S3RVER';

export interface TestBucket {
  name: string;
  /** Where objects are served from: files get `<publicUrl>/<key>`. */
  publicUrl: string;
  /** UPLOAD_PROVIDER=s3 and the S3_* variables for a Pressroom on this bucket. */
  env: Record<string, string>;
  /** Every object's key, sorted. */
  keys(): Promise<string[]>;
  /** The bucket key of a URL Pressroom serves, or null for a URL elsewhere. */
  keyOf(url: string): string | null;
  remove(): Promise<void>;
}

export async function createTestBucket(): Promise<TestBucket> {
  const endpoint = process.env.PRESSROOM_TEST_S3_ENDPOINT;
  if (!endpoint) throw new Error('No S3 server: tests/setup/global-setup.js starts one (PRESSROOM_TEST_S3_ENDPOINT)');
  const name = `pressroom-${crypto.randomBytes(4).toString('hex')}`;
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: S3RVER_KEY, secretAccessKey: S3RVER_KEY },
  });
  await client.send(new CreateBucketCommand({ Bucket: name }));
  const publicUrl = `${endpoint}/${name}`;

  const keys = async () => {
    const found: string[] = [];
    let ContinuationToken: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: name, ContinuationToken }));
      found.push(...(page.Contents ?? []).map((object) => object.Key!));
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
    return found.sort();
  };

  return {
    name,
    publicUrl,
    env: {
      UPLOAD_PROVIDER: 's3',
      S3_BUCKET: name,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: S3RVER_KEY,
      S3_SECRET_ACCESS_KEY: S3RVER_KEY,
      S3_FORCE_PATH_STYLE: 'true',
      S3_PUBLIC_URL: publicUrl,
    },
    keys,
    keyOf: (url) => (url.startsWith(`${publicUrl}/`) ? url.slice(publicUrl.length + 1) : null),
    async remove() {
      const all = await keys();
      if (all.length > 0) await client.send(new DeleteObjectsCommand({ Bucket: name, Delete: { Objects: all.map((Key) => ({ Key })) } }));
      await client.send(new DeleteBucketCommand({ Bucket: name }));
      client.destroy();
    },
  };
}
