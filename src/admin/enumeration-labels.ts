/**
 * Human labels of the enumeration values of Pressroom's types, per interface language. The
 * Content Manager's select shows a value through formatMessage({ id: value }), so each value is
 * its own message id. Field labels are plain strings there (not translated): see
 * src/content-manager/views.ts.
 */
export const ENUMERATION_LABELS: Record<'en' | 'ru' | 'zh-Hans', Record<string, string>> = {
  en: {
    event: 'Event',
    news: 'News',
    statement: 'Statement',
    'upcoming-event': 'Upcoming event',
    'news-agency': 'News agency',
    newspaper: 'Newspaper',
    broadcaster: 'Broadcaster (TV, radio)',
    online: 'Online media',
    draft: 'Draft',
    active: 'Active',
    expired: 'Expired',
    terminated: 'Terminated',
    auto: 'Automatic',
    'not-modified': 'Not modified',
  },
  ru: {
    event: 'Событие',
    news: 'Новость',
    statement: 'Заявление',
    'upcoming-event': 'Предстоящее событие',
    'news-agency': 'Информационное агентство',
    newspaper: 'Газета',
    broadcaster: 'Телерадиокомпания',
    online: 'Интернет-издание',
    draft: 'Проект',
    active: 'Действует',
    expired: 'Истёк',
    terminated: 'Расторгнут',
    auto: 'Автоматически',
    'not-modified': 'Без изменений',
  },
  'zh-Hans': {
    event: '活动',
    news: '新闻',
    statement: '声明',
    'upcoming-event': '预告活动',
    'news-agency': '通讯社',
    newspaper: '报纸',
    broadcaster: '广播电视台',
    online: '网络媒体',
    draft: '草案',
    active: '有效',
    expired: '已到期',
    terminated: '已终止',
    auto: '自动',
    'not-modified': '未更改',
  },
};
