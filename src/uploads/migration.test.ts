import { bucketUrl, isOnLocalDisk, movedRow, objectsOf, type MediaFileRow } from './migration';

const row: MediaFileRow = {
  id: 7,
  name: 'summit.jpg',
  hash: 'summit_1a2b3c',
  ext: '.jpg',
  mime: 'image/jpeg',
  url: '/uploads/summit_1a2b3c.jpg',
  provider: 'local',
  formats: {
    thumbnail: {
      hash: 'thumbnail_summit_1a2b3c',
      ext: '.jpg',
      mime: 'image/jpeg',
      url: '/uploads/thumbnail_summit_1a2b3c.jpg',
      width: 245,
    },
    small: { hash: 'small_summit_1a2b3c', ext: '.jpg', mime: 'image/jpeg', url: '/uploads/small_summit_1a2b3c.jpg', width: 500 },
  },
};

describe('moving a local upload to the bucket', () => {
  test('a local row is on disk; a row already moved is not', () => {
    expect(isOnLocalDisk(row)).toBe(true);
    expect(isOnLocalDisk({ url: 'https://media.example.org/summit_1a2b3c.jpg', provider: 'aws-s3' })).toBe(false);
  });

  test('its objects: each format, then the original, with their paths under public/', () => {
    expect(objectsOf(row)).toEqual([
      {
        format: 'thumbnail',
        localPath: 'uploads/thumbnail_summit_1a2b3c.jpg',
        hash: 'thumbnail_summit_1a2b3c',
        ext: '.jpg',
        mime: 'image/jpeg',
      },
      { format: 'small', localPath: 'uploads/small_summit_1a2b3c.jpg', hash: 'small_summit_1a2b3c', ext: '.jpg', mime: 'image/jpeg' },
      { format: null, localPath: 'uploads/summit_1a2b3c.jpg', hash: 'summit_1a2b3c', ext: '.jpg', mime: 'image/jpeg' },
    ]);
    expect(objectsOf({ ...row, formats: null })).toHaveLength(1);
  });

  test('a URL the local provider did not write is refused rather than guessed', () => {
    expect(() => objectsOf({ ...row, url: '/uploads/../../.env' })).toThrow('unexpected local upload URL /uploads/../../.env');
    expect(() => objectsOf({ ...row, url: 'https://elsewhere.example/summit.jpg' })).toThrow(
      'original of summit_1a2b3c is not a local upload'
    );
  });

  test('the moved row: every URL rewritten, the other format fields kept, the provider recorded', () => {
    const base = 'https://media.example.org';
    const urls = new Map<string | null, string>([
      [null, `${base}/summit_1a2b3c.jpg`],
      ['thumbnail', `${base}/thumbnail_summit_1a2b3c.jpg`],
      ['small', `${base}/small_summit_1a2b3c.jpg`],
    ]);
    expect(movedRow(row, urls)).toEqual({
      url: `${base}/summit_1a2b3c.jpg`,
      formats: {
        thumbnail: { ...row.formats!.thumbnail, url: `${base}/thumbnail_summit_1a2b3c.jpg` },
        small: { ...row.formats!.small, url: `${base}/small_summit_1a2b3c.jpg` },
      },
      provider: 'aws-s3',
      provider_metadata: null,
    });
    urls.delete('small');
    expect(() => movedRow(row, urls)).toThrow('no bucket URL for small of file 7');
  });

  test("an object's bucket URL is the public URL and the provider's key, hash and extension", () => {
    expect(bucketUrl('https://media.example.org', objectsOf(row)[0])).toBe('https://media.example.org/thumbnail_summit_1a2b3c.jpg');
  });
});
