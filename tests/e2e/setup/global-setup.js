'use strict';
/**
 * Starts the built app once for every browser test file, on a fresh SQLite database with the
 * demo content, and writes where it listens and how to log in to tests/e2e/.app.json.
 * Builds the app first when there is no build (`npm run build`).
 */
const { execSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const STATE = path.join(ROOT, 'tests', 'e2e', '.app.json');

const CREDENTIALS = {
  admin: { email: 'admin@pressroom.local', password: 'E2e-Admin-Passw0rd' },
  translatorZh: { email: 'translator-zh@pressroom.local', password: 'E2e-Translator-Passw0rd' },
};

module.exports = async () => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'build', 'index.html'))) {
    console.log('\n[e2e] No admin build in dist/build: running `npm run build`…');
    execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-e2e-'));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(workDir, 'data.db'),
    APP_KEYS: 'e2eKeyA,e2eKeyB',
    API_TOKEN_SALT: 'e2e-api-token-salt',
    ADMIN_JWT_SECRET: 'e2e-admin-jwt-secret',
    TRANSFER_TOKEN_SALT: 'e2e-transfer-token-salt',
    ENCRYPTION_KEY: 'e2e-encryption-key-0123456789abc',
    JWT_SECRET: 'e2e-jwt-secret',
    ADMIN_EMAIL: CREDENTIALS.admin.email,
    ADMIN_PASSWORD: CREDENTIALS.admin.password,
    TRANSLATOR_ZH_PASSWORD: CREDENTIALS.translatorZh.password,
    SEED_DEMO_CONTENT: 'true',
    SYNDICATION_POLL_SCHEDULE: 'false',
    // the test serves its feed on 127.0.0.1
    SYNDICATION_ALLOW_PRIVATE_NETWORKS: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'false',
    LOG_LEVEL: 'warn',
    SERVE_ADMIN_PANEL: 'true',
    // every browser test file logs the same administrator in, several times
    ADMIN_LOGIN_RATE_LIMIT_MAX: '500',
  };
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'tests', 'helpers', 'serve-instance.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = fs.createWriteStream(path.join(workDir, 'app.log'));
  child.stderr.pipe(log);
  const port = await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      log.write(chunk);
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`The app exited with ${code} before listening; see ${path.join(workDir, 'app.log')}`)));
  });
  fs.writeFileSync(STATE, JSON.stringify({ url: `http://127.0.0.1:${port}`, pid: child.pid, workDir, credentials: CREDENTIALS }, null, 2));
  console.log(`\n[e2e] the app listens on 127.0.0.1:${port} (booted with the demo content in ${Date.now() - started} ms)`);
};
