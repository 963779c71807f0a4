#!/usr/bin/env node
'use strict';
/**
 * node bench/detectors.js — jschardet (what the poller uses) against chardet on feeds with no
 * declared encoding: Cyrillic and CJK headlines, as bare text and as a small RSS document, in
 * the legacy encodings Russian and East Asian agencies still serve. A guess is right when
 * decoding the bytes with it gives back the text (CP932 for Shift_JIS and CP949 for EUC-KR are
 * right: they are supersets).
 */
const iconv = require('iconv-lite');
const chardet = require('chardet');
const jschardet = require('jschardet');
const { table } = require('./lib');

const HEADLINES = {
  ru: [
    'Генеральный секретарь Шанхайской организации сотрудничества провёл встречу',
    'Саммит ШОС в Астане: главы государств подписали декларацию',
    'Министры иностранных дел обсудили региональную безопасность',
  ],
  zh: ['上海合作组织秘书长会见记者', '上合组织成员国元首理事会会议在阿斯塔纳举行', '外交部长理事会会议讨论地区安全问题'],
  zht: ['上海合作組織秘書長會見記者', '上合組織成員國元首理事會會議在阿斯塔納舉行', '外交部長理事會會議討論地區安全問題'],
  ja: ['上海協力機構の首脳会議がアスタナで開幕', '外務大臣が地域の安全保障について協議した', '事務局長が記者会見を行った'],
  ko: ['상하이협력기구 정상회의가 아스타나에서 개막했다', '외무장관들이 지역 안보 문제를 논의했다', '사무총장이 기자회견을 열었다'],
};
const CASES = [
  ['windows-1251', 'ru'],
  ['koi8-r', 'ru'],
  ['ibm866', 'ru'],
  ['gb18030', 'zh'],
  ['big5', 'zht'],
  ['shift_jis', 'ja'],
  ['euc-jp', 'ja'],
  ['euc-kr', 'ko'],
];

const decodes = (bytes, label, text) => {
  if (!label) return false;
  const name = label.toLowerCase();
  return iconv.encodingExists(name) && iconv.decode(bytes, name) === text;
};

const rows = [];
const totals = { jschardet: 0, chardet: 0, samples: 0 };
for (const [encoding, language] of CASES) {
  for (const shape of ['text', 'feed']) {
    let right = { jschardet: 0, chardet: 0 };
    for (const headline of HEADLINES[language]) {
      const text =
        shape === 'text'
          ? headline
          : `<rss version="2.0"><channel><title>${headline}</title><item><title>${headline}</title><link>http://x.test/1</link></item></channel></rss>`;
      const bytes = iconv.encode(text, encoding);
      if (decodes(bytes, jschardet.detect(bytes).encoding, text)) right.jschardet += 1;
      if (decodes(bytes, chardet.detect(bytes), text)) right.chardet += 1;
    }
    totals.samples += HEADLINES[language].length;
    totals.jschardet += right.jschardet;
    totals.chardet += right.chardet;
    rows.push([encoding, shape, `${right.jschardet}/${HEADLINES[language].length}`, `${right.chardet}/${HEADLINES[language].length}`]);
  }
}
table(['encoding', 'sample', 'jschardet right', 'chardet right'], rows);
console.log(`\nAll: jschardet ${totals.jschardet}/${totals.samples}, chardet ${totals.chardet}/${totals.samples}`);
