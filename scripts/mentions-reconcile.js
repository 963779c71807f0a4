#!/usr/bin/env node
'use strict';
/**
 * `npm run mentions:reconcile`: recounts the mention rows, compares the counts with the rollups
 * the stats read, and repairs any difference (`-- --check` only reports, and exits 1 on drift).
 */
const { getService, run, withStrapi } = require('./lib/strapi');

const SHOWN = 50;

run(() =>
  withStrapi(async (strapi) => {
    const checkOnly = process.argv.includes('--check');
    const started = Date.now();
    const { mentions, rollupRows, drift, repaired } = await getService(strapi, 'rollups').reconcile({ repair: !checkOnly });

    console.log(`[pressroom] ${mentions} mentions, ${rollupRows} rollup rows, checked in ${Date.now() - started} ms.`);
    if (drift.length === 0) {
      console.log('[pressroom] No drift: the rollups equal a count of the mention rows.');
      return 0;
    }
    console.log(`[pressroom] Drift in ${drift.length} rollup row(s) (level, agency, day or month, language: counted / rolled up):`);
    for (const row of drift.slice(0, SHOWN)) {
      console.log(`  ${row.level} ${row.agency} ${row.period} ${row.language}: ${row.counted} / ${row.rolledUp}`);
    }
    if (drift.length > SHOWN) console.log(`  … and ${drift.length - SHOWN} more`);
    console.log(repaired ? '[pressroom] Repaired.' : '[pressroom] Not repaired (--check).');
    return checkOnly ? 1 : 0;
  })
);
