'use strict';
/**
 * The announcement's `eventDate` becomes a date without a time (it was a `datetime`).
 *
 * Strapi runs this before its schema sync, so the column still has its old type here: the
 * sync then turns it into a `date` column (PostgreSQL `ALTER … TYPE date USING (event_date::date)`,
 * MariaDB `MODIFY … date`, both keeping the calendar day of the stored value; SQLite copies the
 * table, values untouched). What this migration does is make every stored value the event's day at
 * midnight, so that cast keeps the right day on every database, and so that SQLite, which keeps
 * epoch milliseconds for a datetime, ends up with the 'YYYY-MM-DD' text a `date` attribute reads.
 *
 * Values are read and written through the app's own connection, so the driver's time zone
 * handling (pg and mysql2 store and read a timestamp in the process's local zone) is undone
 * before the day is taken. Safe to run again, and a no-op on a fresh database.
 */

const TABLE = 'announcements';
const COLUMN = 'event_date';
// The Secretariat's day: an event picked at 07:00 in Beijing is stored as 23:00 UTC the evening
// before, and the demo's midnight-UTC values are 08:00 in Beijing, the same day.
const EVENT_TIME_ZONE = 'Asia/Shanghai';

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayFormat = new Intl.DateTimeFormat('en-US', { timeZone: EVENT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The day (YYYY-MM-DD, in the Secretariat's zone) of a stored eventDate: a Date, epoch milliseconds or text. */
function eventDayOf(value) {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && CALENDAR_DAY.test(value)) return value;
  const instant = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);
  if (Number.isNaN(instant.getTime())) return null;
  const part = Object.fromEntries(dayFormat.formatToParts(instant).map(({ type, value: text }) => [type, text]));
  return `${part.year}-${part.month}-${part.day}`;
}

/** @param {import('knex').Knex} knex the migration's transaction */
async function up(knex) {
  if (!(await knex.schema.hasTable(TABLE)) || !(await knex.schema.hasColumn(TABLE, COLUMN))) return;

  const rows = await knex(TABLE).select('id', COLUMN).whereNotNull(COLUMN);
  const idsByDay = new Map();
  for (const row of rows) {
    const day = eventDayOf(row[COLUMN]);
    // Already a day; or (SQLite only, a typed column cannot hold it) text no date can be read from, left as it is.
    if (day === null || day === row[COLUMN]) continue;
    idsByDay.set(day, [...(idsByDay.get(day) ?? []), row.id]);
  }
  for (const [day, ids] of idsByDay) {
    for (let start = 0; start < ids.length; start += 500) {
      await knex(TABLE)
        .whereIn('id', ids.slice(start, start + 500))
        .update({ [COLUMN]: day });
    }
  }
}

// Back to a datetime, a day reads as its midnight: nothing to undo.
async function down() {}

module.exports = { up, down, eventDayOf };
