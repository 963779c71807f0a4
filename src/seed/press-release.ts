/**
 * The demo content: the Secretariat's press release of 23 March 2017 on the Day of SCO
 * Journalist Friends (../shared/seed/sco-journalists-day-2017.ru.txt), in Russian as released
 * and in our Chinese and English translations. Slugs are the contract for tests and websites.
 * Where the release gives no date, time or number, none is invented.
 */
import type { LocaleCode } from '../locales';
import { paragraph, quote, type Block } from './blocks';
import type { DemoImageKey } from './images';

export type Localized<T> = Record<LocaleCode, T>;

export interface Person {
  name: string;
  position: string;
}

export interface DemoMediaPartner {
  slug: string;
  country: string;
  kind: 'news-agency' | 'newspaper' | 'broadcaster' | 'online';
  website: string;
  partnerSince: string;
  logo: DemoImageKey;
  text: Localized<{ name: string; shortName: string; description: string; leaders: Person[] }>;
}

export interface DemoContract {
  slug: string;
  partner: string;
  signedOn: string;
  contractStatus: 'draft' | 'active' | 'expired' | 'terminated';
  text: Localized<{
    title: string;
    signedIn: string;
    summary: string;
    signatories: (Person & { organization: string })[];
  }>;
}

export interface DemoPhotoExhibition {
  slug: string;
  opensOn: string;
  photos: { image: DemoImageKey; author: string; caption: Localized<string> }[];
  text: Localized<{ title: string; venue: string; city: string; description: Block[] }>;
}

export interface DemoAnnouncement {
  slug: string;
  category: 'event' | 'news' | 'statement' | 'upcoming-event';
  /** The day of the event, YYYY-MM-DD. */
  eventDate: string | null;
  cover: DemoImageKey | null;
  mediaPartners: string[];
  contracts: string[];
  photoExhibitions: string[];
  text: Localized<{ title: string; summary: string; location: string | null; body: Block[] }>;
}

const SECRETARIAT: Localized<string> = {
  ru: 'Секретариат ШОС',
  zh: '上合组织秘书处',
  en: 'SCO Secretariat',
};

const ALIMOV: Localized<Person & { organization: string }> = {
  ru: { name: 'Рашид Алимов', position: 'Генеральный секретарь ШОС', organization: SECRETARIAT.ru },
  zh: { name: '拉希德·阿利莫夫', position: '上合组织秘书长', organization: SECRETARIAT.zh },
  en: { name: 'Rashid Alimov', position: 'Secretary-General of the SCO', organization: SECRETARIAT.en },
};

const CAI_MINGZHAO: Localized<Person> = {
  ru: { name: 'Цай Минчжао', position: 'Президент агентства Синьхуа' },
  zh: { name: '蔡名照', position: '新华社社长' },
  en: { name: 'Cai Mingzhao', position: 'President of Xinhua News Agency' },
};

const MIKHAILOV: Localized<Person> = {
  ru: { name: 'С. В. Михайлов', position: 'Генеральный директор ТАСС' },
  zh: { name: '谢·瓦·米哈伊洛夫', position: '塔斯社社长' },
  en: { name: 'S. V. Mikhailov', position: 'Director General of TASS' },
};

const TOIBOLDIN: Localized<Person> = {
  ru: { name: 'Жасулан Тойболдин', position: 'Заместитель Генерального директора МИА «Казинформ»' },
  zh: { name: '扎苏兰·托伊博尔金', position: '哈通社副社长' },
  en: { name: 'Zhasulan Toiboldin', position: 'Deputy Director General of Kazinform' },
};

const signatory = (person: Localized<Person>, organization: Localized<string>, locale: LocaleCode) => ({
  ...person[locale],
  organization: organization[locale],
});

