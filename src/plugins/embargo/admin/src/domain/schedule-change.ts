/**
 * Changing a set embargo from the dialog: what the form starts from, and the PUT /embargo/actions/:id
 * body for what the editor changed (only that: an unchanged time is not re-sent, kept snapshots
 * are not retaken).
 */
import type { Versions } from '../../../server/src/domain/actions';

/**
 * Which versions a publish puts out, as the dialog offers it. `kept`: the drafts as they stood when
 * the embargo was set (offered only when it was set so); `as-scheduled`: the drafts as they stand
 * now (snapshots taken again); `latest`: each locale's latest saved draft.
 */
export type VersionsChoice = 'latest' | 'as-scheduled' | 'kept';

export const versionsChoices = (current: Versions | null): VersionsChoice[] =>
  current === 'as-scheduled' ? ['kept', 'as-scheduled', 'latest'] : ['latest', 'as-scheduled'];

/** The choice the dialog starts from: what the embargo does now (a new one: the latest drafts). */
export const initialVersionsChoice = (current: Versions | null): VersionsChoice => (current === 'as-scheduled' ? 'kept' : 'latest');

export interface ScheduleFields {
  /** Wall-clock date and time in `timeZone`, as the datetime-local input holds it (2026-12-01T10:00:00). */
  at: string;
  timeZone: string;
  /** null: all locales together. */
  locales: string[] | null;
  versions: VersionsChoice;
}

/** A set embargo as the dialog starts from it. */
export function fieldsOf(action: { dueAtInZone: string; timeZone: string; locales: string[] | null; versions: Versions }): ScheduleFields {
  return {
    // "2026-12-01T10:00:00+08:00": the wall time is everything before the offset.
    at: action.dueAtInZone.slice(0, 19),
    timeZone: action.timeZone,
    locales: action.locales,
    versions: initialVersionsChoice(action.versions),
  };
}

const sameLocales = (a: string[] | null, b: string[] | null) =>
  a === null || b === null ? a === b : a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** The change request body; null when nothing changed. Versions apply to publish embargoes only. */
export function changeRequest(initial: ScheduleFields, fields: ScheduleFields, kind: 'publish' | 'unpublish') {
  const body: Record<string, unknown> = {};
  if (fields.at !== initial.at || fields.timeZone !== initial.timeZone) Object.assign(body, { at: fields.at, timeZone: fields.timeZone });
  if (!sameLocales(initial.locales, fields.locales)) body.locales = fields.locales ?? 'all';
  if (kind === 'publish' && fields.versions !== initial.versions && fields.versions !== 'kept') body.versions = fields.versions;
  return Object.keys(body).length > 0 ? body : null;
}
