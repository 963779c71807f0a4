/**
 * The Content Manager shows a field's label and description as the plain strings stored in its
 * configuration (src/content-manager/views.ts, in English), without formatMessage. This turns
 * ours into the interface language; a label an administrator wrote by hand is not ours and stays.
 */
type Translation = [ru: string, zh: string];

const TRANSLATIONS: Record<string, Translation> = {
  Title: ['Заголовок', '标题'],
  Slug: ['Адрес (slug)', '网址标识（slug）'],
  'Web address (slug): lowercase Latin letters, digits and hyphens; generated from the title, one per language.': [
    'Часть веб-адреса: строчные латинские буквы, цифры и дефисы; создаётся из заголовка, своя для каждого языка.',
    '网址的一部分：小写拉丁字母、数字和连字符；由标题生成，每种语言各一个。',
  ],
  Summary: ['Краткое содержание', '摘要'],
  'Lead paragraph shown in lists.': ['Вводный абзац, показывается в списках.', '导语，显示在列表中。'],
  Text: ['Текст', '正文'],
  Category: ['Рубрика', '类别'],
  'Event: a past event; Upcoming event: announced ahead; News; Statement: an official statement.': [
    'Событие: прошедшее событие; Предстоящее событие: анонс; Новость; Заявление: официальное заявление.',
    '活动：已举行的活动；预告活动：提前公布；新闻；声明：正式声明。',
  ],
  'Event date': ['Дата события', '活动日期'],
  'When the event takes place (the same in every language); leave empty for news.': [
    'Когда проходит событие (одинаково на всех языках); для новостей оставьте пустым.',
    '活动举行的时间（各语言相同）；新闻可留空。',
  ],
  Place: ['Место', '地点'],
  'City and venue.': ['Город и место проведения.', '城市和场地。'],
  'Cover image': ['Обложка', '封面图片'],
  'JPEG, PNG, WebP, GIF or AVIF.': ['JPEG, PNG, WebP, GIF или AVIF.', 'JPEG、PNG、WebP、GIF 或 AVIF。'],
  'Media partners': ['Медиапартнёры', '媒体合作伙伴'],
  Contracts: ['Соглашения', '协议'],
  'Photo exhibitions': ['Фотовыставки', '摄影展'],
  Name: ['Название', '名称'],
  'Full name of the agency.': ['Полное название агентства.', '机构全称。'],
  'Short name': ['Краткое название', '简称'],
  'As in running text (TASS, Xinhua).': ['Как в тексте (ТАСС, Синьхуа).', '正文中的写法（塔斯社、新华社）。'],
  Country: ['Страна', '国家'],
  'ISO 3166-1 alpha-2 code in capitals: CN, RU, KZ…': [
    'Код ISO 3166-1 alpha-2 заглавными буквами: CN, RU, KZ…',
    'ISO 3166-1 alpha-2 大写代码：CN、RU、KZ…',
  ],
  Kind: ['Тип', '类型'],
  'News agency, newspaper, broadcaster (TV or radio) or online media.': [
    'Информационное агентство, газета, телерадиокомпания или интернет-издание.',
    '通讯社、报纸、广播电视台或网络媒体。',
  ],
  Website: ['Сайт', '网站'],
  'Full address starting with http:// or https://, e.g. https://www.xinhuanet.com.': [
    'Полный адрес, начинающийся с http:// или https://, например https://www.xinhuanet.com.',
    '以 http:// 或 https:// 开头的完整网址，例如 https://www.xinhuanet.com。',
  ],
  Logo: ['Логотип', '标志'],
  Description: ['Описание', '简介'],
  Leaders: ['Руководители', '领导人'],
  'Heads of the agency, in the order shown on the website.': [
    'Руководители агентства в порядке показа на сайте.',
    '机构负责人，按网站上的显示顺序。',
  ],
  'Partner since': ['Партнёр с', '合作起始日期'],
  'Date the partnership began; mention counts start here.': [
    'Дата начала партнёрства; с неё считаются упоминания.',
    '合作开始的日期；转载统计从此日开始。',
  ],
  Announcements: ['Анонсы', '公告'],
  Number: ['Номер', '编号'],
  'Registration number.': ['Регистрационный номер.', '登记编号。'],
  'Signed on': ['Дата подписания', '签署日期'],
  'Signed in': ['Место подписания', '签署地点'],
  'City where it was signed.': ['Город, где подписано соглашение.', '签署所在城市。'],
  Partner: ['Партнёр', '合作伙伴'],
  Signatories: ['Подписавшие', '签署人'],
  Status: ['Статус', '状态'],
  'Draft: being negotiated; Active: in force; Expired: past its term; Terminated: ended early.': [
    'Проект: обсуждается; Действует: в силе; Истёк: срок закончился; Расторгнут: прекращён досрочно.',
    '草案：正在商谈；有效：正在生效；已到期：期限已过；已终止：提前终止。',
  ],
  'Valid from': ['Действует с', '生效日期'],
  'Valid until': ['Действует до', '有效期至'],
  'Not before "Valid from".': ['Не раньше даты «Действует с».', '不得早于“生效日期”。'],
  'Document (PDF)': ['Документ (PDF)', '文件（PDF）'],
  Venue: ['Место проведения', '展馆'],
  City: ['Город', '城市'],
  'Opens on': ['Открытие', '开幕日期'],
  'Closes on': ['Закрытие', '闭幕日期'],
  'Not before "Opens on".': ['Не раньше даты открытия.', '不得早于“开幕日期”。'],
  Photos: ['Фотографии', '照片'],
  'In the order of the exhibition.': ['В порядке экспозиции.', '按展览顺序。'],
  'E.g. "TASS, Russian".': ['Например, «ТАСС, русская лента».', '例如“塔斯社，俄文”。'],
  'Feed address': ['Адрес ленты', '订阅源地址'],
  'RSS, Atom or JSON feed, starting with http:// or https://.': [
    'Лента RSS, Atom или JSON, адрес начинается с http:// или https://.',
    'RSS、Atom 或 JSON 订阅源，以 http:// 或 https:// 开头。',
  ],
  Language: ['Язык', '语言'],
  'Language of the feed; Automatic: detected per item.': [
    'Язык ленты; «Автоматически»: определяется для каждого материала.',
    '订阅源的语言；“自动”：逐条识别。',
  ],
  Polled: ['Опрашивается', '轮询'],
  'Off: the feed is kept but not polled.': ['Выключено: лента сохраняется, но не опрашивается.', '关闭：保留订阅源但不轮询。'],
  Agency: ['Агентство', '通讯社'],
  'Last polled': ['Последний опрос', '上次轮询'],
  'Last result': ['Последний результат', '上次结果'],
  'Set by the poller.': ['Заполняется при опросе.', '由轮询程序填写。'],
  'Last error': ['Последняя ошибка', '上次错误'],
  'Items seen': ['Материалов в ленте', '条目数'],
  'In the last poll.': ['При последнем опросе.', '上次轮询时。'],
  'Mentions found': ['Найдено упоминаний', '发现的提及'],
  'Items not read': ['Не прочитано материалов', '未读取的条目'],
  'In the last poll; the reasons are on the Syndication page.': [
    'При последнем опросе; причины — на странице «Распространение».',
    '上次轮询时；原因见“媒体转载”页面。',
  ],
  'Items dated at the poll': ['Датировано временем опроса', '以轮询时间标注日期的条目'],
  'In the last poll: no readable date.': ['При последнем опросе: дата не прочитана.', '上次轮询时：没有可读的日期。'],
  Encoding: ['Кодировка', '字符编码'],
  'Read in the last poll.': ['Определена при последнем опросе.', '上次轮询时识别。'],
  'Encoding chosen by': ['Как выбрана кодировка', '编码依据'],
  'Byte order mark, HTTP, XML declaration, detection…': [
    'Метка порядка байтов, HTTP, XML-объявление, распознавание…',
    '字节顺序标记、HTTP、XML 声明、自动检测……',
  ],
  Position: ['Должность', '职务'],
  Organisation: ['Организация', '组织'],
  Photo: ['Фотография', '照片'],
  Caption: ['Подпись', '说明'],
  Photographer: ['Автор', '摄影师'],
  'Taken on': ['Дата съёмки', '拍摄日期'],
  'Cover image text': ['Текст к обложке', '封面图片文字'],
  'Logo text': ['Текст к логотипу', '标志文字'],
  'Alternative text and caption of the picture above, in this language.': [
    'Альтернативный текст и подпись к изображению выше на этом языке.',
    '上方图片在本语言中的替代文字和说明。',
  ],
  'Alternative text': ['Альтернативный текст', '替代文字'],
  'What the picture shows, in this language, for screen readers and search engines; required in every language.': [
    'Что изображено, на этом языке, для программ чтения с экрана и поисковых систем; нужен на каждом языке.',
    '用本语言描述图片内容，供屏幕阅读器和搜索引擎使用；每种语言都必须填写。',
  ],
  'Shown under the picture.': ['Показывается под изображением.', '显示在图片下方。'],
};

