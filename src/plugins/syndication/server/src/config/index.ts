/**
 * Everything the syndication plugin can be told, with its defaults, in one typed place.
 * Set it in the app's config/plugins.ts under `syndication.config`.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_TRACKING_PARAMETERS } from '../domain/url';

export interface SyndicationConfig {
  agency: {
    /** The content type whose documents are the agencies mentions are counted for. */
    contentType: string;
    /** Its field holding a stable, URL-friendly identifier (used in APIs and CSV files). */
    slugField: string;
    /** Its field holding the display name, per locale when localized. */
    nameField: string;
  };
  /** Most mentions accepted by one ingest request or stored in one transaction. */
  maxBatchSize: number;
  /** Query parameters ignored when deciding whether two addresses are the same material. */
  trackingParameters: string[];
  /** Most points a stats series may have (days in a long range, say). */
  maxSeriesPoints: number;
}

export const DEFAULT_CONFIG: SyndicationConfig = {
  agency: {
    contentType: 'api::media-partner.media-partner',
    slugField: 'slug',
    nameField: 'name',
  },
  maxBatchSize: 1000,
  trackingParameters: DEFAULT_TRACKING_PARAMETERS,
  maxSeriesPoints: 1000,
};

const isPositiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) > 0;

export function validateConfig(config: SyndicationConfig) {
  const problems: string[] = [];
  const { agency } = config;
  for (const key of ['contentType', 'slugField', 'nameField'] as const) {
    if (typeof agency?.[key] !== 'string' || agency[key] === '') problems.push(`agency.${key} must be a non-empty string`);
  }
  if (!isPositiveInteger(config.maxBatchSize)) problems.push('maxBatchSize must be a positive integer');
  if (!isPositiveInteger(config.maxSeriesPoints)) problems.push('maxSeriesPoints must be a positive integer');
  if (!Array.isArray(config.trackingParameters) || config.trackingParameters.some((name) => typeof name !== 'string')) {
    problems.push('trackingParameters must be a list of parameter names');
  }
  if (problems.length > 0) throw new Error(`Invalid syndication plugin config: ${problems.join('; ')}`);
}

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};

export const getConfig = (strapi: Core.Strapi): SyndicationConfig => strapi.config.get('plugin::syndication');
