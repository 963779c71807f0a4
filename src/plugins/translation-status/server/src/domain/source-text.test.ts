import type { Schemas } from './content-hash';
import { blocksText, changedFields, sourceText, sourceTextToKeep, type SourceTextSeen } from './source-text';

const localized = { pluginOptions: { i18n: { localized: true } } };
const shared = { pluginOptions: { i18n: { localized: false } } };

const schemas: Schemas = {
  attributes: {
    title: { type: 'string', ...localized },
    slug: { type: 'uid', ...localized },
    body: { type: 'blocks', ...localized },
    leaders: { type: 'component', component: 'partner.leader', ...localized },
    photos: { type: 'component', component: 'exhibition.photo', ...localized },
    cover: { type: 'media', ...localized },
    partner: { type: 'relation', ...localized },
    category: { type: 'enumeration', ...shared },
  },
  components: {
    'partner.leader': { attributes: { name: { type: 'string' }, position: { type: 'string' } } },
    'exhibition.photo': { attributes: { image: { type: 'media' }, caption: { type: 'text' }, takenOn: { type: 'date' } } },
  },
};

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('blocksText', () => {
  test('one line per paragraph, heading, quote and list item; links keep their text; images none', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'День журналистов-друзей ШОС' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Подробнее на ' },
          { type: 'link', url: 'https://rus.sectsco.org', children: [{ type: 'text', text: 'сайте ШОС', bold: true }] },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'image', image: { url: '/uploads/a.jpg' }, children: [{ type: 'text', text: '' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Синьхуа' }] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'ТАСС' }] }] },
        ],
      },
      { type: 'quote', children: [{ type: 'text', text: '«Жизнь показала…»' }] },
      paragraph(''),
    ];
    expect(blocksText(blocks)).toBe('День журналистов-друзей ШОС\nПодробнее на сайте ШОС.\nСиньхуа\nТАСС\n«Жизнь показала…»');
  });

  test('no blocks: no text', () => {
    expect(blocksText(null)).toBe('');
    expect(blocksText([])).toBe('');
  });
});

describe('sourceText', () => {
  test('the localized text fields in schema order, components by readable paths; no shared fields, media or relations', () => {
    const version = {
      id: 1,
      title: 'Агентство Синьхуа',
      slug: 'xinhua',
      body: [paragraph('Государственное информационное агентство КНР.')],
      leaders: [
        { id: 4, name: 'Фу Хуа', position: 'президент' },
        { id: 5, name: 'Люй Яньсун', position: null },
      ],
      photos: [{ id: 9, image: { id: 3 }, caption: 'Астана', takenOn: '2017-03-01' }],
      cover: { id: 3 },
      partner: { id: 7 },
      category: 'news',
    };
    const text = sourceText(version, schemas);
    expect(Object.entries(text)).toEqual([
      ['title', 'Агентство Синьхуа'],
      ['slug', 'xinhua'],
      ['body', 'Государственное информационное агентство КНР.'],
      ['leaders[1].name', 'Фу Хуа'],
      ['leaders[1].position', 'президент'],
      ['leaders[2].name', 'Люй Яньсун'],
      ['photos[1].caption', 'Астана'],
      ['photos[1].takenOn', '2017-03-01'],
    ]);
  });

  test('a single component gets a path without a number', () => {
    const single: Schemas = {
      attributes: { seo: { type: 'component', component: 'shared.seo', ...localized } },
      components: { 'shared.seo': { attributes: { metaTitle: { type: 'string' } } } },
    };
    expect(sourceText({ seo: { id: 1, metaTitle: 'ШОС' } }, single)).toEqual({ 'seo.metaTitle': 'ШОС' });
  });
});

describe('changedFields', () => {
  test('only fields whose text differs, a field since emptied included', () => {
    const before = { title: 'В Секретариате ШОС отметили День журналистов-друзей ШОС', location: 'Пекин', summary: 'Встреча.' };
    const after = { title: 'В Секретариате ШОС торжественно отметили День журналистов-друзей ШОС', summary: 'Встреча.', body: 'Текст' };
    expect(changedFields(before, after)).toEqual([
      { field: 'title', before: before.title, after: after.title },
      { field: 'body', before: '', after: 'Текст' },
      { field: 'location', before: 'Пекин', after: '' },
    ]);
    expect(changedFields(after, after)).toEqual([]);
  });
});

describe('sourceTextToKeep', () => {
  const now: SourceTextSeen = { locale: 'ru', fields: { title: 'Заседание Совета министров иностранных дел' } };
  const then: SourceTextSeen = { locale: 'ru', fields: { title: 'Заседание СМИД' } };
  const unknown: SourceTextSeen = { locale: 'ru', fields: null };
  const base = { kept: then, isSource: false, broughtUpToDate: false, current: false, source: now };

  test('brought up to date (created, edited, reviewed): the source as it is now', () => {
    expect(sourceTextToKeep({ ...base, broughtUpToDate: true })).toBe(now);
    expect(sourceTextToKeep({ ...base, kept: null, broughtUpToDate: true })).toBe(now);
  });

  test('otherwise what was kept stays, outdated or not', () => {
    expect(sourceTextToKeep(base)).toBeUndefined();
    expect(sourceTextToKeep({ ...base, current: true })).toBeUndefined();
  });

  test('recorded before the texts were kept: current ones get the source now; outdated ones say it is not known, once', () => {
    expect(sourceTextToKeep({ ...base, kept: null, current: true })).toBe(now);
    expect(sourceTextToKeep({ ...base, kept: unknown, current: true })).toBe(now);
    expect(sourceTextToKeep({ ...base, kept: null })).toEqual(unknown);
    expect(sourceTextToKeep({ ...base, kept: unknown })).toBeUndefined();
  });

  test('a text kept from another source (the source locale changed) is not compared with this one', () => {
    const zh: SourceTextSeen = { locale: 'zh', fields: { title: '外长理事会会议' } };
    expect(sourceTextToKeep({ ...base, kept: zh })).toEqual(unknown);
    expect(sourceTextToKeep({ ...base, kept: zh, current: true })).toBe(now);
  });

  test('the source keeps none; without a source version nothing changes', () => {
    expect(sourceTextToKeep({ ...base, isSource: true })).toBeNull();
    expect(sourceTextToKeep({ ...base, kept: null, isSource: true })).toBeUndefined();
    expect(sourceTextToKeep({ ...base, source: null })).toBeNull();
    expect(sourceTextToKeep({ ...base, kept: null, source: null })).toBeUndefined();
  });
});
