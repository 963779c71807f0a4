#!/usr/bin/env node
'use strict';
/**
 * npm run bench:parse — documents per second through the whole feed reading (bytes → encoding →
 * safety checks → feedsmith, the tolerant reader where it cannot map → entries), against
 * feedsmith's parse alone on the same decoded documents, in the same run. Two sets: the corpus
 * (tests/fixtures/feeds-corpus, small documents of every shape) and an agency-sized feed (100
 * items, RSS 2.0 and Atom, about 60 KB). One core, median of 7 passes. Also prints what the
 * poller makes of the corpus: documents read, items read and skipped, documents refused.
 */
const fs = require('fs');
const path = require('path');
const iconv = require('iconv-lite');
const { parseFeed } = require('feedsmith');
const { machine, measure, saveResults, table } = require('./lib');

const DOMAIN = path.join(__dirname, '..', 'src/plugins/syndication/dist/server/domain/feeds');
const { readFeed } = require(path.join(DOMAIN, 'reading'));
const { mentionsInEntries } = require(path.join(DOMAIN, 'entries'));
const { compileMatcher } = require(path.join(DOMAIN, 'matcher'));
const { SCO_TERMS } = require(path.join(__dirname, '..', 'dist/src/mention-matching/sco-terms'));

const CORPUS = path.join(__dirname, '..', 'tests/fixtures/feeds-corpus');

function corpus() {
  const { records } = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
  return records.map((record) => {
    const raw = fs.readFileSync(path.join(CORPUS, record.file));
    const body = record.serve.encodeAs ? iconv.encode(raw.toString('utf8'), record.serve.encodeAs) : raw;
    return { ...record, body, url: `https://agency.test/${record.file}` };
  });
}

function agencyFeed(format) {
  const items = Array.from({ length: 100 }, (_, index) => {
    const title = index % 10 === 0 ? `Генеральный секретарь ШОС провёл встречу №${index}` : `Новости региона: выпуск ${index}`;
    const text = 'Министр иностранных дел провёл переговоры с коллегами из соседних государств. '.repeat(6);
    const link = `https://agency.test/news/${index}`;
    const date = new Date(Date.UTC(2024, 2, 1, index % 24, index)).toISOString();
    return format === 'atom'
      ? `<entry><title>${title}</title><link rel="alternate" href="${link}"/><id>${link}</id><published>${date}</published><summary>${text}</summary></entry>`
      : `<item><title>${title}</title><link>${link}</link><guid>${link}</guid><pubDate>${new Date(date).toUTCString()}</pubDate><description>${text}</description></item>`;
  }).join('\n');
  const xml =
    format === 'atom'
      ? `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title><id>urn:a</id><updated>2024-03-01T00:00:00Z</updated>${items}</feed>`
      : `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Agency</title><link>https://agency.test/</link><description>A</description>${items}</channel></rss>`;
  return {
    file: `agency-${format}`,
    body: Buffer.from(xml),
    serve: { contentType: `application/${format}+xml` },
    url: 'https://agency.test/feed',
  };
}

const readAll = (documents) => {
  for (const document of documents) {
    try {
      readFeed({
        body: document.body,
        contentType: document.serve.contentType,
        contentLocation: document.serve.contentLocation,
        url: document.url,
      });
    } catch {
      // Refused documents are part of the work: the checks that refuse them run too.
    }
  }
};

const libraryAll = (texts) => {
  for (const text of texts) {
    try {
      parseFeed(text);
    } catch {
      // feedsmith refuses what it cannot map.
    }
  }
};

/** What the poller makes of the corpus, by kind: read, every item skipped, refused. */
function outcomes(documents) {
  const match = compileMatcher(SCO_TERMS);
  const byKind = {};
  const totals = { documents: 0, read: 0, allSkipped: 0, refused: 0, items: 0, itemsRead: 0, itemsSkipped: 0, library: 0, tolerant: 0 };
  for (const document of documents) {
    const kind = (byKind[document.kind] ??= { documents: 0, read: 0, allSkipped: 0, refused: 0, itemsRead: 0, itemsSkipped: 0 });
    kind.documents += 1;
    totals.documents += 1;
    try {
      const reading = readFeed({
        body: document.body,
        contentType: document.serve.contentType,
        contentLocation: document.serve.contentLocation,
        url: document.url,
      });
      const outcome = mentionsInEntries(
        reading.document.entries,
        { agency: 'a', language: 'auto', baseUrl: reading.baseUrl, polledAt: new Date() },
        match
      );
      totals[reading.document.reader] += 1;
      totals.items += reading.document.entries.length;
      for (const target of [kind, totals]) {
        target.itemsRead += outcome.itemsRead;
        target.itemsSkipped += outcome.itemsSkipped;
        if (reading.document.entries.length > 0 && outcome.itemsSkipped === reading.document.entries.length) target.allSkipped += 1;
        else target.read += 1;
      }
    } catch {
      kind.refused += 1;
      totals.refused += 1;
    }
  }
  return { byKind, totals };
}

(async () => {
  const documents = corpus();
  const sets = [
    { name: `corpus (${documents.length} documents)`, documents },
    { name: 'agency feed, 100 items, RSS 2.0 + Atom', documents: [agencyFeed('rss'), agencyFeed('atom')] },
  ];
  const rows = [];
  for (const set of sets) {
    // The library alone gets the text the pipeline decoded, so both start from the same characters.
    const texts = set.documents.map((document) => iconv.decode(document.body, 'utf-8'));
    const repeat = Math.max(1, Math.round(2000 / set.documents.length));
    const pipeline = await measure(
      () => {
        for (let pass = 0; pass < repeat; pass += 1) readAll(set.documents);
      },
      { runs: 7, warmup: 2 }
    );
    const library = await measure(
      () => {
        for (let pass = 0; pass < repeat; pass += 1) libraryAll(texts);
      },
      { runs: 7, warmup: 2 }
    );
    const perSecond = (ms) => Math.round(((set.documents.length * repeat) / ms) * 1000);
    rows.push({
      set: set.name,
      pipelinePerSecond: perSecond(pipeline.median),
      libraryPerSecond: perSecond(library.median),
      ratio: library.median / pipeline.median,
    });
  }
  console.log('\nDocuments per second, one thread, median of 7 passes\n');
  table(
    ['set', 'whole reading (docs/s)', 'feedsmith parse alone (docs/s)', 'reading / parse'],
    rows.map((row) => [
      row.set,
      row.pipelinePerSecond.toLocaleString('en'),
      row.libraryPerSecond.toLocaleString('en'),
      `${(row.ratio * 100).toFixed(0)}%`,
    ])
  );

  const { byKind, totals } = outcomes(documents);
  console.log('\nThe corpus as the poller reads it\n');
  table(
    ['kind', 'documents', 'read', 'every item skipped', 'refused', 'items read', 'items skipped'],
    [...Object.entries(byKind).sort(), ['all', totals]].map(([kind, counts]) => [
      kind,
      counts.documents,
      counts.read,
      counts.allSkipped,
      counts.refused,
      counts.itemsRead,
      counts.itemsSkipped,
    ])
  );
  console.log(`\nRead by feedsmith: ${totals.library}; by the tolerant reader: ${totals.tolerant}`);
  console.log(`Machine: ${JSON.stringify(machine())}`);
  console.log(`Results: ${saveResults('parse', { rows, corpus: { byKind, totals } })}`);
})();
