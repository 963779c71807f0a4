import slugify from '@sindresorhus/slugify';
import { isPlaceholderSlug, slugOf } from './slug-rule';

// Titles and names from the demo content (src/seed/press-release.ts) and the SCO's vocabulary.
const RUSSIAN: [string, string][] = [
  ['ШОС', 'shos'],
  ['Шанхайская организация сотрудничества', 'shankhayskaya-organizatsiya-sotrudnichestva'],
  ['Синьхуа', 'sinkhua'],
  ['ТАСС', 'tass'],
  ['Казинформ', 'kazinform'],
  ['Информационное агентство Синьхуа', 'informatsionnoye-agentstvo-sinkhua'],
  ['Информационное агентство России ТАСС', 'informatsionnoye-agentstvo-rossii-tass'],
  ['Международное информационное агентство «Казинформ»', 'mezhdunarodnoye-informatsionnoye-agentstvo-kazinform'],
  [
    'Контракт о сотрудничестве между Секретариатом ШОС и агентством Синьхуа',
    'kontrakt-o-sotrudnichestve-mezhdu-sekretariatom-shos-i-agentstvom-sinkhua',
  ],
  [
    'Контракт о сотрудничестве между Секретариатом ШОС и агентством ТАСС',
    'kontrakt-o-sotrudnichestve-mezhdu-sekretariatom-shos-i-agentstvom-tass',
  ],
  [
    'Контракт о сотрудничестве между Секретариатом ШОС и МИА «Казинформ»',
    'kontrakt-o-sotrudnichestve-mezhdu-sekretariatom-shos-i-mia-kazinform',
  ],
  [
    'Фотовыставка, посвящённая Астане — столице Республики Казахстан',
    'fotovystavka-posvyashchennaya-astane-stolitse-respubliki-kazakhstan',
  ],
  ['В Секретариате ШОС отметили День журналистов-друзей ШОС', 'v-sekretariate-shos-otmetili-den-zhurnalistov-druzey-shos'],
  ['Встреча секретарей Советов безопасности государств-членов ШОС', 'vstrecha-sekretarey-sovetov-bezopasnosti-gosudarstv-chlenov-shos'],
  [
    'Заседание Совета министров иностранных дел государств-членов ШОС',
    'zasedaniye-soveta-ministrov-inostrannykh-del-gosudarstv-chlenov-shos',
  ],
  ['Секретариат ШОС', 'sekretariat-shos'],
  ['Генеральный секретарь ШОС', 'generalnyy-sekretar-shos'],
  ['Региональная антитеррористическая структура', 'regionalnaya-antiterroristicheskaya-struktura'],
  ['Совет глав государств', 'sovet-glav-gosudarstv'],
  ['Пекин', 'pekin'],
  ['Москва', 'moskva'],
  ['Астана', 'astana'],
  ['Бишкек', 'bishkek'],
  ['Душанбе', 'dushanbe'],
  ['Ташкент', 'tashkent'],
  ['Шанхай', 'shankhay'],
  ['Циндао', 'tsindao'],
  ['Екатеринбург', 'yekaterinburg'],
  ['Уфа', 'ufa'],
  ['Китай', 'kitay'],
  ['Россия', 'rossiya'],
  ['Казахстан', 'kazakhstan'],
  ['Киргизия', 'kirgiziya'],
  ['Таджикистан', 'tadzhikistan'],
  ['Узбекистан', 'uzbekistan'],
  ['Индия', 'indiya'],
  ['Пакистан', 'pakistan'],
  ['Иран', 'iran'],
  ['Белоруссия', 'belorussiya'],
  ['Рашид Алимов', 'rashid-alimov'],
  ['Цай Минчжао', 'tsay-minchzhao'],
  ['Жасулан Тойболдин', 'zhasulan-toyboldin'],
  // BGN/PCGN's own cases: е/ё after a vowel, ъ or ь and at a word's start is "ye"; щ is "shch"; ъ and ь are dropped.
  ['Объединённые Нации', 'obyedinennyye-natsii'],
  ['Подъезд', 'podyezd'],
  ['Ёлка', 'yelka'],
  ['Щучье', 'shchuchye'],
  // Letters of other member states' Cyrillic alphabets.
  ['Қазақстан', 'qazaqstan'],
];

