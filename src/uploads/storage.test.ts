import { bucketSettings, mediaOrigins, uploadProviderConfig, uploadProviderName } from './storage';

const MINIO = {
  UPLOAD_PROVIDER: 's3',
  S3_BUCKET: 'pressroom-media',
  S3_REGION: 'us-east-1',
  S3_ENDPOINT: 'http://minio:9000/',
  S3_ACCESS_KEY_ID: 'pressroom',
  S3_SECRET_ACCESS_KEY: 'secret',
  S3_FORCE_PATH_STYLE: 'true',
};

describe('upload provider from the environment', () => {
  test('the local disk when UPLOAD_PROVIDER is unset or local', () => {
    expect(uploadProviderName({})).toBe('local');
    expect(uploadProviderConfig({ UPLOAD_PROVIDER: 'local', S3_BUCKET: 'ignored' })).toEqual({ provider: 'local', providerOptions: {} });
    expect(mediaOrigins({})).toEqual([]);
  });

  test('an unknown provider is refused, naming the variable', () => {
    expect(() => uploadProviderName({ UPLOAD_PROVIDER: 'gcs' })).toThrow('UPLOAD_PROVIDER must be "local" or "s3", not "gcs"');
  });

  test('s3 without a bucket or a region says which variables are missing', () => {
    expect(() => uploadProviderConfig({ UPLOAD_PROVIDER: 's3' })).toThrow('UPLOAD_PROVIDER=s3 needs S3_BUCKET and S3_REGION');
    expect(() => uploadProviderConfig({ UPLOAD_PROVIDER: 's3', S3_BUCKET: 'b' })).toThrow('needs S3_REGION');
  });

  test('MinIO with path-style addressing: the provider options Strapi gets', () => {
    expect(uploadProviderConfig(MINIO)).toEqual({
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: 'http://minio:9000/pressroom-media',
        s3Options: {
          region: 'us-east-1',
          endpoint: 'http://minio:9000',
          forcePathStyle: true,
          credentials: { accessKeyId: 'pressroom', secretAccessKey: 'secret' },
          params: { Bucket: 'pressroom-media', ACL: 'public-read' },
        },
      },
    });
  });

  test('the public URL: S3_PUBLIC_URL first, else the bucket address in the style in use', () => {
    expect(bucketSettings({ ...MINIO, S3_PUBLIC_URL: 'https://media.example.org/' }).publicUrl).toBe('https://media.example.org');
    expect(bucketSettings({ ...MINIO, S3_FORCE_PATH_STYLE: 'false' }).publicUrl).toBe('http://pressroom-media.minio:9000');
    expect(bucketSettings({ UPLOAD_PROVIDER: 's3', S3_BUCKET: 'b', S3_REGION: 'eu-central-1' }).publicUrl).toBe(
      'https://b.s3.eu-central-1.amazonaws.com'
    );
  });

  test('AWS without keys leaves credentials to the SDK (instance role); S3_ACL=none sends no ACL', () => {
    const { providerOptions } = uploadProviderConfig({ UPLOAD_PROVIDER: 's3', S3_BUCKET: 'b', S3_REGION: 'eu-central-1', S3_ACL: 'none' });
    const s3Options = providerOptions.s3Options as Record<string, unknown>;
    expect(s3Options.credentials).toBeUndefined();
    expect(s3Options.endpoint).toBeUndefined();
    expect(s3Options.params).toEqual({ Bucket: 'b', ACL: undefined });
  });

  test('malformed URLs are refused, naming the variable', () => {
    expect(() => bucketSettings({ ...MINIO, S3_ENDPOINT: 'minio:9000' })).toThrow('S3_ENDPOINT must start with http:// or https://');
    expect(() => bucketSettings({ ...MINIO, S3_PUBLIC_URL: 'media.example.org' })).toThrow(
      'S3_PUBLIC_URL must start with http:// or https://'
    );
  });

  test('the CSP gets the origin of the public URL', () => {
    expect(mediaOrigins({ ...MINIO, S3_PUBLIC_URL: 'https://cdn.example.org/press/media' })).toEqual(['https://cdn.example.org']);
    expect(mediaOrigins(MINIO)).toEqual(['http://minio:9000']);
  });
});
