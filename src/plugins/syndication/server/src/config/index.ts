/**
 * Everything the syndication plugin can be told, with its defaults, in one typed place.
 * Set it in the app's config/plugins.ts under `syndication.config`.
 */
import type { Core } from '@strapi/strapi';
import { compileMatcher, type TermRules } from '../domain/feeds/matcher';
import { DEFAULT_TRACKING_PARAMETERS } from '../domain/url';

export interface SyndicationConfig {
  agency: {
    /** The content type whose documents are the agencies mentions are counted for. */
    contentType: string;
    /** Its field holding a stable, URL-friendly identifier (used in APIs and CSV files). */
    slugField: string;
    /** Its field holding the display name, per locale when localized. */
    nameField: string;
    /** Its date field saying when the partnership began ("since partnership began"); null: none. */
    sinceField: string | null;
  };
  /** Most mentions accepted by one ingest request or stored in one transaction. */
  maxBatchSize: number;
  /**
   * Query parameters ignored when deciding whether two addresses are the same material
   * (`utm_*` matches a prefix). Null means the built-in list; a list replaces it.
   */
  trackingParameters: string[] | null;
  /** Most points a stats series may have (days in a long range, say). */
  maxSeriesPoints: number;
  /** The organisation's names per language, looked for in feed items (see domain/feeds/matcher.ts). */
  terms: TermRules;
  feeds: {
    /** Polling every enabled feed on a cron rule; switch off where another instance polls. */
    schedule: { enabled: boolean; rule: string };
    /** Whole request, and connection alone, in milliseconds. */
    timeoutMs: number;
    connectTimeoutMs: number;
    /** Largest feed read, in bytes, after decompression. */
    maxBytes: number;
    maxRedirects: number;
    /** Allow loopback and private addresses (tests, local development). */
    allowPrivateNetworks: boolean;
    /** CIDR ranges allowed even when private networks are not (an internal feed proxy, say). */
    allowedAddresses: string[];
    userAgent: string;
    /** How long a feed stays locked by an instance that stopped without releasing it. */
    lockTtlMs: number;
  };
}

export const DEFAULT_CONFIG: SyndicationConfig = {
  agency: {
    contentType: 'api::media-partner.media-partner',
    slugField: 'slug',
    nameField: 'name',
    sinceField: null,
  },
  maxBatchSize: 1000,
  trackingParameters: null,
  maxSeriesPoints: 1000,
  terms: {},
  feeds: {
    schedule: { enabled: true, rule: '*/15 * * * *' },
    timeoutMs: 15_000,
    connectTimeoutMs: 15_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    allowPrivateNetworks: false,
    allowedAddresses: [],
    userAgent: 'Pressroom-Syndication/1.0 (feed monitor; +https://github.com/)',
    lockTtlMs: 120_000,
  },
};

const isPositiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) > 0;

export function validateConfig(config: SyndicationConfig) {
  const problems: string[] = [];
  const { agency } = config;
  for (const key of ['contentType', 'slugField', 'nameField'] as const) {
    if (typeof agency?.[key] !== 'string' || agency[key] === '') problems.push(`agency.${key} must be a non-empty string`);
  }
  if (agency && agency.sinceField !== null && (typeof agency.sinceField !== 'string' || agency.sinceField === '')) {
    problems.push('agency.sinceField must be null or the name of a date field');
  }
  if (!isPositiveInteger(config.maxBatchSize)) problems.push('maxBatchSize must be a positive integer');
  if (!isPositiveInteger(config.maxSeriesPoints)) problems.push('maxSeriesPoints must be a positive integer');
  if (
    config.trackingParameters !== null &&
    (!Array.isArray(config.trackingParameters) || config.trackingParameters.some((name) => typeof name !== 'string'))
  ) {
    problems.push('trackingParameters must be null (the built-in list) or a list of parameter names');
  }
  try {
    compileMatcher(config.terms ?? {});
  } catch (error: any) {
    problems.push(error.message);
  }
  const { feeds } = config;
  for (const key of ['timeoutMs', 'connectTimeoutMs', 'maxBytes', 'lockTtlMs'] as const) {
    if (!isPositiveInteger(feeds?.[key])) problems.push(`feeds.${key} must be a positive integer`);
  }
  if (!Number.isInteger(feeds?.maxRedirects) || feeds.maxRedirects < 0) problems.push('feeds.maxRedirects must be 0 or more');
  if (typeof feeds?.schedule?.rule !== 'string') problems.push('feeds.schedule.rule must be a cron rule such as "*/15 * * * *"');
  if (problems.length > 0) throw new Error(`Invalid syndication plugin config: ${problems.join('; ')}`);
}

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};

export const getConfig = (strapi: Core.Strapi): SyndicationConfig => strapi.config.get('plugin::syndication');

/** The tracking parameters in force: the configured list, or the built-in one. */
export const trackingParameters = (config: SyndicationConfig) => config.trackingParameters ?? DEFAULT_TRACKING_PARAMETERS;
