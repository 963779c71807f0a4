import { applyImageTexts, findPictures, withImageText, type Models } from './localize';
import { LOCALIZED_PICTURES } from './pictures';

const MODELS: Models = {
  'api::announcement.announcement': {
    attributes: {
      cover: { type: 'media' },
      coverText: { type: 'component', component: 'media.image-text' },
      mediaPartners: { type: 'relation', target: 'api::media-partner.media-partner' },
      photoExhibitions: { type: 'relation', target: 'api::photo-exhibition.photo-exhibition' },
    },
  },
  'api::media-partner.media-partner': {
    attributes: { logo: { type: 'media' }, announcements: { type: 'relation', target: 'api::announcement.announcement' } },
  },
  'api::photo-exhibition.photo-exhibition': { attributes: { photos: { type: 'component', component: 'exhibition.photo' } } },
  'exhibition.photo': { attributes: { image: { type: 'media' }, alternativeText: { type: 'string' }, caption: { type: 'text' } } },
  'media.image-text': { attributes: { alternativeText: { type: 'string' }, caption: { type: 'text' } } },
};

const file = (id: number) => ({ id, url: `/uploads/${id}.jpg`, alternativeText: 'Русский текст файла', caption: 'Подпись файла' });

describe('findPictures', () => {
  test('finds the pictures of a list, in populated relations and components at any depth', () => {
    const announcement = {
      id: 1,
      cover: file(10),
      mediaPartners: [{ id: 2, logo: file(11), announcements: [{ id: 3, cover: file(12) }] }],
      photoExhibitions: [
        {
          id: 4,
          photos: [
            { id: 5, image: file(13) },
            { id: 6, image: null },
          ],
        },
      ],
    };
    const sites = findPictures([announcement], 'api::announcement.announcement', MODELS, LOCALIZED_PICTURES);
    expect(sites.map((site) => [site.picture.image, site.ownerId, (site.holder[site.key] as any).id])).toEqual([
      ['cover', 1, 10],
      ['logo', 2, 11],
      ['cover', 3, 12],
      ['image', 5, 13],
    ]);
  });

  test('leaves alone what is no picture of ours: an id, a count, an unknown field', () => {
    expect(
      findPictures(
        { id: 1, cover: 10, mediaPartners: { count: 3 }, extra: file(1) },
        'api::announcement.announcement',
        MODELS,
        LOCALIZED_PICTURES
      )
    ).toEqual([]);
  });
});

describe('withImageText', () => {
  test('the version’s texts replace the media library’s; none in the version gives null, never the file’s', () => {
    expect(withImageText(file(1), { alternativeText: '上合组织秘书处', caption: null })).toMatchObject({
      id: 1,
      alternativeText: '上合组织秘书处',
      caption: null,
    });
    expect(withImageText(file(1), undefined)).toMatchObject({ alternativeText: null, caption: null });
  });
});

test('applyImageTexts sets only the fields each file was asked with, on a copy of it', () => {
  const shared = { id: 10, url: '/uploads/10.jpg', alternativeText: 'Русский' };
  const answer = [
    { id: 1, cover: shared },
    { id: 2, cover: shared },
  ];
  const sites = findPictures(answer, 'api::announcement.announcement', MODELS, LOCALIZED_PICTURES);
  applyImageTexts(sites, (_picture, ownerId) => (ownerId === 1 ? { alternativeText: 'English', caption: 'A caption' } : undefined));
  expect(answer.map((announcement) => announcement.cover)).toEqual([
    { id: 10, url: '/uploads/10.jpg', alternativeText: 'English' },
    { id: 10, url: '/uploads/10.jpg', alternativeText: null },
  ]);
  expect(shared.alternativeText).toBe('Русский');
});

test('texts the answer populated are taken from it; the others are left to be read', () => {
  const answer = [
    { id: 1, cover: file(10), coverText: { id: 7, alternativeText: '封面', caption: null } },
    { id: 2, cover: file(11), coverText: null },
    { id: 3, cover: file(12), coverText: { id: 8, caption: 'only the caption was selected' } },
    { id: 4, cover: file(13) },
    { id: 5, photos: [{ id: 6, alternativeText: 'Фото', caption: 'Подпись', image: file(14) }] },
  ];
  const sites = findPictures(answer, 'api::announcement.announcement', MODELS, LOCALIZED_PICTURES);
  expect(sites.map((site) => site.given)).toEqual([{ alternativeText: '封面', caption: null }, null, undefined, undefined]);
  const photos = findPictures(answer[4], 'api::photo-exhibition.photo-exhibition', MODELS, LOCALIZED_PICTURES);
  expect(photos.map((site) => site.given)).toEqual([{ alternativeText: 'Фото', caption: 'Подпись' }]);

  const read: number[] = [];
  applyImageTexts(sites, (_picture, ownerId) => {
    read.push(Number(ownerId));
    return { alternativeText: `read for ${ownerId}`, caption: null };
  });
  expect(read).toEqual([3, 4]);
  expect(answer.map((announcement) => (announcement as any).cover?.alternativeText)).toEqual([
    '封面',
    null,
    'read for 3',
    'read for 4',
    undefined,
  ]);
});
