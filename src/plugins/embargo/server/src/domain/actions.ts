/**
 * What an embargo action is, and the rules for the requests that set, change and list them:
 * each refusal names the field and the limit. No Node or Strapi import (the admin bundles it).
 */
import { instantOf, isTimeZone } from './time-zones';

/** Which versions a publish action puts out: each locale's latest saved draft, or the draft as it stood when scheduled. */
export const VERSIONS = ['latest', 'as-scheduled'] as const;
export type Versions = (typeof VERSIONS)[number];

export const KINDS = ['publish', 'unpublish'] as const;
export type Kind = (typeof KINDS)[number];

/** pending → done | late | failed, or cancelled while pending. `late`: ran later than the allowance. */
export const STATUSES = ['pending', 'done', 'late', 'failed', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];

/** What an action that ran did not do again: the statuses of actions already over. */
export const FINISHED_STATUSES: Status[] = ['done', 'late', 'failed', 'cancelled'];

/** The fields of a new action, checked. `locales: null` means every locale the document has then. */
export interface ActionPlan {
  contentType: string;
  documentId: string;
  kind: Kind;
  locales: string[] | null;
  dueAt: Date;
  timeZone: string;
  versions: Versions;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; parameter: string; error: string };

export interface PlanRules {
  contentTypes: string[];
  locales: string[];
  defaultTimeZone: string;
  now: Date;
  /** The furthest ahead an action may be set, in days. */
  maxDaysAhead: number;
}

const refuse = (parameter: string, error: string): { ok: false; parameter: string; error: string } => ({ ok: false, parameter, error });

