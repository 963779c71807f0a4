/**
 * Demo syndicated mentions matching the press release: "about two thousand materials mentioning
 * the SCO were distributed through the channels of Xinhua and TASS" between the contracts of
 * 11 March 2016 and the Day of SCO Journalist Friends on 23 March 2017. Deterministic (seeded
 * generator), so every database gets the same figures and a second seed adds nothing.
 */
import type { LocaleCode } from '../locales';
import { seededRandom } from './random';

export const DEMO_PERIOD = { from: '2016-03-11', to: '2017-03-22' };

interface DemoAgency {
  slug: string;
  site: string;
  total: number;
  languages: [LocaleCode, number][];
}

const AGENCIES: DemoAgency[] = [
  {
    slug: 'xinhua',
    site: 'https://www.xinhuanet.com',
    total: 1046,
    languages: [
      ['zh', 0.55],
      ['ru', 0.25],
      ['en', 0.2],
    ],
  },
  {
    slug: 'tass',
    site: 'https://tass.ru',
    total: 948,
    languages: [
      ['ru', 0.7],
      ['en', 0.25],
      ['zh', 0.05],
    ],
  },
];

const TOPICS: Record<LocaleCode, string[]> = {
  ru: [
    'Генеральный секретарь ШОС провёл встречу с послами государств-членов',
    'В Секретариате ШОС обсудили сотрудничество в сфере безопасности',
    'ШОС и партнёры обсудили развитие транспортных коридоров',
    'Эксперты ШОС обсудили противодействие терроризму',
    'В Пекине прошла пресс-конференция Генерального секретаря ШОС',
    'Шанхайская организация сотрудничества расширяет гуманитарные связи',
    'Министры государств-членов ШОС обсудили экономическое сотрудничество',
    'В ШОС подвели итоги председательства',
  ],
  zh: [
    '上合组织秘书长会见成员国驻华使节',
    '上合组织秘书处举行安全合作研讨会',
    '上合组织成员国探讨交通走廊建设',
    '上合组织专家讨论打击恐怖主义合作',
    '上合组织秘书长在北京举行记者会',
    '上海合作组织深化人文交流',
    '上合组织成员国部长讨论经济合作',
    '上合组织总结主席国工作',
  ],
  en: [
    'SCO Secretary-General meets ambassadors of member states',
    'SCO Secretariat discusses security cooperation',
    'SCO and partners discuss transport corridors',
    'SCO experts discuss countering terrorism',
    'SCO Secretary-General holds a press conference in Beijing',
    'Shanghai Cooperation Organisation expands cultural ties',
    'SCO ministers discuss economic cooperation',
    'SCO reviews the results of its chairmanship',
  ],
};

const DAY_MS = 24 * 60 * 60 * 1000;

export function demoMentions() {
  const start = Date.parse(`${DEMO_PERIOD.from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${DEMO_PERIOD.to}T00:00:00Z`) - start) / DAY_MS) + 1;

  return AGENCIES.flatMap((agency, agencyIndex) => {
    const random = seededRandom(2016 + agencyIndex);
    return Array.from({ length: agency.total }, (_, number) => {
      const date = new Date(start + Math.floor(random() * days) * DAY_MS + Math.floor(random() * DAY_MS));
      const pick = random();
      let cumulative = 0;
      const language = agency.languages.find(([, share]) => (cumulative += share) >= pick)?.[0] ?? agency.languages[0][0];
      const topics = TOPICS[language];
      const title = topics[Math.floor(random() * topics.length)];
      const day = date.toISOString().slice(0, 10);
      return {
        agency: agency.slug,
        url: `${agency.site}/pressroom-demo/${day}/sco-${String(number + 1).padStart(4, '0')}.html`,
        guid: `pressroom-demo:${agency.slug}:${number + 1}`,
        title,
        date: date.toISOString(),
        language,
      };
    });
  });
}
