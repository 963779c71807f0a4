#!/usr/bin/env node
'use strict';
/**
 * npm run bench:match — throughput of the feed matcher (the SCO's terms in Russian, Chinese and
 * English) on a generated corpus of feed items of about 500 characters, a third in each
 * language, one in ten mentioning the organisation. One core (one thread). Reference: a single
 * case-insensitive regular expression of all the names, which is faster but wrong (it matches
 * шоссе, SCOTUS and 问题上合作).
 */
const path = require('path');
const { machine, measure, random, saveResults, table } = require('./lib');

const { compileMatcher } = require(path.join(__dirname, '..', 'src/plugins/syndication/dist/server/domain/feeds/matcher'));
const { SCO_TERMS } = require(path.join(__dirname, '..', 'dist/src/mention-matching/sco-terms'));

const ITEMS = Number(process.env.BENCH_ITEMS || 30000);

const FILLER = {
  ru: 'Министр иностранных дел провёл переговоры с коллегами из соседних государств и обсудил вопросы торговли, транспорта и энергетики. Стороны договорились продолжить консультации на уровне экспертов, а также рассмотреть проекты по строительству нового шоссе и развитию туризма в регионе. ',
  zh: '外交部长与邻国同行举行会谈，讨论了贸易、交通和能源领域的问题。双方同意继续在专家层面进行磋商，并在问题上合作研究修建新公路和发展地区旅游业的项目，推动经济上合作共赢。',
  en: 'The foreign minister held talks with counterparts from neighbouring states on trade, transport and energy. The sides agreed to continue expert consultations and to consider projects for a new highway and for tourism in the region, Scotland and SCOTUS aside. ',
};
const MENTIONS = {
  ru: ['Генеральный секретарь Шанхайской организации сотрудничества заявил', 'Саммит ШОС-2017 в Астане'],
  zh: ['上海合作组织秘书长表示', '上合峰会将在阿斯塔纳举行', '上合組織秘書處'],
  en: ['the Shanghai Cooperation Organization summit', 'SCO member states agreed'],
};

function corpus() {
  const next = random(42);
  const languages = Object.keys(FILLER);
  return Array.from({ length: ITEMS }, (_, index) => {
    const language = languages[index % 3];
    let text = '';
    while (text.length < 500) text += FILLER[language].slice(Math.floor(next() * 40));
    text = text.slice(0, 500);
    if (next() < 0.1) {
      const mention = MENTIONS[language][Math.floor(next() * MENTIONS[language].length)];
      const at = Math.floor(next() * 400);
      text = `${text.slice(0, at)} ${mention} ${text.slice(at)}`.slice(0, 520);
    }
    return text;
  });
}

(async () => {
  const items = corpus();
  const match = compileMatcher(SCO_TERMS);
  const naive = /шанхайск\S* организаци\S* сотрудничеств|шос|上海合作|上合|shanghai cooperation organi[sz]ation|sco/i;

  let found = 0;
  const matcher = await measure(
    () => {
      found = 0;
      for (const text of items) if (match(text).terms.length > 0) found += 1;
    },
    { runs: 7, warmup: 2 }
  );
  let naiveFound = 0;
  const reference = await measure(
    () => {
      naiveFound = 0;
      for (const text of items) if (naive.test(text)) naiveFound += 1;
    },
    { runs: 7, warmup: 2 }
  );

  const perSecond = (ms) => Math.round((items.length / ms) * 1000);
  const rows = [
    { case: 'Pressroom matcher (SCO terms, ru/zh/en)', itemsPerSecond: perSecond(matcher.median), matched: found },
    { case: 'one case-insensitive regex (wrong on purpose)', itemsPerSecond: perSecond(reference.median), matched: naiveFound },
  ];
  console.log(`\n${items.length.toLocaleString('en')} items of about 500 characters, one thread, median of 7 passes\n`);
  table(
    ['case', 'items/s', 'items matched'],
    rows.map((row) => [row.case, row.itemsPerSecond.toLocaleString('en'), row.matched.toLocaleString('en')])
  );
  console.log(`\nMatcher / regex: ${((rows[0].itemsPerSecond / rows[1].itemsPerSecond) * 100).toFixed(0)}% of the regex's speed`);
  console.log(`Machine: ${JSON.stringify(machine())}`);
  console.log(`Results: ${saveResults('match', rows)}`);
})();
