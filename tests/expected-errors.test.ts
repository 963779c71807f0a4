/** The test log filter drops only the errors a test said it provokes. */
import { expectLoggedErrors, forgetExpectedErrors, withoutExpected } from './helpers/expected-errors';

const logged: string[] = [];
const log = withoutExpected((...args: unknown[]) =>
  logged.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '))
);

beforeEach(() => (logged.length = 0));

test('an expected error is left out, an unexpected one is logged', () => {
  expectLoggedErrors(/rejected by test trigger/);
  log(new Error('insert into mentions - rejected by test trigger'));
  log(new Error('connection refused'));
  log('[syndication] batch failed', new Error('SQLITE_CONSTRAINT: rejected by test trigger'));
  expect(logged).toEqual(['connection refused']);
});

test('an expectation ends with its test, or earlier when the test says so', () => {
  log(new Error('rejected by test trigger'));
  const stop = expectLoggedErrors(/feed is down/);
  log('feed is down');
  stop();
  log('feed is down');
  expect(logged).toEqual(['rejected by test trigger', 'feed is down']);
  forgetExpectedErrors();
});

test('the cause of an error counts (errors wrapped by a service)', () => {
  expectLoggedErrors(/rejected by test trigger/);
  log(new Error('BatchNotStoredError: the batch was not stored', { cause: new Error('rejected by test trigger') }));
  expect(logged).toEqual([]);
});