/** The admin's interface language, as @strapi/admin keeps it. */
export const LANGUAGE_STORAGE_KEY = 'strapi-admin-language';

/** Our English label or description in the given interface language; anything else unchanged. */
export function translateFieldText(text: string, language: string | null): string {
  const translation = TRANSLATIONS[text];
  if (!translation) return text;
  if (language === 'ru') return translation[0];
  if (language === 'zh-Hans') return translation[1];
  return text;
}

export const translatedTexts = () => Object.keys(TRANSLATIONS);

interface EditField {
  label?: string;
  hint?: string;
  [key: string]: unknown;
}
interface EditLayout {
  layout: EditField[][][];
  components: Record<string, { layout: EditField[][]; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** Content Manager hook Admin/CM/pages/EditView/mutate-edit-view-layout. */
export function translateEditViewLayout<Q>({ layout, query }: { layout: EditLayout; query: Q }, language: string | null) {
  const translate = (field: EditField): EditField => ({
    ...field,
    ...(typeof field.label === 'string' ? { label: translateFieldText(field.label, language) } : {}),
    ...(typeof field.hint === 'string' ? { hint: translateFieldText(field.hint, language) } : {}),
  });
  return {
    query,
    layout: {
      ...layout,
      layout: layout.layout.map((panel) => panel.map((row) => row.map(translate))),
      components: Object.fromEntries(
        Object.entries(layout.components).map(([uid, component]) => [
          uid,
          { ...component, layout: component.layout.map((row) => row.map(translate)) },
        ])
      ),
    },
  };
}

interface ListHeader {
  label?: unknown;
  [key: string]: unknown;
}

/** Content Manager hook Admin/CM/pages/ListView/inject-column-in-table: the list's column headers. */
export function translateListHeaders<L>(
  { displayedHeaders, layout }: { displayedHeaders: ListHeader[]; layout: L },
  language: string | null
) {
  return {
    layout,
    displayedHeaders: displayedHeaders.map((header) =>
      typeof header.label === 'string' ? { ...header, label: translateFieldText(header.label, language) } : header
    ),
  };
}