function checkLocales(value: unknown, known: string[]): Checked<string[] | null> {
  if (value === undefined || value === null || value === 'all') return { ok: true, value: null };
  if (!Array.isArray(value) || value.length === 0 || value.some((code) => typeof code !== 'string')) {
    return refuse('locales', `locales must be "all" or a non-empty list of locale codes (${known.join(', ')})`);
  }
  const unknown = value.filter((code) => !known.includes(code));
  if (unknown.length > 0) return refuse('locales', `locales: unknown locale ${unknown.join(', ')} (the locales are ${known.join(', ')})`);
  return { ok: true, value: [...new Set(value as string[])].sort((a, b) => known.indexOf(a) - known.indexOf(b)) };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * When the action is due: `at` (a wall-clock time in `timeZone`, as an editor picks it) or `dueAt`
 * (an instant with its offset, as an integration sends it), exactly one of them.
 */
function checkDueAt(body: Record<string, unknown>, timeZone: string, rules: PlanRules): Checked<Date> {
  const { at, dueAt } = body;
  if ((at === undefined) === (dueAt === undefined)) {
    return refuse(
      'at',
      'give exactly one of at (a date and time in timeZone, e.g. 2026-12-01T10:00) and dueAt (an instant, e.g. 2026-12-01T02:00:00Z)'
    );
  }
  let instant: Date;
  if (at !== undefined) {
    if (typeof at !== 'string') return refuse('at', 'at must be a date and time such as 2026-12-01T10:00');
    const result = instantOf(at, timeZone);
    if (!result.ok) return refuse(result.reason === 'zone' ? 'timeZone' : 'at', `at: ${result.message}`);
    instant = result.instant;
  } else {
    if (typeof dueAt !== 'string' || !ISO_INSTANT.test(dueAt) || Number.isNaN(Date.parse(dueAt))) {
      return refuse('dueAt', 'dueAt must be an instant with its offset, e.g. 2026-12-01T02:00:00Z or 2026-12-01T10:00:00+08:00');
    }
    instant = new Date(dueAt);
  }
  if (instant.getTime() <= rules.now.getTime()) {
    return refuse(at !== undefined ? 'at' : 'dueAt', `the embargo must lift in the future (it is now ${rules.now.toISOString()})`);
  }
  const limit = rules.now.getTime() + rules.maxDaysAhead * 86_400_000;
  if (instant.getTime() > limit) {
    return refuse(at !== undefined ? 'at' : 'dueAt', `an embargo may be set at most ${rules.maxDaysAhead} days ahead`);
  }
  return { ok: true, value: instant };
}

function checkTimeZone(value: unknown, fallback: string): Checked<string> {
  if (value === undefined || value === null || value === '') return { ok: true, value: fallback };
  if (!isTimeZone(value)) return refuse('timeZone', `timeZone must be an IANA time zone such as Asia/Shanghai, not "${String(value)}"`);
  return { ok: true, value };
}

function checkVersions(value: unknown, kind: Kind): Checked<Versions> {
  if (value === undefined || value === null) return { ok: true, value: 'latest' };
  if (!VERSIONS.includes(value as Versions)) return refuse('versions', `versions must be one of ${VERSIONS.join(', ')}`);
  if (value === 'as-scheduled' && kind !== 'publish') return refuse('versions', 'versions: as-scheduled applies to publish actions only');
  return { ok: true, value: value as Versions };
}

/** A new action from a request body. */
export function checkNewAction(body: unknown, rules: PlanRules): Checked<ActionPlan> {
  if (typeof body !== 'object' || body === null) return refuse('body', 'send a JSON object');
  const fields = body as Record<string, unknown>;
  if (typeof fields.contentType !== 'string' || !rules.contentTypes.includes(fields.contentType)) {
    return refuse('contentType', `contentType must be one of ${rules.contentTypes.join(', ')}`);
  }
  if (typeof fields.documentId !== 'string' || fields.documentId === '' || fields.documentId.length > 64) {
    return refuse('documentId', 'documentId must be the documentId of the document (at most 64 characters)');
  }
  if (!KINDS.includes(fields.kind as Kind)) return refuse('kind', `kind must be one of ${KINDS.join(', ')}`);
  const locales = checkLocales(fields.locales, rules.locales);
  if (!locales.ok) return locales;
  const timeZone = checkTimeZone(fields.timeZone, rules.defaultTimeZone);
  if (!timeZone.ok) return timeZone;
  const dueAt = checkDueAt(fields, timeZone.value, rules);
  if (!dueAt.ok) return dueAt;
  const versions = checkVersions(fields.versions, fields.kind as Kind);
  if (!versions.ok) return versions;
  return {
    ok: true,
    value: {
      contentType: fields.contentType,
      documentId: fields.documentId,
      kind: fields.kind as Kind,
      locales: locales.value,
      dueAt: dueAt.value,
      timeZone: timeZone.value,
      versions: versions.value,
    },
  };
}

export type ActionChange = Partial<Pick<ActionPlan, 'locales' | 'dueAt' | 'timeZone' | 'versions'>>;

/** A change of a pending action: its time (at/dueAt, timeZone), its locales and which versions go out. */
export function checkActionChange(body: unknown, current: { timeZone: string; kind: Kind }, rules: PlanRules): Checked<ActionChange> {
  if (typeof body !== 'object' || body === null) return refuse('body', 'send a JSON object');
  const fields = body as Record<string, unknown>;
  for (const field of ['contentType', 'documentId', 'kind']) {
    if (field in fields) return refuse(field, `${field} cannot change: cancel this embargo and set a new one`);
  }
  const change: ActionChange = {};
  if ('locales' in fields) {
    const locales = checkLocales(fields.locales, rules.locales);
    if (!locales.ok) return locales;
    change.locales = locales.value;
  }
  if ('versions' in fields) {
    const versions = checkVersions(fields.versions, current.kind);
    if (!versions.ok) return versions;
    change.versions = versions.value;
  }
  const timeZone = checkTimeZone(fields.timeZone, current.timeZone);
  if (!timeZone.ok) return timeZone;
  if ('timeZone' in fields) change.timeZone = timeZone.value;
  if ('at' in fields || 'dueAt' in fields) {
    const dueAt = checkDueAt(fields, timeZone.value, rules);
    if (!dueAt.ok) return dueAt;
    change.dueAt = dueAt.value;
  } else if ('timeZone' in fields) {
    return refuse('at', 'changing timeZone needs the time in it too (at)');
  }
  if (Object.keys(change).length === 0) return refuse('body', 'nothing to change: send at or dueAt, timeZone, locales or versions');
  return { ok: true, value: change };
}

/** Whether an action covers a locale (an action for "all" covers every one). */
export const coversLocale = (action: { locales: string[] | null }, locale: string) =>
  action.locales === null || action.locales.includes(locale);

export interface ListQuery {
  status: Status[] | null;
  kind: Kind | null;
  locale: string | null;
  contentType: string | null;
  documentId: string | null;
  /** Upcoming (pending, soonest first) or past (finished, latest first); null: all, soonest first. */
  when: 'upcoming' | 'past' | null;
  page: number;
  pageSize: number;
}

/** GET /embargo/actions query parameters. */
export function checkListQuery(query: Record<string, unknown>, rules: { locales: string[]; maxPageSize: number }): Checked<ListQuery> {
  const text = (name: string) => (typeof query[name] === 'string' && query[name] !== '' ? (query[name] as string) : null);
  const statusText = text('status');
  const status = statusText === null ? null : statusText.split(',');
  if (status && status.some((value) => !STATUSES.includes(value as Status))) {
    return refuse('status', `status must be one or more of ${STATUSES.join(', ')} (comma-separated)`);
  }
  const kind = text('kind');
  if (kind !== null && !KINDS.includes(kind as Kind)) return refuse('kind', `kind must be one of ${KINDS.join(', ')}`);
  const locale = text('locale');
  if (locale !== null && !rules.locales.includes(locale)) return refuse('locale', `locale must be one of ${rules.locales.join(', ')}`);
  const when = text('when');
  if (when !== null && when !== 'upcoming' && when !== 'past') return refuse('when', 'when must be upcoming or past');
  const page = text('page') === null ? 1 : Number(query.page);
  if (!Number.isInteger(page) || page < 1) return refuse('page', 'page must be a whole number from 1');
  const pageSize = text('pageSize') === null ? 25 : Number(query.pageSize);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > rules.maxPageSize) {
    return refuse('pageSize', `pageSize must be a whole number from 1 to ${rules.maxPageSize}`);
  }
  return {
    ok: true,
    value: {
      status: status as Status[] | null,
      kind: kind as Kind | null,
      locale,
      contentType: text('contentType'),
      documentId: text('documentId'),
      when,
      page,
      pageSize,
    },
  };
}

/**
 * How an action's locales are stored: ",ru,zh," (each code between commas, so "which actions cover
 * zh" is a LIKE on every database), or null for every locale.
 */
export const storedLocales = (locales: string[] | null) => (locales === null ? null : `,${locales.join(',')},`);

export const localesFromStored = (stored: string | null | undefined): string[] | null =>
  stored === null || stored === undefined || stored === '' ? null : stored.split(',').filter((code) => code !== '');
