/**
 * Everything the embargo plugin can be told, with its defaults, in one typed place.
 * Set it in the app's config/plugins.ts under `embargo.config`.
 */
import type { Core } from '@strapi/strapi';
import { isTimeZone } from '../domain/time-zones';

export interface EmbargoConfig {
  /** Content types whose documents may be embargoed. */
  contentTypes: string[];
  /** The zone an embargo's time is read in when the request names none (IANA). */
  timeZone: string;
  scheduler: {
    /** Run due actions on this instance; every instance may, each action runs once. */
    enabled: boolean;
    /** How often an idle instance reads the next due time (sees actions set on other instances). */
    rescanIntervalMs: number;
    /** An action that runs later than this after its time is recorded as late. */
    lateAfterMs: number;
    /** Due actions one instance runs at once (each in its own transaction and connection). */
    concurrency: number;
  };
  /** The furthest ahead an embargo may be set, in days. */
  maxDaysAhead: number;
  /** Rows per page of the action list, at most. */
  maxPageSize: number;
}

export const DEFAULT_CONFIG: EmbargoConfig = {
  contentTypes: [],
  timeZone: 'Asia/Shanghai',
  scheduler: { enabled: true, rescanIntervalMs: 1000, lateAfterMs: 2000, concurrency: 4 },
  maxDaysAhead: 366,
  maxPageSize: 100,
};

const isPositiveInteger = (value: unknown) => Number.isInteger(value) && (value as number) > 0;

export function validateConfig(config: EmbargoConfig) {
  const problems: string[] = [];
  if (!Array.isArray(config.contentTypes) || config.contentTypes.some((uid) => typeof uid !== 'string')) {
    problems.push('contentTypes must be a list of content type UIDs');
  }
  if (!isTimeZone(config.timeZone)) problems.push(`timeZone must be an IANA time zone such as Asia/Shanghai, not "${config.timeZone}"`);
  if (typeof config.scheduler?.enabled !== 'boolean') problems.push('scheduler.enabled must be true or false');
  for (const key of ['rescanIntervalMs', 'lateAfterMs', 'concurrency'] as const) {
    if (!isPositiveInteger(config.scheduler?.[key])) problems.push(`scheduler.${key} must be a positive integer`);
  }
  for (const key of ['maxDaysAhead', 'maxPageSize'] as const) {
    if (!isPositiveInteger(config[key])) problems.push(`${key} must be a positive integer`);
  }
  if (problems.length > 0) throw new Error(`Invalid embargo plugin config: ${problems.join('; ')}`);
}

export default { default: DEFAULT_CONFIG, validator: validateConfig };

export const getConfig = (strapi: Core.Strapi): EmbargoConfig => strapi.config.get('plugin::embargo');
