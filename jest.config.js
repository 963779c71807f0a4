/** Jest runs the unit tests beside the code and the HTTP tests in tests/, against a real
 *  Strapi on the database named by DATABASE_CLIENT (sqlite by default). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/'],
  setupFiles: ['<rootDir>/tests/setup/quiet-knex.js'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/expected-errors.ts'],
  globalSetup: '<rootDir>/tests/setup/global-setup.js',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.js',
  testTimeout: 180000,
  // Each HTTP test file boots its own Strapi on its own database; two at a time on 2 cores.
  maxWorkers: 2,
  // The longest files first, also on a clean clone without Jest's record of the last run.
  testSequencer: '<rootDir>/tests/setup/slowest-first.js',
};
