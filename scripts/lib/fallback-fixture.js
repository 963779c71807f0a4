'use strict';
/**
 * Many announcements for the locale-fallback test and benchmark, written straight into the table
 * with batched inserts (the Document Service would take minutes). Which locales a document has
 * follows fixed rules, so that the expected answers can be computed without the database:
 * ru is published unless index % 5 == 0, zh when index % 3 == 0, en when index % 2 == 0; every
 * tenth document also has draft rows beside its published ones, and documents with
 * index % 11 == 1 have an en version that was never published (it must never be served).
 */
const { ANNOUNCEMENT } = require('../../dist/src/content-types');

const PUBLISHED = {
  ru: (index) => index % 5 !== 0,
  zh: (index) => index % 3 === 0,
  en: (index) => index % 2 === 0,
};
const NEVER_PUBLISHED_EN = (index) => index % 11 === 1 && !PUBLISHED.en(index);

const pad = (index) => String(index).padStart(6, '0');
const documentIdOf = (index) => `fallbackdoc${pad(index)}`;
const slugOf = (index, locale) => `fb-${pad(index)}-${locale}`;
const categoryOf = (index) => (index % 4 === 0 ? 'statement' : 'news');

/** The documents (indexes, in order) a fallback read in `chain` returns, each with its locale. */
function expectedChoice(count, chain, keep = () => true) {
  const chosen = [];
  for (let index = 0; index < count; index += 1) {
    const locale = chain.find((code) => PUBLISHED[code](index));
    if (locale && keep(index)) chosen.push({ index, locale, slug: slugOf(index, locale), documentId: documentIdOf(index) });
  }
  return chosen;
}

/** Inserts the versions of documents [from, to); returns how many rows were written. */
async function fillFallbackAnnouncements(strapi, { from = 0, to }) {
  // SQLite's insert of many rows is one compound SELECT, at most 500 terms: a document adds up to 7.
  const chunk = 400;
  const meta = strapi.db.metadata.get(ANNOUNCEMENT);
  const column = (name) => meta.attributes[name].columnName || name;
  const now = new Date();
  const row = (index, locale, published) => ({
    [column('documentId')]: documentIdOf(index),
    [column('locale')]: locale,
    [column('title')]: `${published ? '' : 'DRAFT '}Announcement ${index} (${locale})`,
    [column('slug')]: slugOf(index, locale),
    [column('category')]: categoryOf(index),
    [column('createdAt')]: now,
    [column('updatedAt')]: now,
    [column('publishedAt')]: published ? now : null,
  });
  let written = 0;
  let rows = [];
  const flush = async () => {
    if (rows.length === 0) return;
    await strapi.db.getConnection(meta.tableName).insert(rows);
    written += rows.length;
    rows = [];
  };
  for (let index = from; index < to; index += 1) {
    for (const locale of Object.keys(PUBLISHED)) {
      if (PUBLISHED[locale](index)) {
        rows.push(row(index, locale, true));
        if (index % 10 === 0) rows.push(row(index, locale, false));
      }
    }
    if (NEVER_PUBLISHED_EN(index)) rows.push(row(index, 'en', false));
    if (rows.length >= chunk) await flush();
  }
  await flush();
  return written;
}

module.exports = { fillFallbackAnnouncements, expectedChoice, documentIdOf, slugOf, categoryOf, PUBLISHED };