const XINHUA_NAME: Localized<string> = {
  ru: 'Информационное агентство Синьхуа',
  zh: '新华通讯社',
  en: 'Xinhua News Agency',
};
const TASS_NAME: Localized<string> = {
  ru: 'Информационное агентство России ТАСС',
  zh: '俄罗斯塔斯社',
  en: 'TASS Russian News Agency',
};
const KAZINFORM_NAME: Localized<string> = {
  ru: 'Международное информационное агентство «Казинформ»',
  zh: '哈萨克斯坦国际通讯社',
  en: 'Kazinform International News Agency',
};

export const MEDIA_PARTNERS: DemoMediaPartner[] = [
  {
    slug: 'xinhua',
    country: 'CN',
    kind: 'news-agency',
    website: 'https://www.xinhuanet.com',
    partnerSince: '2016-03-11',
    logo: 'xinhuaLogo',
    text: {
      ru: {
        name: XINHUA_NAME.ru,
        shortName: 'Синьхуа',
        description:
          'Государственное информационное агентство Китайской Народной Республики. Контракт о сотрудничестве с Секретариатом ШОС подписан 11 марта 2016 года в Штаб-квартире ШОС в Пекине.',
        leaders: [CAI_MINGZHAO.ru],
      },
      zh: {
        name: XINHUA_NAME.zh,
        shortName: '新华社',
        description: '中华人民共和国国家通讯社。2016年3月11日在北京上合组织总部与上合组织秘书处签署合作协议。',
        leaders: [CAI_MINGZHAO.zh],
      },
      en: {
        name: XINHUA_NAME.en,
        shortName: 'Xinhua',
        description:
          "The state news agency of the People's Republic of China. Its cooperation contract with the SCO Secretariat was signed on 11 March 2016 at the SCO Headquarters in Beijing.",
        leaders: [CAI_MINGZHAO.en],
      },
    },
  },
  {
    slug: 'tass',
    country: 'RU',
    kind: 'news-agency',
    website: 'https://tass.ru',
    partnerSince: '2016-03-11',
    logo: 'tassLogo',
    text: {
      ru: {
        name: TASS_NAME.ru,
        shortName: 'ТАСС',
        description:
          'Государственное информационное агентство Российской Федерации. Контракт о сотрудничестве с Секретариатом ШОС подписан 11 марта 2016 года в Штаб-квартире ШОС в Пекине.',
        leaders: [MIKHAILOV.ru],
      },
      zh: {
        name: TASS_NAME.zh,
        shortName: '塔斯社',
        description: '俄罗斯联邦国家通讯社。2016年3月11日在北京上合组织总部与上合组织秘书处签署合作协议。',
        leaders: [MIKHAILOV.zh],
      },
      en: {
        name: TASS_NAME.en,
        shortName: 'TASS',
        description:
          'The state news agency of the Russian Federation. Its cooperation contract with the SCO Secretariat was signed on 11 March 2016 at the SCO Headquarters in Beijing.',
        leaders: [MIKHAILOV.en],
      },
    },
  },
  {
    slug: 'kazinform',
    country: 'KZ',
    kind: 'news-agency',
    website: 'https://www.inform.kz',
    partnerSince: '2017-03-23',
    logo: 'kazinformLogo',
    text: {
      ru: {
        name: KAZINFORM_NAME.ru,
        shortName: 'Казинформ',
        description:
          'Международное информационное агентство Республики Казахстан. Контракт о сотрудничестве с Секретариатом ШОС подписан 23 марта 2017 года, в День журналистов-друзей ШОС.',
        leaders: [TOIBOLDIN.ru],
      },
      zh: {
        name: KAZINFORM_NAME.zh,
        shortName: '哈通社',
        description: '哈萨克斯坦共和国国际通讯社。2017年3月23日“上合组织记者之友日”当天与上合组织秘书处签署合作协议。',
        leaders: [TOIBOLDIN.zh],
      },
      en: {
        name: KAZINFORM_NAME.en,
        shortName: 'Kazinform',
        description:
          'The international news agency of the Republic of Kazakhstan. Its cooperation contract with the SCO Secretariat was signed on 23 March 2017, the Day of SCO Journalist Friends.',
        leaders: [TOIBOLDIN.en],
      },
    },
  },
];

