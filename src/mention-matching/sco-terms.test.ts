/** The SCO's terms (the app's configuration of the syndication matcher), case by case. */
import { compileMatcher, type TermRules } from '../plugins/syndication/server/src/domain/feeds/matcher';
import { SCO_TERMS } from './sco-terms';

const match = compileMatcher(SCO_TERMS as TermRules);

describe('Russian', () => {
  test.each([
    ['Шанхайская организация сотрудничества провела саммит', 'Шанхайская организация сотрудничества'],
    ['Генсек Шанхайской организации сотрудничества заявил', 'Шанхайская организация сотрудничества'],
    ['вступление в Шанхайскую организацию сотрудничества', 'Шанхайская организация сотрудничества'],
    ['сотрудничество с Шанхайской организацией сотрудничества', 'Шанхайская организация сотрудничества'],
    ['о Шанхайской организации сотрудничества', 'Шанхайская организация сотрудничества'],
    ['ШАНХАЙСКАЯ ОРГАНИЗАЦИЯ СОТРУДНИЧЕСТВА', 'Шанхайская организация сотрудничества'],
    ['шанхайская организация сотрудничества', 'Шанхайская организация сотрудничества'],
    ['Шанхайской организации сотрудничёства', 'Шанхайская организация сотрудничества'],
    ['Саммит ШОС в Астане', 'ШОС'],
    ['«ШОС»', 'ШОС'],
    ['ШОС-2017 пройдёт в Астане', 'ШОС'],
    ['Форум ШОС.', 'ШОС'],
    ['(ШОС)', 'ШОС'],
    ['ШОС峰会', 'ШОС'],
  ])('%s', (text, term) => {
    expect(match(text).terms).toContain(term);
    expect(match(text).language).toBe('ru');
  });

  test.each([
    'Ремонт шоссе в Подмосковье',
    'ШОССЕ ЭНТУЗИАСТОВ',
    'шос',
    'Шос',
    'ШОСТКА',
    'Шанхайская биржа и организация сотрудничества',
    'организация сотрудничества в Шанхае',
    'Шанхайский кооперативный союз',
  ])('%s does not match', (text) => {
    expect(match(text).terms).toEqual([]);
  });
});

describe('Chinese', () => {
  test.each([
    ['上海合作组织成员国元首理事会', '上海合作组织'],
    ['上海合作組織秘書長表示', '上海合作组织'],
    ['上合组织秘书长阿利莫夫', '上合组织'],
    ['上合組織峰會在阿斯塔納舉行', '上合组织'],
    ['上合峰会将在阿斯塔纳举行', '上合'],
    ['上合峰會', '上合'],
    ['上合秘书处', '上合'],
    ['上合秘書處', '上合'],
    ['上合秘书长会见记者', '上合'],
    ['上合成员国外长', '上合'],
    ['上合成員國', '上合'],
    ['在上合框架内', '上合'],
    ['上合国家领导人', '上合'],
    ['上合國家', '上合'],
  ])('%s', (text, term) => {
    expect(match(text).terms).toContain(term);
    expect(match(text).language).toBe('zh');
  });

  test.each(['在问题上合作', '双方在经济上合作共赢', '上合', '上合作', '北上合肥', '市场上合理定价'])('%s does not match', (text) => {
    expect(match(text).terms).toEqual([]);
  });
});

describe('English', () => {
  test.each([
    ['The Shanghai Cooperation Organisation summit', 'Shanghai Cooperation Organisation'],
    ['the Shanghai Cooperation Organization (SCO)', 'Shanghai Cooperation Organisation'],
    ['SHANGHAI COOPERATION ORGANIZATION', 'Shanghai Cooperation Organisation'],
    ['shanghai cooperation organisation', 'Shanghai Cooperation Organisation'],
    ['SCO summit in Astana', 'SCO'],
    ['member states of the SCO.', 'SCO'],
    ['SCO-2017', 'SCO'],
    ['"SCO"', 'SCO'],
    ['the SCO groups of experts', 'SCO'],
    // Written against Chinese, Japanese or Korean text, which has no spaces.
    ['SCO峰会在青岛举行', 'SCO'],
    ['第18回SCO首脳会議が開幕', 'SCO'],
    ['SCO 정상회의', 'SCO'],
    ['新华社SCO专稿', 'SCO'],
  ])('%s', (text, term) => {
    expect(match(text).terms).toContain(term);
    expect(match(text).language).toBe('en');
  });

  test.each([
    'SCO Group announces results',
    'SCO group shares rose',
    'SCOTUS rules on appeal',
    'Scotland votes',
    'sco',
    'Sco',
    'the DISCO era',
    'Shanghai cooperation with organisations',
    'SCOPE of the project',
    'SCOT峰会',
    'DISCO舞厅',
  ])('%s does not match', (text) => {
    expect(match(text).terms).toEqual([]);
  });
});

test('several terms in one text are all recorded, in configuration order', () => {
  const result = match('ШОС и SCO: Шанхайская организация сотрудничества, 上合组织');
  expect(result.terms).toEqual(['Шанхайская организация сотрудничества', 'ШОС', '上合组织', 'SCO']);
  expect(result.language).toBe('ru');
});

test('SCO Group in one place does not hide an SCO elsewhere', () => {
  expect(match('SCO Group shares fell as the SCO summit opened').terms).toEqual(['SCO']);
});
