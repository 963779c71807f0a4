'use strict';
/** Drops any database this run left behind (a test file that crashed before its own cleanup) and
 *  the run's SQLite folder, and stops the run's S3 server, removing its objects. */
const fs = require('fs');

module.exports = async () => {
  if (globalThis.pressroomS3) {
    await globalThis.pressroomS3.close();
    fs.rmSync(globalThis.pressroomS3.directory, { recursive: true, force: true });
  }
  const { dropRunDatabases } = require('../../scripts/lib/databases.js');
  await dropRunDatabases(process.env.PRESSROOM_TEST_RUN);
  if (globalThis.pressroomSqliteDir) fs.rmSync(globalThis.pressroomSqliteDir, { recursive: true, force: true });
};
