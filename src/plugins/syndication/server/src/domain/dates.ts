/** ISO 8601 dates and date-times as agencies and spreadsheets write them. */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Parses an ISO 8601 date (midnight UTC) or date-time (UTC unless an offset is given).
 * Returns null for anything else, including impossible dates such as 2017-02-30.
 */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_8601.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hours = '00', minutes = '00', seconds = '00', fraction = '', zone = 'Z'] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;

  const offset = zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const millis = fraction ? fraction.slice(0, 4).padEnd(4, '0') : '.000';
  const date = new Date(`${year}-${month}-${day}T${hours}:${minutes}:${seconds}${millis}${offset}`);
  if (Number.isNaN(date.getTime())) return null;

  // Date rolls 2017-02-30 over into March: refuse instead of guessing.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.getUTCMonth() !== Number(month) - 1) return null;
  return date;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC calendar day of an instant, as YYYY-MM-DD. */
export const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/** Midnight UTC at the start of a YYYY-MM-DD day. */
export const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** The day `by` days after (or, negative, before) a YYYY-MM-DD day. */
export const addDays = (day: string, by: number) => utcDay(new Date(startOfDay(day).getTime() + by * DAY_MS));