const HEADQUARTERS: Localized<string> = {
  ru: 'Пекин, Штаб-квартира ШОС',
  zh: '北京，上合组织总部',
  en: 'SCO Headquarters, Beijing',
};
const SECRETARIAT_BEIJING: Localized<string> = {
  ru: 'Пекин, Секретариат ШОС',
  zh: '北京，上合组织秘书处',
  en: 'SCO Secretariat, Beijing',
};

export const CONTRACTS: DemoContract[] = [
  {
    slug: 'sco-xinhua-2016',
    partner: 'xinhua',
    signedOn: '2016-03-11',
    contractStatus: 'active',
    text: {
      ru: {
        title: 'Контракт о сотрудничестве между Секретариатом ШОС и агентством Синьхуа',
        signedIn: HEADQUARTERS.ru,
        summary: 'Подписан 11 марта 2016 года во время посещения Штаб-квартиры ШОС руководителями крупнейших международных информагентств.',
        signatories: [signatory(CAI_MINGZHAO, XINHUA_NAME, 'ru'), ALIMOV.ru],
      },
      zh: {
        title: '上合组织秘书处与新华社合作协议',
        signedIn: HEADQUARTERS.zh,
        summary: '2016年3月11日，大型国际通讯社负责人访问上合组织总部期间签署。',
        signatories: [signatory(CAI_MINGZHAO, XINHUA_NAME, 'zh'), ALIMOV.zh],
      },
      en: {
        title: 'Cooperation contract between the SCO Secretariat and Xinhua News Agency',
        signedIn: HEADQUARTERS.en,
        summary: 'Signed on 11 March 2016, when the heads of the largest international news agencies visited the SCO Headquarters.',
        signatories: [signatory(CAI_MINGZHAO, XINHUA_NAME, 'en'), ALIMOV.en],
      },
    },
  },
  {
    slug: 'sco-tass-2016',
    partner: 'tass',
    signedOn: '2016-03-11',
    contractStatus: 'active',
    text: {
      ru: {
        title: 'Контракт о сотрудничестве между Секретариатом ШОС и агентством ТАСС',
        signedIn: HEADQUARTERS.ru,
        summary: 'Подписан 11 марта 2016 года во время посещения Штаб-квартиры ШОС руководителями крупнейших международных информагентств.',
        signatories: [signatory(MIKHAILOV, TASS_NAME, 'ru'), ALIMOV.ru],
      },
      zh: {
        title: '上合组织秘书处与塔斯社合作协议',
        signedIn: HEADQUARTERS.zh,
        summary: '2016年3月11日，大型国际通讯社负责人访问上合组织总部期间签署。',
        signatories: [signatory(MIKHAILOV, TASS_NAME, 'zh'), ALIMOV.zh],
      },
      en: {
        title: 'Cooperation contract between the SCO Secretariat and TASS',
        signedIn: HEADQUARTERS.en,
        summary: 'Signed on 11 March 2016, when the heads of the largest international news agencies visited the SCO Headquarters.',
        signatories: [signatory(MIKHAILOV, TASS_NAME, 'en'), ALIMOV.en],
      },
    },
  },
  {
    slug: 'sco-kazinform-2017',
    partner: 'kazinform',
    signedOn: '2017-03-23',
    contractStatus: 'active',
    text: {
      ru: {
        title: 'Контракт о сотрудничестве между Секретариатом ШОС и МИА «Казинформ»',
        signedIn: SECRETARIAT_BEIJING.ru,
        summary: 'Подписан 23 марта 2017 года в Секретариате ШОС в ходе празднования Дня журналистов-друзей ШОС.',
        signatories: [signatory(TOIBOLDIN, KAZINFORM_NAME, 'ru'), ALIMOV.ru],
      },
      zh: {
        title: '上合组织秘书处与哈通社合作协议',
        signedIn: SECRETARIAT_BEIJING.zh,
        summary: '2017年3月23日“上合组织记者之友日”活动期间在上合组织秘书处签署。',
        signatories: [signatory(TOIBOLDIN, KAZINFORM_NAME, 'zh'), ALIMOV.zh],
      },
      en: {
        title: 'Cooperation contract between the SCO Secretariat and Kazinform',
        signedIn: SECRETARIAT_BEIJING.en,
        summary: 'Signed on 23 March 2017 at the SCO Secretariat during the celebration of the Day of SCO Journalist Friends.',
        signatories: [signatory(TOIBOLDIN, KAZINFORM_NAME, 'en'), ALIMOV.en],
      },
    },
  },
];

