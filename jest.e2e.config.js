/** Browser tests: Playwright (playwright-core) driving Debian's chromium against the built app,
 *  started once on a fresh SQLite database with the demo content. `npm run test:e2e`. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/'],
  globalSetup: '<rootDir>/tests/e2e/setup/global-setup.js',
  globalTeardown: '<rootDir>/tests/e2e/setup/global-teardown.js',
  testTimeout: 120000,
  // One app, one browser: the files run one after the other.
  maxWorkers: 1,
};
