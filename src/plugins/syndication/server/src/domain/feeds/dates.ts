/** Publication dates as feeds write them: ISO 8601 (Atom, JSON Feed, dc:date) or RFC 822 (RSS). */
import { parseIsoDate } from '../dates';

const MONTHS: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11 };

/** Zone names RFC 822 allows, and a few that feeds use anyway. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  msk: 180,
  msd: 240,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  bst: 60,
  ist: 330,
  jst: 540,
  hkt: 480,
  'cst+8': 480,
};

const RFC_822 =
  /^(?:[a-z]{3,},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5}(?:[+-]\d+)?)?$/i;

function parseRfc822(text: string): Date | null {
  const match = RFC_822.exec(text.trim());
  if (!match) return null;
  const [, day, monthName, yearText, hours, minutes, seconds = '0', zone = 'GMT'] = match;
  const month = MONTHS[monthName.toLowerCase()];
  if (month === undefined) return null;
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  let offset: number | undefined;
  if (/^[+-]\d{4}$/.test(zone)) {
    const sign = zone[0] === '-' ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  } else {
    offset = ZONES[zone.toLowerCase()];
  }
  if (offset === undefined) return null;
  const time = Date.UTC(year, month, Number(day), Number(hours), Number(minutes), Number(seconds)) - offset * 60_000;
  const date = new Date(time);
  return Number.isNaN(time) || Number(day) > 31 || Number(hours) > 23 ? null : date;
}

/** The first date among the candidates that parses, or null. */
export function parseFeedDate(...candidates: (string | null | undefined)[]): Date | null {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate.trim() === '') continue;
    const date = parseIsoDate(candidate) ?? parseRfc822(candidate);
    if (date) return date;
  }
  return null;
}

/** An entry's date from its candidates, and whether one was given that does not parse. */
export function entryDate(...candidates: (string | null | undefined)[]): { date: Date | null; dateUnreadable: boolean } {
  const given = candidates.some((candidate) => typeof candidate === 'string' && candidate.trim() !== '');
  const date = parseFeedDate(...candidates);
  return { date, dateUnreadable: given && date === null };
}
