'use strict';
/** Compiles the app once for all test files, names this run's databases (SQLite's in memory),
 *  and starts the S3 server the upload tests put their buckets on (each test file makes its own bucket). */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

module.exports = async () => {
  const { compileApp } = require('../../scripts/lib/compile.js');
  const appDir = path.resolve(__dirname, '..', '..');
  process.env.PRESSROOM_TEST_RUN = crypto.randomBytes(3).toString('hex');
  // SQLite test databases in memory where Linux offers it: the suite commits thousands of times,
  // and on a disk each commit waits for fsync. Their SQL is the same either way.
  if (!process.env.PRESSROOM_TEST_SQLITE_DIR && fs.existsSync('/dev/shm')) {
    globalThis.pressroomSqliteDir = fs.mkdtempSync(path.join('/dev/shm', 'pressroom-test-'));
    process.env.PRESSROOM_TEST_SQLITE_DIR = globalThis.pressroomSqliteDir;
  }
  const started = Date.now();
  require('../../scripts/build-plugins.js').buildPlugins({ quiet: true });
  // As the commands compile (incremental: a no-op when nothing changed since the last build).
  compileApp();
  const { startS3Server } = require('../../scripts/lib/s3-server.js');
  const directory = path.join(appDir, '.tmp', 'test', `s3-${process.env.PRESSROOM_TEST_RUN}`);
  const s3 = await startS3Server({ directory });
  globalThis.pressroomS3 = { ...s3, directory };
  process.env.PRESSROOM_TEST_S3_ENDPOINT = s3.endpoint;
  console.log(
    `\n[tests] compiled the plugins and the app in ${Date.now() - started} ms; database client: ${process.env.DATABASE_CLIENT || 'sqlite'}`
  );
};