const CHINESE: [string, string][] = [
  ['上海合作组织', 'shang-hai-he-zuo-zu-zhi'],
  ['上合组织', 'shang-he-zu-zhi'],
  ['新华社', 'xin-hua-she'],
  ['新华通讯社', 'xin-hua-tong-xun-she'],
  ['塔斯社', 'ta-si-she'],
  ['俄罗斯塔斯社', 'e-luo-si-ta-si-she'],
  ['哈萨克国际通讯社', 'ha-sa-ke-guo-ji-tong-xun-she'],
  ['哈萨克斯坦国际通讯社', 'ha-sa-ke-si-tan-guo-ji-tong-xun-she'],
  ['哈通社', 'ha-tong-she'],
  ['上合组织秘书处与新华社合作协议', 'shang-he-zu-zhi-mi-shu-chu-yu-xin-hua-she-he-zuo-xie-yi'],
  ['上合组织秘书处与塔斯社合作协议', 'shang-he-zu-zhi-mi-shu-chu-yu-ta-si-she-he-zuo-xie-yi'],
  ['上合组织秘书处与哈通社合作协议', 'shang-he-zu-zhi-mi-shu-chu-yu-ha-tong-she-he-zuo-xie-yi'],
  ['哈萨克斯坦共和国首都阿斯塔纳主题图片展', 'ha-sa-ke-si-tan-gong-he-guo-shou-du-a-si-ta-na-zhu-ti-tu-pian-zhan'],
  ['上合组织秘书处举办“上合组织记者之友日”活动', 'shang-he-zu-zhi-mi-shu-chu-ju-ban-shang-he-zu-zhi-ji-zhe-zhi-you-ri-huo-dong'],
  ['上合组织成员国安全会议秘书会议', 'shang-he-zu-zhi-cheng-yuan-guo-an-quan-hui-yi-mi-shu-hui-yi'],
  ['上合组织成员国外交部长理事会会议', 'shang-he-zu-zhi-cheng-yuan-guo-wai-jiao-bu-zhang-li-shi-hui-hui-yi'],
  ['上合组织秘书处', 'shang-he-zu-zhi-mi-shu-chu'],
  ['上合组织秘书长', 'shang-he-zu-zhi-mi-shu-zhang'],
  ['地区反恐怖机构', 'di-qu-fan-kong-bu-ji-gou'],
  ['国家元首理事会', 'guo-jia-yuan-shou-li-shi-hui'],
  ['北京', 'bei-jing'],
  ['莫斯科', 'mo-si-ke'],
  ['阿斯塔纳', 'a-si-ta-na'],
  ['比什凯克', 'bi-shi-kai-ke'],
  ['杜尚别', 'du-shang-bie'],
  ['塔什干', 'ta-shi-gan'],
  ['上海', 'shang-hai'],
  ['青岛', 'qing-dao'],
  ['重庆', 'chong-qing'],
  ['中国', 'zhong-guo'],
  ['中华人民共和国', 'zhong-hua-ren-min-gong-he-guo'],
  ['俄罗斯', 'e-luo-si'],
  ['哈萨克斯坦', 'ha-sa-ke-si-tan'],
  ['吉尔吉斯斯坦', 'ji-er-ji-si-si-tan'],
  ['塔吉克斯坦', 'ta-ji-ke-si-tan'],
  ['乌兹别克斯坦', 'wu-zi-bie-ke-si-tan'],
  ['印度', 'yin-du'],
  ['巴基斯坦', 'ba-ji-si-tan'],
  ['伊朗', 'yi-lang'],
  ['白俄罗斯', 'bai-e-luo-si'],
  ['拉希德·阿利莫夫', 'la-xi-de-a-li-mo-fu'],
  ['蔡名照', 'cai-ming-zhao'],
  ['新华社社长', 'xin-hua-she-she-zhang'],
  ['2017年上合组织峰会', '2017-nian-shang-he-zu-zhi-feng-hui'],
  // ü is written "yu", as in Chinese passports.
  ['绿色发展', 'lyu-se-fa-zhan'],
];

