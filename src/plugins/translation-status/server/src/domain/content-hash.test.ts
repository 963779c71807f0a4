import { contentHash, translatedFields, type Schemas } from './content-hash';

const localized = { pluginOptions: { i18n: { localized: true } } };
const shared = { pluginOptions: { i18n: { localized: false } } };

const schemas: Schemas = {
  attributes: {
    title: { type: 'string', ...localized },
    body: { type: 'blocks', ...localized },
    leaders: { type: 'component', component: 'partner.leader', ...localized },
    cover: { type: 'media', ...localized },
    partner: { type: 'relation', ...localized },
    category: { type: 'enumeration', ...shared },
    eventDate: { type: 'datetime' },
  },
  components: {
    'partner.leader': { attributes: { name: { type: 'string' }, position: { type: 'string' } } },
  },
};

const version = {
  id: 1,
  documentId: 'doc',
  locale: 'ru',
  title: 'Заседание',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Текст' }] }],
  leaders: [{ id: 7, name: 'Иванов', position: 'директор' }],
  cover: { id: 3 },
  partner: { id: 4 },
  category: 'event',
  eventDate: '2017-03-23T10:00:00.000Z',
  updatedAt: '2017-03-23T10:00:00.000Z',
  publishedAt: null,
};

describe('content fingerprint', () => {
  test('only localized fields that carry text count; relations and media do not', () => {
    expect(translatedFields(schemas.attributes)).toEqual(['body', 'leaders', 'title']);
  });

  test('shared fields, relations, media, ids, timestamps and publication leave it unchanged', () => {
    const hash = contentHash(version, schemas);
    expect(
      contentHash(
        {
          ...version,
          id: 2,
          category: 'news',
          eventDate: '2018-01-01T00:00:00.000Z',
          cover: null,
          partner: { id: 9 },
          updatedAt: new Date(),
          publishedAt: new Date(),
          leaders: [{ id: 99, name: 'Иванов', position: 'директор' }],
        },
        schemas
      )
    ).toBe(hash);
  });

  test('a change in a localized field, a component or rich text changes it', () => {
    const hash = contentHash(version, schemas);
    expect(contentHash({ ...version, title: 'Заседание Совета' }, schemas)).not.toBe(hash);
    expect(contentHash({ ...version, leaders: [{ id: 7, name: 'Иванов', position: 'генеральный директор' }] }, schemas)).not.toBe(hash);
    expect(contentHash({ ...version, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Текст.' }] }] }, schemas)).not.toBe(
      hash
    );
  });

  test('key order and empty values do not matter: null, undefined and "" are the same', () => {
    const reordered = { leaders: [{ position: 'директор', name: 'Иванов' }], body: version.body, title: 'Заседание' };
    expect(contentHash(reordered, schemas)).toBe(contentHash(version, schemas));
    expect(contentHash({ ...version, title: '' }, schemas)).toBe(contentHash({ ...version, title: null }, schemas));
    expect(contentHash({ ...version, title: undefined }, schemas)).toBe(contentHash({ ...version, title: null }, schemas));
  });
});
