/**
 * Where the media library keeps its files: the local disk (public/uploads, the default) or an
 * S3-compatible bucket through Strapi's own provider, @strapi/provider-upload-aws-s3, chosen by
 * the environment. The upload plugin (config/plugins.ts), the Content-Security-Policy
 * (config/middlewares.ts) and `npm run uploads:migrate` read it here. No Strapi import: unit-tested
 * in storage.test.ts.
 */

export type UploadProviderName = 'local' | 's3';

/** The environment variables read here, as `process.env` or Strapi's `env` helper gives them. */
export type StorageEnvironment = Record<string, string | undefined>;

export interface BucketSettings {
  bucket: string;
  region: string;
  /** Empty for AWS itself; the server's URL for MinIO, Ceph, Garage, s3rver and the like. */
  endpoint?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
  /** Where browsers fetch the objects: files get `<publicUrl>/<key>` as their URL. */
  publicUrl: string;
  /** The canned ACL sent with every object; undefined for buckets with ACLs disabled. */
  acl?: string;
}

/** The provider entry of the upload plugin's config, as Strapi expects it. */
export interface UploadProviderConfig {
  provider: 'local' | 'aws-s3';
  providerOptions: Record<string, unknown>;
}

/** The provider name Strapi records in each file's `provider` column. */
export const S3_PROVIDER = 'aws-s3';

const REQUIRED_FOR_S3 = ['S3_BUCKET', 'S3_REGION'] as const;

const isTrue = (value: string | undefined) => ['true', '1', 'yes'].includes((value ?? '').trim().toLowerCase());
const trimSlashes = (url: string) => url.replace(/\/+$/, '');

export function uploadProviderName(environment: StorageEnvironment): UploadProviderName {
  const name = (environment.UPLOAD_PROVIDER ?? '').trim().toLowerCase() || 'local';
  if (name !== 'local' && name !== 's3') {
    throw new Error(`UPLOAD_PROVIDER must be "local" or "s3", not "${environment.UPLOAD_PROVIDER}"`);
  }
  return name;
}

/** The bucket's settings; throws naming each missing or malformed variable. */
export function bucketSettings(environment: StorageEnvironment): BucketSettings {
  const missing = REQUIRED_FOR_S3.filter((name) => !environment[name]?.trim());
  if (missing.length > 0) throw new Error(`UPLOAD_PROVIDER=s3 needs ${missing.join(' and ')}`);
  const bucket = environment.S3_BUCKET!.trim();
  const region = environment.S3_REGION!.trim();
  const endpoint = environment.S3_ENDPOINT?.trim() ? trimSlashes(environment.S3_ENDPOINT.trim()) : undefined;
  if (endpoint && !/^https?:\/\//.test(endpoint)) throw new Error(`S3_ENDPOINT must start with http:// or https://, not "${endpoint}"`);
  const forcePathStyle = isTrue(environment.S3_FORCE_PATH_STYLE);
  const publicUrl = environment.S3_PUBLIC_URL?.trim()
    ? trimSlashes(environment.S3_PUBLIC_URL.trim())
    : defaultPublicUrl({ bucket, region, endpoint, forcePathStyle });
  if (!/^https?:\/\//.test(publicUrl)) throw new Error(`S3_PUBLIC_URL must start with http:// or https://, not "${publicUrl}"`);
  const acl = (environment.S3_ACL ?? 'public-read').trim();
  return {
    bucket,
    region,
    endpoint,
    accessKeyId: environment.S3_ACCESS_KEY_ID?.trim() || undefined,
    secretAccessKey: environment.S3_SECRET_ACCESS_KEY?.trim() || undefined,
    forcePathStyle,
    publicUrl,
    acl: acl === '' || acl === 'none' ? undefined : acl,
  };
}

/** The bucket's own address, when no CDN or custom domain is set in S3_PUBLIC_URL. */
function defaultPublicUrl({
  bucket,
  region,
  endpoint,
  forcePathStyle,
}: Pick<BucketSettings, 'bucket' | 'region' | 'endpoint' | 'forcePathStyle'>) {
  if (!endpoint) return `https://${bucket}.s3.${region}.amazonaws.com`;
  if (forcePathStyle) return `${endpoint}/${bucket}`;
  const url = new URL(endpoint);
  return `${url.protocol}//${bucket}.${url.host}`;
}

/** The upload plugin's `provider` and `providerOptions` for this environment. */
export function uploadProviderConfig(environment: StorageEnvironment): UploadProviderConfig {
  if (uploadProviderName(environment) === 'local') return { provider: 'local', providerOptions: {} };
  return s3ProviderConfig(bucketSettings(environment));
}

export function s3ProviderConfig(settings: BucketSettings): UploadProviderConfig {
  const credentials =
    settings.accessKeyId && settings.secretAccessKey
      ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
      : {}; // none: the SDK's own chain (instance role, AWS_* variables)
  return {
    provider: S3_PROVIDER,
    providerOptions: {
      baseUrl: settings.publicUrl,
      s3Options: {
        region: settings.region,
        ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
        forcePathStyle: settings.forcePathStyle,
        ...credentials,
        // ACL omitted: the provider would add public-read; `undefined` keeps the header off.
        params: { Bucket: settings.bucket, ACL: settings.acl },
      },
    },
  };
}

/**
 * The origins the admin panel loads pictures and media from, besides its own: the bucket's
 * public URL when uploads go to a bucket. For the CSP's img-src, media-src and connect-src.
 */
export function mediaOrigins(environment: StorageEnvironment): string[] {
  if (uploadProviderName(environment) === 'local') return [];
  return [new URL(bucketSettings(environment).publicUrl).origin];
}