const ENGLISH: [string, string][] = [
  ['SCO', 'sco'],
  ['Shanghai Cooperation Organisation', 'shanghai-cooperation-organisation'],
  ['Xinhua', 'xinhua'],
  ['TASS', 'tass'],
  ['Kazinform', 'kazinform'],
  ['Xinhua News Agency', 'xinhua-news-agency'],
  ['TASS Russian News Agency', 'tass-russian-news-agency'],
  ['Kazinform International News Agency', 'kazinform-international-news-agency'],
  [
    'Cooperation contract between the SCO Secretariat and Xinhua News Agency',
    'cooperation-contract-between-the-sco-secretariat-and-xinhua-news-agency',
  ],
  ['Cooperation contract between the SCO Secretariat and TASS', 'cooperation-contract-between-the-sco-secretariat-and-tass'],
  ['Cooperation contract between the SCO Secretariat and Kazinform', 'cooperation-contract-between-the-sco-secretariat-and-kazinform'],
  ['Photo exhibition: Astana, capital of the Republic of Kazakhstan', 'photo-exhibition-astana-capital-of-the-republic-of-kazakhstan'],
  ['SCO Secretariat marks the Day of SCO Journalist Friends', 'sco-secretariat-marks-the-day-of-sco-journalist-friends'],
  [
    'Meeting of Secretaries of the Security Councils of the SCO Member States',
    'meeting-of-secretaries-of-the-security-councils-of-the-sco-member-states',
  ],
  [
    'Meeting of the Council of Foreign Ministers of the SCO Member States',
    'meeting-of-the-council-of-foreign-ministers-of-the-sco-member-states',
  ],
  ['SCO Secretariat', 'sco-secretariat'],
  ['Secretary-General of the SCO', 'secretary-general-of-the-sco'],
  ['Regional Anti-Terrorist Structure', 'regional-anti-terrorist-structure'],
  ['Council of Heads of State', 'council-of-heads-of-state'],
  ['Beijing', 'beijing'],
  ['Moscow', 'moscow'],
  ['Astana', 'astana'],
  ['Bishkek', 'bishkek'],
  ['Dushanbe', 'dushanbe'],
  ['Tashkent', 'tashkent'],
  ['Qingdao', 'qingdao'],
  ['China', 'china'],
  ['Russia', 'russia'],
  ['Kazakhstan', 'kazakhstan'],
  ['Kyrgyzstan', 'kyrgyzstan'],
  ['Tajikistan', 'tajikistan'],
  ['Uzbekistan', 'uzbekistan'],
  ['India', 'india'],
  ['Pakistan', 'pakistan'],
  ["People's Republic of China", 'people-s-republic-of-china'],
  ['Rashid Alimov', 'rashid-alimov'],
  ['Cai Mingzhao', 'cai-mingzhao'],
  ['Zhasulan Toiboldin', 'zhasulan-toiboldin'],
];

describe('slugOf', () => {
  test.each(RUSSIAN)('ru %s → %s', (title, slug) => expect(slugOf(title)).toBe(slug));
  test.each(CHINESE)('zh %s → %s', (title, slug) => expect(slugOf(title)).toBe(slug));
  test.each(ENGLISH)('en %s → %s', (title, slug) => expect(slugOf(title)).toBe(slug));

  test('English titles come out exactly as Strapi slugifies them today', () => {
    for (const [title] of ENGLISH) expect(slugOf(title)).toBe(slugify(title));
  });

  test('a title mixing scripts romanises each part by its own rule', () => {
    expect(slugOf('Агентство Синьхуа (新华社, Xinhua)')).toBe('agentstvo-sinkhua-xin-hua-she-xinhua');
  });

  test("the uid attribute's slugify options still apply", () => {
    expect(slugOf('ШОС и 上合组织', { separator: '_' })).toBe('shos_i_shang_he_zu_zhi');
  });

  test('nothing to write in Latin letters gives an empty slug', () => {
    expect(slugOf('')).toBe('');
    expect(slugOf('«—»')).toBe('');
  });
});

describe('isPlaceholderSlug', () => {
  test.each([
    ['announcement', 'announcement', true],
    ['announcement-1', 'announcement', true],
    ['announcement-12', 'announcement', true],
    ['media-partner', 'media-partner', true],
    ['announcements', 'announcement', false],
    ['announcement-day', 'announcement', false],
    ['shos', 'announcement', false],
  ])('%s for the type %s: %s', (slug, typeName, expected) => expect(isPlaceholderSlug(slug, typeName)).toBe(expected));
});
