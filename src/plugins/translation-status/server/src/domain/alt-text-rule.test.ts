import { lacksAltText, missingAltTexts, populateForAltTexts, type AltTextRule } from './alt-text-rule';

const COVER: AltTextRule = { image: 'cover', altText: 'coverText.alternativeText' };
const PHOTOS: AltTextRule = { image: 'photos.image', altText: 'photos.alternativeText' };
const file = { id: 7, url: '/uploads/cover.jpg' };

describe('missingAltTexts', () => {
  test('a picture with its alternative text in the version lacks nothing', () => {
    expect(missingAltTexts({ cover: file, coverText: { alternativeText: '上合组织秘书处大楼' } }, [COVER])).toEqual([]);
  });

  test('a picture without the component, with an empty one or with blank text lacks its text', () => {
    expect(missingAltTexts({ cover: file }, [COVER])).toEqual(['coverText.alternativeText']);
    expect(missingAltTexts({ cover: file, coverText: null }, [COVER])).toEqual(['coverText.alternativeText']);
    expect(missingAltTexts({ cover: file, coverText: { alternativeText: '  ', caption: 'Пекин' } }, [COVER])).toEqual([
      'coverText.alternativeText',
    ]);
  });

  test('no picture, no text needed', () => {
    expect(missingAltTexts({ cover: null, coverText: null }, [COVER])).toEqual([]);
    expect(missingAltTexts({}, [COVER])).toEqual([]);
  });

  test('a picture given by id counts as set', () => {
    expect(missingAltTexts({ cover: 7 }, [COVER])).toEqual(['coverText.alternativeText']);
  });

  test('each photo of a repeatable component is checked against its own text, by position', () => {
    const version = {
      photos: [
        { image: file, alternativeText: 'Монумент «Байтерек»' },
        { image: file, alternativeText: '' },
        { image: null, alternativeText: null },
        { image: file },
      ],
    };
    expect(missingAltTexts(version, [PHOTOS])).toEqual(['photos.1.alternativeText', 'photos.3.alternativeText']);
    expect(missingAltTexts({ photos: [] }, [PHOTOS])).toEqual([]);
  });

  test('every rule is checked', () => {
    expect(missingAltTexts({ cover: file, photos: [{ image: file }] }, [COVER, PHOTOS])).toEqual([
      'coverText.alternativeText',
      'photos.0.alternativeText',
    ]);
  });
});

test('lacksAltText reads the stored paths; records made before the rule lack nothing', () => {
  expect(lacksAltText({ missingAltTexts: ['coverText.alternativeText'] })).toBe(true);
  expect(lacksAltText({ missingAltTexts: [] })).toBe(false);
  expect(lacksAltText({ missingAltTexts: null })).toBe(false);
  expect(lacksAltText({})).toBe(false);
});

test('populateForAltTexts reads each picture id, inside its component where it is in one', () => {
  expect(populateForAltTexts([COVER], { coverText: true })).toEqual({ coverText: true, cover: { select: ['id'] } });
  expect(populateForAltTexts([PHOTOS], { photos: true, leaders: true })).toEqual({
    photos: { populate: { image: { select: ['id'] } } },
    leaders: true,
  });
});
