import {
  canonicalJson,
  fingerprintOf,
  localeParameter,
  populateFor,
  publishPlan,
  publishSteps,
  snapshotData,
  snapshotLocalesToTake,
  snapshotOf,
  type Schema,
} from './snapshot';

const schemas: Record<string, Schema> = {
  'api::announcement.announcement': {
    attributes: {
      title: { type: 'string' },
      body: { type: 'blocks' },
      createdAt: { type: 'datetime' },
      updatedBy: { type: 'relation', relation: 'oneToOne', target: 'admin::user' },
      localizations: { type: 'relation', relation: 'oneToMany', target: 'api::announcement.announcement' },
      cover: { type: 'media', multiple: false },
      gallery: { type: 'media', multiple: true },
      coverText: { type: 'component', component: 'media.image-text' },
      parts: { type: 'dynamiczone', components: ['media.image-text'] },
      mediaPartners: { type: 'relation', relation: 'manyToMany', target: 'api::media-partner.media-partner' },
      lead: { type: 'relation', relation: 'manyToOne', target: 'api::media-partner.media-partner' },
    },
  },
  'media.image-text': { attributes: { alternativeText: { type: 'string' }, picture: { type: 'media', multiple: false } } },
};
const schemaOf = (uid: string) => schemas[uid];
const UID = 'api::announcement.announcement';

const draft = {
  id: 7,
  documentId: 'doc',
  locale: 'ru',
  title: 'Пресс-релиз',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Текст' }] }],
  createdAt: '2026-11-29T10:00:00.000Z',
  cover: { id: 3 },
  gallery: [{ id: 4 }, { id: 5 }],
  coverText: { id: 11, alternativeText: 'Фото', picture: { id: 3 } },
  parts: [{ id: 12, __component: 'media.image-text', alternativeText: 'Часть', picture: null }],
  mediaPartners: [
    { id: 1, documentId: 'p1' },
    { id: 2, documentId: 'p2' },
  ],
  lead: null,
};

describe('populateFor', () => {
  it('reads components nested, relations by documentId and media by id, no bookkeeping', () => {
    expect(populateFor(UID, schemaOf)).toEqual({
      cover: { fields: ['id'] },
      gallery: { fields: ['id'] },
      coverText: { populate: { picture: { fields: ['id'] } } },
      parts: { on: { 'media.image-text': { populate: { picture: { fields: ['id'] } } } } },
      mediaPartners: { fields: ['documentId'] },
      lead: { fields: ['documentId'] },
    });
  });
});

describe('snapshotData', () => {
  it('keeps what publish copies, in the shape update takes back', () => {
    expect(snapshotData(draft, UID, schemaOf)).toEqual({
      title: 'Пресс-релиз',
      body: draft.body,
      cover: 3,
      gallery: [4, 5],
      coverText: { alternativeText: 'Фото', picture: 3 },
      parts: [{ __component: 'media.image-text', alternativeText: 'Часть', picture: null }],
      mediaPartners: ['p1', 'p2'],
      lead: null,
    });
  });
});

describe('fingerprints', () => {
  it('do not depend on key order, and change with any content', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
    const data = snapshotData(draft, UID, schemaOf);
    const reordered = Object.fromEntries(Object.entries(data).reverse());
    expect(fingerprintOf(reordered)).toBe(fingerprintOf(data));
    expect(fingerprintOf({ ...data, title: 'Другой' })).not.toBe(fingerprintOf(data));
    expect(fingerprintOf({ ...data, mediaPartners: ['p2', 'p1'] })).not.toBe(fingerprintOf(data));
  });

  it('a component re-saved with new ids is the same content', () => {
    const resaved = { ...draft, coverText: { ...draft.coverText, id: 99 }, updatedAt: 'later' };
    expect(fingerprintOf(snapshotData(resaved, UID, schemaOf))).toBe(fingerprintOf(snapshotData(draft, UID, schemaOf)));
  });
});

describe('publishPlan', () => {
  const snapshot = snapshotOf(snapshotData(draft, UID, schemaOf), new Date('2026-11-29T10:00:00Z'));

  it('publishes the draft when it is unchanged, or when there is no snapshot', () => {
    expect(publishPlan(snapshot, snapshotData({ ...draft }, UID, schemaOf))).toBe('draft');
    expect(publishPlan(undefined, { title: 'x' })).toBe('draft');
  });

  it('publishes the snapshot when the draft changed since', () => {
    expect(publishPlan(snapshot, snapshotData({ ...draft, title: 'Правка' }, UID, schemaOf))).toBe('snapshot');
  });
});

describe('snapshotLocalesToTake', () => {
  const existing = { ru: snapshotOf({}, new Date()) };
  it('adds snapshots for newly covered locales, or retakes them all', () => {
    expect(snapshotLocalesToTake(['ru', 'zh'], existing, false)).toEqual(['zh']);
    expect(snapshotLocalesToTake(['ru', 'zh'], existing, true)).toEqual(['ru', 'zh']);
    expect(snapshotLocalesToTake(['ru'], null, false)).toEqual(['ru']);
  });
});

describe('publishSteps', () => {
  const kept = snapshotOf({ title: 'as scheduled' }, new Date(0));

  it('publishes every unchanged or unsnapshotted draft together, each changed one from its snapshot', () => {
    const steps = publishSteps(
      ['ru', 'zh', 'en'],
      { ru: kept, zh: kept },
      { ru: { title: 'as scheduled' }, zh: { title: 'edited later' } }
    );
    expect(steps).toEqual({ drafts: ['ru', 'en'], snapshots: ['zh'] });
  });

  it('publishes the drafts of a latest action in one step', () => {
    expect(publishSteps(['ru', 'zh'], {}, {})).toEqual({ drafts: ['ru', 'zh'], snapshots: [] });
  });

  it('a locale whose draft is gone is left to the publish (which finds nothing to copy)', () => {
    expect(publishSteps(['ru'], { ru: kept }, { ru: null })).toEqual({ drafts: ['ru'], snapshots: [] });
  });
});

describe('localeParameter', () => {
  it('is the code for one locale and the list for several', () => {
    expect(localeParameter(['zh'])).toBe('zh');
    expect(localeParameter(['ru', 'zh'])).toEqual(['ru', 'zh']);
  });
});