const DEMO_PHOTO_AUTHOR = 'Pressroom demo illustration';

export const PHOTO_EXHIBITIONS: DemoPhotoExhibition[] = [
  {
    slug: 'astana-photo-exhibition-2017',
    opensOn: '2017-03-23',
    photos: [
      {
        image: 'baiterek',
        author: DEMO_PHOTO_AUTHOR,
        caption: { ru: 'Монумент «Байтерек»', zh: '巴伊杰列克观景塔', en: 'The Baiterek monument' },
      },
      {
        image: 'khanShatyr',
        author: DEMO_PHOTO_AUTHOR,
        caption: { ru: 'Центр «Хан Шатыр»', zh: '可汗帐篷娱乐中心', en: 'The Khan Shatyr centre' },
      },
      {
        image: 'peacePalace',
        author: DEMO_PHOTO_AUTHOR,
        caption: { ru: 'Дворец мира и согласия', zh: '和平与和谐宫', en: 'The Palace of Peace and Reconciliation' },
      },
      {
        image: 'ishim',
        author: DEMO_PHOTO_AUTHOR,
        caption: { ru: 'Набережная реки Ишим', zh: '伊希姆河畔', en: 'The Ishim river embankment' },
      },
    ],
    text: {
      ru: {
        title: 'Фотовыставка, посвящённая Астане — столице Республики Казахстан',
        venue: SECRETARIAT.ru,
        city: 'Пекин',
        description: [
          paragraph(
            'Фотовыставка, посвящённая столице Республики Казахстан — городу Астане, была представлена гостям Дня журналистов-друзей ШОС 23 марта 2017 года в Секретариате ШОС.'
          ),
        ],
      },
      zh: {
        title: '哈萨克斯坦共和国首都阿斯塔纳主题图片展',
        venue: SECRETARIAT.zh,
        city: '北京',
        description: [
          paragraph(
            '2017年3月23日，在上合组织秘书处举行的“上合组织记者之友日”活动上，向来宾展示了以哈萨克斯坦共和国首都阿斯塔纳为主题的图片展。'
          ),
        ],
      },
      en: {
        title: 'Photo exhibition: Astana, capital of the Republic of Kazakhstan',
        venue: SECRETARIAT.en,
        city: 'Beijing',
        description: [
          paragraph(
            'A photo exhibition dedicated to Astana, the capital of the Republic of Kazakhstan, was presented to the guests of the Day of SCO Journalist Friends at the SCO Secretariat on 23 March 2017.'
          ),
        ],
      },
    },
  },
];

