import { COMPONENT_VIEWS, CONTENT_TYPE_VIEWS } from '../content-manager/views';
import { translateEditViewLayout, translateFieldText, translateListHeaders, translatedTexts } from './field-labels';

const ourTexts = () => {
  const texts = new Set<string>();
  for (const view of [...Object.values(CONTENT_TYPE_VIEWS), ...Object.values(COMPONENT_VIEWS)]) {
    for (const field of Object.values(view.metadatas ?? {})) {
      for (const text of [field.edit?.label, field.edit?.description, field.list?.label]) if (text) texts.add(text);
    }
  }
  return [...texts].sort();
};

test('every label and description of our views has a Russian and a Chinese translation, and no stale one is left', () => {
  expect([...translatedTexts()].sort()).toEqual(ourTexts());
  for (const text of ourTexts()) {
    expect(translateFieldText(text, 'ru')).not.toBe(text);
    expect(translateFieldText(text, 'zh-Hans')).not.toBe(text);
    expect(translateFieldText(text, 'en')).toBe(text);
  }
});

test('the edit view layout is translated, fields and components; a hand-written label stays', () => {
  const field = (name: string, label: string, hint?: string) => ({ name, label, hint, size: 6 });
  const layout = {
    layout: [
      [
        [
          field('eventDate', 'Event date', 'When the event takes place (the same in every language); leave empty for news.'),
          field('x', 'Our own words'),
        ],
      ],
    ],
    components: { 'partner.leader': { layout: [[field('position', 'Position')]], settings: {} } },
    settings: {},
  };
  const { layout: ru, query } = translateEditViewLayout({ layout, query: { locale: 'ru' } }, 'ru');
  expect(query).toEqual({ locale: 'ru' });
  expect(ru.layout[0][0].map((f) => [f.label, f.hint])).toEqual([
    ['Дата события', 'Когда проходит событие (одинаково на всех языках); для новостей оставьте пустым.'],
    ['Our own words', undefined],
  ]);
  expect(ru.components['partner.leader'].layout[0][0].label).toBe('Должность');
  expect(translateEditViewLayout({ layout, query: {} }, 'zh-Hans').layout.layout[0][0][0].label).toBe('活动日期');
  expect(translateEditViewLayout({ layout, query: {} }, null).layout).toEqual(layout);
});

test('list column headers are translated; headers that plugins inject as messages are left alone', () => {
  const i18nHeader = { name: 'locales', label: { id: 'i18n.list-view.table.header.label', defaultMessage: 'Available in' } };
  const { displayedHeaders } = translateListHeaders(
    { displayedHeaders: [{ name: 'partnerSince', label: 'Partner since' }, i18nHeader], layout: {} },
    'ru'
  );
  expect(displayedHeaders).toEqual([{ name: 'partnerSince', label: 'Партнёр с' }, i18nHeader]);
});
