'use strict';
/** Drops any database this run left behind (a test file that crashed before its own cleanup). */
module.exports = async () => {
  const { dropRunDatabases } = require('../../scripts/lib/databases.js');
  await dropRunDatabases(process.env.PRESSROOM_TEST_RUN);
};
