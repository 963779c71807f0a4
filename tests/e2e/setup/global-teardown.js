'use strict';
/** Stops the app started by global-setup.js; removes its database and the files it uploaded. */
const fs = require('fs');
const path = require('path');
const Database = require('better-sqlite3');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const STATE = path.join(__dirname, '..', '.app.json');

function removeUploadedFiles(databaseFile) {
  if (!fs.existsSync(databaseFile)) return;
  const database = new Database(databaseFile, { readonly: true });
  try {
    for (const { url, formats } of database.prepare('SELECT url, formats FROM files').all()) {
      const urls = [url, ...Object.values(formats ? JSON.parse(formats) : {}).map((format) => format.url)];
      for (const address of urls) {
        if (address && address.startsWith('/uploads/')) fs.rmSync(path.join(ROOT, 'public', address), { force: true });
      }
    }
  } finally {
    database.close();
  }
}

module.exports = async () => {
  if (!fs.existsSync(STATE)) return;
  const { pid, workDir } = JSON.parse(fs.readFileSync(STATE, 'utf8'));
  try {
    process.kill(pid, 'SIGTERM');
    for (let waited = 0; waited < 10000; waited += 100) {
      process.kill(pid, 0); // throws once the process is gone
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.kill(pid, 'SIGKILL');
  } catch {
    // already stopped
  }
  removeUploadedFiles(path.join(workDir, 'data.db'));
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.rmSync(STATE, { force: true });
};
