#!/usr/bin/env node
'use strict';
/**
 * `npm run mentions:import -- file.csv`: imports syndicated mentions from a CSV file
 * (columns agency,url,title,date,language[,guid,excerpt]; UTF-8, with or without BOM) through
 * the syndication plugin's ingest path. Any size: the file is streamed. Re-running the same file
 * adds nothing.
 */
const fs = require('fs');
const path = require('path');
const cliProgress = require('cli-progress');
const { getService, run, withStrapi } = require('./lib/strapi');

const SHOWN_REJECTIONS = 50;

run(async () => {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run mentions:import -- <file.csv>');
    return 2;
  }
  const fullPath = path.resolve(process.env.INIT_CWD || process.cwd(), file);
  if (!fs.existsSync(fullPath)) throw new Error(`${fullPath} does not exist.`);
  const size = fs.statSync(fullPath).size;

  return withStrapi(async (strapi) => {
    const bar = new cliProgress.SingleBar(
      {
        format: 'Importing |{bar}| {percentage}% | {rows} rows | {created} new, {duplicates} duplicates, {rejected} rejected',
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 5000,
      },
      cliProgress.Presets.shades_classic
    );
    bar.start(size, 0, { rows: 0, created: 0, duplicates: 0, rejected: 0 });
    let report;
    try {
      report = await getService(strapi, 'csvImport').importCsv(fs.createReadStream(fullPath), {
        onProgress: ({ bytes, ...counts }) => bar.update(bytes, counts),
      });
      bar.update(size, { rows: report.rows, created: report.created, duplicates: report.duplicates, rejected: report.rejected.length });
    } finally {
      bar.stop();
    }

    console.log(`\n${report.rows} rows: ${report.created} created, ${report.duplicates} duplicates, ${report.rejected.length} rejected.`);
    if (report.rejected.length > 0) {
      console.log('Rejected rows (line: reason):');
      for (const { line, error } of report.rejected.slice(0, SHOWN_REJECTIONS)) console.log(`  ${line}: ${error}`);
      if (report.rejected.length > SHOWN_REJECTIONS) {
        console.log(
          `  … and ${report.rejected.length - SHOWN_REJECTIONS} more on lines ${report.rejected
            .slice(SHOWN_REJECTIONS)
            .map((row) => row.line)
            .join(', ')}`
        );
      }
    }
    return 0;
  });
});
