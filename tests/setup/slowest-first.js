'use strict';
/**
 * Jest's order, with the files known to run longest first. Jest sorts by the durations of the
 * last run when its cache has them; a clean clone (CI) has none, and Jest falls back to the size
 * of the files. Those that boot Strapi again in child processes (the commands, a backup and its
 * restore) are short files, so they would start last, and with two workers the run would end on
 * one of them while the other worker idles. Started first, they overlap with the many short ones.
 */
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;

/** Longest first, as they ran on SQLite on 2 cores (this is their order only: nothing is timed). */
const KNOWN_SLOW = [
  'tests/backup-round-trip.test.ts',
  'tests/feeds-corpus.test.ts',
  'tests/uploads-migrate.test.ts',
  'tests/embargo.test.ts',
  'tests/first-admin.test.ts',
  'tests/graphql-batching.test.ts',
  'tests/commands.test.ts',
  'tests/syndication-stats.test.ts',
];

class SlowestFirst extends Sequencer {
  sort(tests) {
    const jestOrder = super.sort(tests);
    const rank = (test) => {
      const index = KNOWN_SLOW.indexOf(path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/'));
      return index === -1 ? KNOWN_SLOW.length : index;
    };
    return jestOrder
      .map((test, position) => ({ test, position }))
      .sort((a, b) => rank(a.test) - rank(b.test) || a.position - b.position)
      .map(({ test }) => test);
  }
}

module.exports = SlowestFirst;
