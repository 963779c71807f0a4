/**
 * The project's commands, run as a user runs them (a child process against this test's own
 * throw-away database, on each database client): they exit 0 on success, and nothing in their
 * output says a query was aborted at shutdown or a driver feature is deprecated.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { runScript } from './helpers/instances';
import { startPressroom, type Pressroom } from './helpers/pressroom';

let pressroom: Pressroom;
beforeAll(async () => {
  pressroom = await startPressroom();
});
afterAll(() => pressroom?.stop());

const expectCleanSuccess = (result: { code: number; output: string }) => {
  expect(result.output).not.toMatch(/aborted|DeprecationWarning|already executing a query/i);
  expect(result.code).toBe(0);
};

// Each command boots Strapi in a process of its own; on a busy machine that takes minutes.
const COMMAND_TIMEOUT = 600_000;

test(
  'npm run seed loads everything and exits 0',
  async () => {
    const result = await runScript('seed');
    expectCleanSuccess(result);
    expect(result.output).toMatch(/1994 new demo mention\(s\)/);
  },
  COMMAND_TIMEOUT
);

test(
  'npm run seed again adds nothing and exits 0',
  async () => {
    const result = await runScript('seed');
    expectCleanSuccess(result);
    expect(result.output).toMatch(/no new documents; 0 new picture\(s\); 0 new demo mention\(s\)/);
  },
  COMMAND_TIMEOUT
);

test(
  'npm run mentions:import exits 0',
  async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-commands-'));
    const file = path.join(directory, 'mentions.csv');
    const rows = Array.from({ length: 50 }, (_, index) => `tass,https://example-commands.test/${index},Command ${index},2019-02-03,ru`);
    fs.writeFileSync(file, ['agency,url,title,date,language', ...rows].join('\n'));
    try {
      const result = await runScript('mentions-import', [file]);
      expectCleanSuccess(result);
      expect(result.output).toMatch(/50 rows: 50 created, 0 duplicates, 0 rejected\./);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  },
  COMMAND_TIMEOUT
);

test(
  'npm run mentions:reconcile exits 0',
  async () => {
    const result = await runScript('mentions-reconcile');
    expectCleanSuccess(result);
    expect(result.output).toMatch(/No drift/);
  },
  COMMAND_TIMEOUT
);
