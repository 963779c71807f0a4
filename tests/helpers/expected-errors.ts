/**
 * Errors a test provokes on purpose (a database trigger rejecting a row, a feed that is down) are
 * logged by Strapi with their stack trace, and bury a real one in the test report. A test names
 * the errors it expects; only those are left out of the log, and only until the test ends.
 */
import type { Core } from '@strapi/strapi';

const expected = new Set<RegExp>();

/** Leaves errors matching `pattern` out of the log; returns the function that stops it. */
export function expectLoggedErrors(pattern: RegExp): () => void {
  expected.add(pattern);
  return () => expected.delete(pattern);
}

/** Forgets every expectation (after each test: tests/setup/expected-errors.ts). */
export const forgetExpectedErrors = () => expected.clear();

const textOf = (value: unknown): string =>
  value instanceof Error
    ? `${value.name}: ${value.message} ${textOf((value as { cause?: unknown }).cause ?? '')}`
    : typeof value === 'string'
      ? value
      : (JSON.stringify(value) ?? '');

/** A logger method that drops the entries a test expects and passes everything else on. */
export function withoutExpected<F extends (...args: any[]) => any>(
  log: F,
  isExpected = (text: string) => [...expected].some((pattern) => pattern.test(text))
) {
  return function (this: unknown, ...args: Parameters<F>) {
    if (isExpected(args.map(textOf).join(' '))) return this;
    return log.apply(this, args);
  } as F;
}

/** Installs the filter on a Strapi instance's logger (errors and warnings). */
export function quietExpectedErrors(strapi: Core.Strapi) {
  const logger = strapi.log as any;
  logger.error = withoutExpected(logger.error.bind(logger));
  logger.warn = withoutExpected(logger.warn.bind(logger));
}
