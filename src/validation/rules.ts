/**
 * Field rules that Strapi's schema cannot express. Pure functions of the field values:
 * no Strapi import, unit-tested directly.
 */
import countries from 'i18n-iso-countries';

export interface FieldProblem {
  path: string[];
  message: string;
  value?: unknown;
}

/** A rule reads a few fields of a document and reports what is wrong with them, if anything. */
export interface FieldRule {
  fields: string[];
  check(values: Record<string, unknown>): FieldProblem | null;
}

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

const ALPHA2_CODES = new Set(Object.keys(countries.getAlpha2Codes()));

export const countryCode = (field: string): FieldRule => ({
  fields: [field],
  check(values) {
    const value = values[field];
    if (isBlank(value)) return null;
    if (typeof value === 'string' && ALPHA2_CODES.has(value)) return null;
    return {
      path: [field],
      value,
      message: `${field} must be an ISO 3166-1 alpha-2 country code in capitals, such as CN, RU or KZ (got "${String(value)}")`,
    };
  },
});

export const httpUrl = (field: string): FieldRule => ({
  fields: [field],
  check(values) {
    const value = values[field];
    if (isBlank(value)) return null;
    let url: URL | null;
    try {
      url = new URL(String(value));
    } catch {
      url = null;
    }
    const valid =
      url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.') && !/\s/.test(String(value));
    if (valid) return null;
    return {
      path: [field],
      value,
      message: `${field} must be a full http:// or https:// address, such as https://www.xinhuanet.com (got "${String(value)}")`,
    };
  },
});

/** Calendar dates as YYYY-MM-DD, whatever form (string, Date) they arrive in. */
const toDay = (value: unknown): string | null => {
  if (isBlank(value)) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
};

export const dateOrder = (startField: string, endField: string): FieldRule => ({
  fields: [startField, endField],
  check(values) {
    const start = toDay(values[startField]);
    const end = toDay(values[endField]);
    if (start === null || end === null || end >= start) return null;
    return {
      path: [endField],
      value: values[endField],
      message: `${endField} (${end}) must not be before ${startField} (${start})`,
    };
  },
});

/** Runs the rules over the values and returns every problem found. */
export const findProblems = (rules: FieldRule[], values: Record<string, unknown>): FieldProblem[] =>
  rules.map((rule) => rule.check(values)).filter((problem): problem is FieldProblem => problem !== null);
