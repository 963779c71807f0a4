/**
 * Wall-clock times in IANA time zones and the UTC instants they name, with the Intl API alone
 * (the zone database Node ships). No Node or Strapi import: the admin panel bundles it too.
 *
 * "10:00 Beijing time" is stored as the UTC instant it names; the zone is kept beside it to show
 * the time as the editor chose it. Around a daylight-saving change a wall-clock time can name no
 * instant (the clocks jump over it) or two (the clocks go back over it): the first is refused,
 * the second resolved to the earlier instant, so an embargo never lifts later than meant… and
 * never earlier than the first reading of that time.
 */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type ZonedInstant =
  { ok: true; instant: Date; ambiguous: boolean } | { ok: false; reason: 'format' | 'zone' | 'skipped'; message: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows the zone by that IANA name ("Asia/Shanghai", "UTC"). */
export function isTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    formatterOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time an instant shows in a zone. */
export function wallTimeOf(instant: Date, timeZone: string): WallTime {
  const parts = Object.fromEntries(
    formatterOf(timeZone)
      .formatToParts(instant)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)])
  );
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

const asUtcMs = (wall: WallTime) => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

/** The zone's offset from UTC at an instant, in milliseconds (Shanghai: +8 h). */
export const offsetAt = (instant: Date, timeZone: string) =>
  asUtcMs(wallTimeOf(instant, timeZone)) - Math.floor(instant.getTime() / 1000) * 1000;

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2026-12-01T10:00" or "2026-12-01T10:00:30" (no offset: the zone gives it). */
export function parseWallTime(text: string): WallTime | null {
  const match = WALL_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  const wall = { year, month, day, hour, minute, second };
  // Reject 2026-02-30 and 25:00: the date must survive a round trip.
  const check = new Date(asUtcMs(wall));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() + 1 !== month ||
    check.getUTCDate() !== day ||
    check.getUTCHours() !== hour ||
    check.getUTCMinutes() !== minute
  ) {
    return null;
  }
  return wall;
}

const DAY_MS = 86_400_000;

const sameWallTime = (a: WallTime, b: WallTime) =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;

/** The UTC instant a wall-clock time in a zone names (see the top of this file for DST). */
export function instantOf(text: string, timeZone: string): ZonedInstant {
  const wall = parseWallTime(text);
  if (!wall) return { ok: false, reason: 'format', message: `"${text}" is not a date and time such as 2026-12-01T10:00` };
  if (!isTimeZone(timeZone)) return { ok: false, reason: 'zone', message: `"${timeZone}" is not an IANA time zone such as Asia/Shanghai` };
  const guess = asUtcMs(wall);
  // A zone changes its offset at most once around any day: the offsets a day either side cover both.
  const offsets = new Set([offsetAt(new Date(guess - DAY_MS), timeZone), offsetAt(new Date(guess + DAY_MS), timeZone)]);
  const candidates = [...offsets]
    .map((offset) => guess - offset)
    .filter((ms) => sameWallTime(wallTimeOf(new Date(ms), timeZone), wall))
    .sort((a, b) => a - b);
  if (candidates.length === 0) {
    return {
      ok: false,
      reason: 'skipped',
      message: `${text} does not exist in ${timeZone}: the clocks skip it (daylight-saving change); choose a time after the change`,
    };
  }
  return { ok: true, instant: new Date(candidates[0]), ambiguous: candidates.length > 1 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "+08:00", "-04:00", "+05:45" */
export function formatOffset(offsetMs: number) {
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An instant as the zone's wall clock shows it, with the offset: "2026-12-01T10:00:00+08:00". */
export function formatInZone(instant: Date, timeZone: string) {
  const wall = wallTimeOf(instant, timeZone);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return `${date}T${time}${formatOffset(offsetAt(instant, timeZone))}`;
}
