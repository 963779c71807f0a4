import { changedSharedFields, comparable, localizedFieldPaths, pathsOfAttribute } from './shared-fields';

describe('field paths', () => {
  const paths = ['title', 'slug', 'category', 'cover', 'signatories.name', 'signatories.position', 'mediaPartners'];

  test('localized paths: every path whose attribute is not shared, component fields with their component', () => {
    expect(localizedFieldPaths(paths, ['category', 'cover'])).toEqual([
      'title',
      'slug',
      'signatories.name',
      'signatories.position',
      'mediaPartners',
    ]);
    expect(localizedFieldPaths(paths, ['signatories'])).toEqual(['title', 'slug', 'category', 'cover', 'mediaPartners']);
  });

  test('the paths of one attribute, not of a longer name that starts the same', () => {
    expect(pathsOfAttribute([...paths, 'signatoriesNote'], 'signatories')).toEqual(['signatories.name', 'signatories.position']);
    expect(pathsOfAttribute(paths, 'cover')).toEqual(['cover']);
  });
});

describe('comparable values', () => {
  test.each([
    [{ type: 'media' }, 7, { id: 7, url: '/uploads/a.png' }],
    [{ type: 'media', multiple: true }, [1, 2], [{ id: 1 }, { id: 2 }]],
    [{ type: 'date' }, '2020-01-01', new Date('2020-01-01T00:00:00.000Z')],
    [{ type: 'datetime' }, '2026-06-15T09:00:00.000Z', new Date('2026-06-15T09:00:00.000Z').getTime()],
    [{ type: 'integer' }, '5', 5],
    [{ type: 'boolean' }, 1, true],
    [{ type: 'enumeration' }, 'news', 'news'],
    [{ type: 'string' }, '', null],
    [{ type: 'component' }, [{ id: 3, name: 'A', position: 'B' }], [{ position: 'B', name: 'A' }]],
  ])('%o: %p is the same as %p', (attribute, a, b) => {
    expect(comparable(attribute, a)).toEqual(comparable(attribute, b));
  });

  test.each([
    [{ type: 'media' }, 7, { id: 8 }],
    [{ type: 'media', multiple: true }, [1, 2], [2, 1]],
    [{ type: 'date' }, '2020-01-01', '2020-01-02'],
    [{ type: 'datetime' }, '2026-06-15T09:00:00.000Z', '2026-06-15T09:00:01.000Z'],
    [{ type: 'enumeration' }, 'news', 'event'],
    [{ type: 'string' }, 'RU', null],
  ])('%o: %p differs from %p', (attribute, a, b) => {
    expect(comparable(attribute, a)).not.toEqual(comparable(attribute, b));
  });
});

describe('changed shared fields', () => {
  const attributes = {
    title: { type: 'string' },
    category: { type: 'enumeration' },
    eventDate: { type: 'datetime' },
    cover: { type: 'media' },
  };
  const current = { title: 'Встреча', category: 'event', eventDate: '2026-06-15T09:00:00.000Z', cover: { id: 4 } };

  test('only shared fields present in the data and different from the version count', () => {
    expect(
      changedSharedFields(attributes, ['category', 'eventDate', 'cover'], current, { title: '会议', category: 'news', cover: 4 })
    ).toEqual(['category']);
  });

  test('a field left out, or sent back as it is, changes nothing', () => {
    expect(
      changedSharedFields(attributes, ['category', 'eventDate', 'cover'], current, { eventDate: new Date('2026-06-15T09:00:00.000Z') })
    ).toEqual([]);
    expect(changedSharedFields(attributes, ['category', 'eventDate', 'cover'], current, {})).toEqual([]);
  });

  test('clearing a shared field is a change', () => {
    expect(changedSharedFields(attributes, ['category', 'eventDate', 'cover'], current, { cover: null, eventDate: null })).toEqual([
      'eventDate',
      'cover',
    ]);
  });
});
