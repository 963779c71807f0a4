/**
 * Moving the media library from the local disk to a bucket (`npm run uploads:migrate -- --to s3`):
 * which files still live on disk, the objects each one has (the original and every responsive
 * format), and the row once they are in the bucket. No Strapi import: the script
 * (scripts/uploads-migrate.js) does the copying through Strapi's upload provider; unit-tested in
 * migration.test.ts.
 */
import { S3_PROVIDER } from './storage';

/** The columns of a plugin::upload.file row the migration reads and rewrites. */
export interface MediaFileRow {
  id: number;
  name: string;
  hash: string;
  ext: string | null;
  mime: string;
  url: string;
  provider: string;
  formats?: Record<string, MediaFormat> | null;
}

export interface MediaFormat {
  hash: string;
  ext: string | null;
  mime: string;
  url: string;
  [other: string]: unknown;
}

/** One object to copy: the original (`format: null`) or one responsive format. */
export interface MediaObject {
  format: string | null;
  /** Path of the file under the app's public/ folder, from its local URL. */
  localPath: string;
  /** What the provider's upload and objectExists need to name the object. */
  hash: string;
  ext: string;
  mime: string;
}

const LOCAL_PREFIX = '/uploads/';

/** A row still served from the local disk: the local provider's URL, /uploads/<hash><ext>. */
export const isOnLocalDisk = (row: Pick<MediaFileRow, 'url' | 'provider'>) => row.provider === 'local' && row.url.startsWith(LOCAL_PREFIX);

/** The objects of a file in the order they are copied: its formats, then the original. */
export function objectsOf(row: MediaFileRow): MediaObject[] {
  const formats = Object.entries(row.formats ?? {}).map(([format, value]) => objectFor(format, value));
  return [...formats, objectFor(null, row)];
}

function objectFor(format: string | null, value: Pick<MediaFormat, 'hash' | 'ext' | 'mime' | 'url'>): MediaObject {
  if (!value.url.startsWith(LOCAL_PREFIX)) {
    throw new Error(`${format ?? 'original'} of ${value.hash} is not a local upload: ${value.url}`);
  }
  // The local provider names the file after hash and extension; a URL with anything else
  // (a ../, a query) is not one it wrote.
  const fileName = value.url.slice(LOCAL_PREFIX.length);
  if (fileName.includes('/') || fileName !== `${value.hash}${value.ext ?? ''}`) {
    throw new Error(`unexpected local upload URL ${value.url} for ${value.hash}${value.ext ?? ''}`);
  }
  return { format, localPath: `uploads/${fileName}`, hash: value.hash, ext: value.ext ?? '', mime: value.mime };
}

/**
 * An object's URL once in the bucket, as the provider gives it for an upload: its key is the hash
 * and extension (no root path is configured), under the bucket's public URL.
 */
export const bucketUrl = (publicUrl: string, object: Pick<MediaObject, 'hash' | 'ext'>) => `${publicUrl}/${object.hash}${object.ext}`;

/**
 * The row's new columns once every object is in the bucket: `urls` maps each format (and `null`,
 * the original) to its URL in the bucket.
 */
export function movedRow(row: MediaFileRow, urls: Map<string | null, string>) {
  const urlOf = (format: string | null) => {
    const url = urls.get(format);
    if (!url) throw new Error(`no bucket URL for ${format ?? 'the original'} of file ${row.id}`);
    return url;
  };
  const formats = row.formats
    ? Object.fromEntries(Object.entries(row.formats).map(([format, value]) => [format, { ...value, url: urlOf(format) }]))
    : row.formats;
  return { url: urlOf(null), formats, provider: S3_PROVIDER, provider_metadata: null };
}
