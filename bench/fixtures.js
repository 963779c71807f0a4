'use strict';
/** Benchmark data: agencies and deterministic mentions spread over three years. */
const { random } = require('./lib');

const LANGUAGES = ['ru', 'zh', 'en'];
const START = Date.parse('2016-01-01T00:00:00Z');
const SPAN_MS = Date.parse('2019-01-01T00:00:00Z') - START; // three years

/** Creates `count` published agencies; returns their slugs. */
async function createAgencies(strapi, count) {
  const slugs = [];
  for (let index = 1; index <= count; index += 1) {
    const slug = `agency-${String(index).padStart(2, '0')}`;
    await strapi.documents('api::media-partner.media-partner').create({
      locale: 'ru',
      status: 'published',
      data: { name: `Агентство ${index}`, slug, country: 'KZ', kind: 'news-agency' },
    });
    slugs.push(slug);
  }
  return slugs;
}

/** Mention `index` of a deterministic sequence, as the ingest API takes it. */
function mentionAt(index, slugs, seed = 1) {
  const next = random(seed * 1_000_003 + index);
  const agency = slugs[Math.floor(next() * slugs.length)];
  return {
    agency,
    url: `https://news.example/${agency}/${index}?utm_source=bench`,
    title: `Material ${index} mentioning the SCO`,
    date: new Date(START + Math.floor(next() * SPAN_MS)).toISOString(),
    language: LANGUAGES[Math.floor(next() * LANGUAGES.length)],
  };
}

module.exports = { createAgencies, mentionAt };