export const ANNOUNCEMENTS: DemoAnnouncement[] = [
  {
    slug: 'sco-journalists-friends-day-2017',
    category: 'event',
    eventDate: '2017-03-23',
    cover: 'secretariat',
    mediaPartners: ['xinhua', 'tass', 'kazinform'],
    contracts: ['sco-kazinform-2017'],
    photoExhibitions: ['astana-photo-exhibition-2017'],
    text: {
      ru: {
        title: 'В Секретариате ШОС отметили День журналистов-друзей ШОС',
        summary:
          '23 марта 2017 года журналисты государств-членов ШОС вновь встретились в Секретариате ШОС в Пекине. В этот день подписан контракт о сотрудничестве с МИА «Казинформ».',
        location: 'Секретариат ШОС, Пекин',
        body: [
          paragraph(
            '23 марта 2017 года в Секретариате ШОС в Пекине вновь встретились журналисты государств-членов Организации, чтобы отметить общий для всех праздник — День журналистов-друзей ШОС.'
          ),
          paragraph(
            'Обращаясь к журналистам, Генеральный секретарь ШОС напомнил, что год тому назад 11 марта 2016 года Штаб-квартиру ШОС посетили руководители крупнейших международных информагентств — Президент Синьхуа господин Цай Минчжао и Генеральный директор ТАСС С.В.Михайлов. В тот день были подписаны контракты о сотрудничестве с Секретариатом ШОС. Тогда же было принято решение о ежегодном проведении Дня журналистов-друзей ШОС. «Жизнь показала, насколько эффективным и обоюдополезным оказалось это сотрудничество. За истекший период около двух тысяч материалов с упоминанием ШОС были распространены по каналам Синьхуа и ТАСС», — подчеркнул Р.Алимов.'
          ),
          paragraph(
            'Сегодня эта традиция была продолжена подписанием контракта о сотрудничестве между Секретариатом ШОС и Международным информационным агентством Республики Казахстан «Казинформ».'
          ),
          paragraph(
            'Генеральный секретарь выразил надежду, что с подписанием контракта взаимодействие с МИА «Казинформ» выйдет на качественно новый уровень.'
          ),
          quote(
            '«Хотелось бы отметить, что за прошедший год, наряду с мероприятиями политического и экономического характера в рамках ШОС, на наш взгляд, заметно усилилась культурно-гуманитарная составляющая деятельности Организации. Это становится достоянием общественности благодаря активной информационной работе, которую проводит Секретариат ШОС. Мы с большим интересом отслеживаем события и новости "шанхайской семьи" на обновленной версии интернет-сайта Секретариата ШОС. Уверен, что с подписанием нынешнего соглашения между МИА "Казинформ" и Секретариатом ШОС, наше сотрудничество и информационная работа будут выведены на качественно новый уровень, и все больше людей в Казахстане и других странах региона смогут держать руку на пульсе жизни "шанхайской семьи"!» — заявил заместитель Генерального директора МИА «Казинформ» Жасулан Тойболдин.'
          ),
          paragraph(
            'Р.Алимов также выразил признательность друзьям-журналистам за внимание к разноплановой деятельности Организации и ознакомил их с основными мероприятиями, которые состоятся в преддверии Саммита ШОС в Астане, а именно Встречей секретарей Советов безопасности государств-членов ШОС и Заседанием Совета министров иностранных дел государств-членов ШОС.'
          ),
          paragraph(
            'В рамках встречи гостям также была представлена презентация официального аккаунта Шанхайской организации сотрудничества в социальной сети «Вэйбо» и фотовыставка, посвященная столице Республики Казахстан — городу Астане.'
          ),
        ],
      },
      zh: {
        title: '上合组织秘书处举办“上合组织记者之友日”活动',
        summary: '2017年3月23日，上合组织成员国记者再次齐聚北京上合组织秘书处。当天，秘书处与哈通社签署了合作协议。',
        location: '北京，上合组织秘书处',
        body: [
          paragraph('2017年3月23日，上合组织成员国的记者们再次齐聚北京上合组织秘书处，共同庆祝大家共同的节日——“上合组织记者之友日”。'),
          paragraph(
            '上合组织秘书长在向记者们致辞时回顾说，一年前，即2016年3月11日，新华社社长蔡名照先生和塔斯社社长谢·瓦·米哈伊洛夫等大型国际通讯社负责人访问了上合组织总部。当天，双方与上合组织秘书处签署了合作协议，并决定每年举办“上合组织记者之友日”活动。阿利莫夫强调：“实践证明，这一合作卓有成效、互利共赢。在此期间，新华社和塔斯社渠道共播发了约两千篇涉及上合组织的稿件。”'
          ),
          paragraph('今天，上合组织秘书处与哈萨克斯坦共和国国际通讯社“哈通社”签署合作协议，延续了这一传统。'),
          paragraph('秘书长表示，希望随着协议的签署，与哈通社的合作将提升到崭新的水平。'),
          quote(
            '哈通社副社长扎苏兰·托伊博尔金表示：“我想指出，过去一年来，在上合组织框架内举行政治和经济领域活动的同时，我们认为，本组织活动中的人文合作内容明显增强。这一切之所以为公众所知，得益于上合组织秘书处积极开展的新闻工作。我们饶有兴趣地在上合组织秘书处改版后的网站上关注‘上海大家庭’的活动和新闻。我相信，随着哈通社与上合组织秘书处今天签署协议，我们的合作和新闻工作将提升到崭新的水平，哈萨克斯坦和本地区其他国家将有越来越多的人能够随时把握‘上海大家庭’的脉搏！”'
          ),
          paragraph(
            '阿利莫夫还感谢记者朋友们对本组织多领域活动的关注，并向他们介绍了上合组织阿斯塔纳峰会前夕将要举行的主要活动，即上合组织成员国安全会议秘书会议和上合组织成员国外交部长理事会会议。'
          ),
          paragraph(
            '活动期间，还向来宾介绍了上海合作组织在社交网络“微博”上的官方账号，并展出了以哈萨克斯坦共和国首都阿斯塔纳为主题的图片展。'
          ),
        ],
      },
      en: {
        title: 'SCO Secretariat marks the Day of SCO Journalist Friends',
        summary:
          'On 23 March 2017, journalists from the SCO member states met again at the SCO Secretariat in Beijing. A cooperation contract with Kazinform was signed that day.',
        location: 'SCO Secretariat, Beijing',
        body: [
          paragraph(
            'On 23 March 2017, journalists from the member states of the Organisation met again at the SCO Secretariat in Beijing to celebrate a holiday they all share: the Day of SCO Journalist Friends.'
          ),
          paragraph(
            'Addressing the journalists, the SCO Secretary-General recalled that a year earlier, on 11 March 2016, the heads of the largest international news agencies, Xinhua President Mr Cai Mingzhao and TASS Director General S. V. Mikhailov, visited the SCO Headquarters. Cooperation contracts with the SCO Secretariat were signed that day, and it was decided to hold the Day of SCO Journalist Friends every year. “Life has shown how effective and mutually beneficial this cooperation has been. Over this period, about two thousand materials mentioning the SCO were distributed through the channels of Xinhua and TASS,” R. Alimov stressed.'
          ),
          paragraph(
            'Today this tradition was continued with the signing of a cooperation contract between the SCO Secretariat and Kazinform, the International News Agency of the Republic of Kazakhstan.'
          ),
          paragraph(
            'The Secretary-General expressed the hope that with the signing of the contract, cooperation with Kazinform would reach a qualitatively new level.'
          ),
          quote(
            '“I would like to note that over the past year, alongside political and economic events within the SCO, the cultural and humanitarian side of the Organisation’s work has, in our view, grown noticeably stronger. This becomes known to the public thanks to the active information work of the SCO Secretariat. We follow the events and news of the ‘Shanghai family’ with great interest on the updated website of the SCO Secretariat. I am confident that with the signing of today’s agreement between Kazinform and the SCO Secretariat, our cooperation and information work will be raised to a qualitatively new level, and more and more people in Kazakhstan and other countries of the region will be able to keep their finger on the pulse of the life of the ‘Shanghai family’!” said Zhasulan Toiboldin, Deputy Director General of Kazinform.'
          ),
          paragraph(
            'R. Alimov also thanked the journalist friends for their attention to the Organisation’s wide-ranging activities and briefed them on the main events to be held in the run-up to the SCO Summit in Astana: the Meeting of Secretaries of the Security Councils of the SCO Member States and the Meeting of the Council of Foreign Ministers of the SCO Member States.'
          ),
          paragraph(
            'During the meeting, the guests were also shown a presentation of the official account of the Shanghai Cooperation Organisation on the Weibo social network and a photo exhibition dedicated to Astana, the capital of the Republic of Kazakhstan.'
          ),
        ],
      },
    },
  },
  {
    slug: 'sco-security-council-secretaries-meeting-2017',
    category: 'upcoming-event',
    eventDate: null,
    cover: null,
    mediaPartners: [],
    contracts: [],
    photoExhibitions: [],
    text: {
      ru: {
        title: 'Встреча секретарей Советов безопасности государств-членов ШОС',
        summary: 'Одно из основных мероприятий в преддверии Саммита ШОС в Астане. Дата будет объявлена дополнительно.',
        location: null,
        body: [
          paragraph(
            'Генеральный секретарь ШОС Р.Алимов ознакомил журналистов с основными мероприятиями, которые состоятся в преддверии Саммита ШОС в Астане, в том числе со Встречей секретарей Советов безопасности государств-членов ШОС.'
          ),
        ],
      },
      zh: {
        title: '上合组织成员国安全会议秘书会议',
        summary: '上合组织阿斯塔纳峰会前夕的主要活动之一。日期另行公布。',
        location: null,
        body: [
          paragraph(
            '上合组织秘书长阿利莫夫向记者们介绍了上合组织阿斯塔纳峰会前夕将要举行的主要活动，其中包括上合组织成员国安全会议秘书会议。'
          ),
        ],
      },
      en: {
        title: 'Meeting of Secretaries of the Security Councils of the SCO Member States',
        summary: 'One of the main events in the run-up to the SCO Summit in Astana. The date will be announced.',
        location: null,
        body: [
          paragraph(
            'SCO Secretary-General R. Alimov briefed journalists on the main events to be held in the run-up to the SCO Summit in Astana, including the Meeting of Secretaries of the Security Councils of the SCO Member States.'
          ),
        ],
      },
    },
  },
  {
    slug: 'sco-foreign-ministers-council-2017',
    category: 'upcoming-event',
    eventDate: null,
    cover: null,
    mediaPartners: [],
    contracts: [],
    photoExhibitions: [],
    text: {
      ru: {
        title: 'Заседание Совета министров иностранных дел государств-членов ШОС',
        summary: 'Одно из основных мероприятий в преддверии Саммита ШОС в Астане. Дата будет объявлена дополнительно.',
        location: null,
        body: [
          paragraph(
            'Генеральный секретарь ШОС Р.Алимов ознакомил журналистов с основными мероприятиями, которые состоятся в преддверии Саммита ШОС в Астане, в том числе с Заседанием Совета министров иностранных дел государств-членов ШОС.'
          ),
        ],
      },
      zh: {
        title: '上合组织成员国外交部长理事会会议',
        summary: '上合组织阿斯塔纳峰会前夕的主要活动之一。日期另行公布。',
        location: null,
        body: [
          paragraph(
            '上合组织秘书长阿利莫夫向记者们介绍了上合组织阿斯塔纳峰会前夕将要举行的主要活动，其中包括上合组织成员国外交部长理事会会议。'
          ),
        ],
      },
      en: {
        title: 'Meeting of the Council of Foreign Ministers of the SCO Member States',
        summary: 'One of the main events in the run-up to the SCO Summit in Astana. The date will be announced.',
        location: null,
        body: [
          paragraph(
            'SCO Secretary-General R. Alimov briefed journalists on the main events to be held in the run-up to the SCO Summit in Astana, including the Meeting of the Council of Foreign Ministers of the SCO Member States.'
          ),
        ],
      },
    },
  },
];
